/// An extension's `auth_user` is the SIP digest user name: an empty one is accepted by the decoder as a value,
/// but no registrar accepts it, and vendors fall back differently (some to the number, some to nothing).
struct AuthUserRule: ValidationRule {
    let codes = ["E0209"]
    let why = "an empty auth_user makes each vendor register differently, and none of them successfully"

    func check(_ context: ValidationContext, into sink: inout DiagnosticSink) {
        for tenant in context.fleet.tenants {
            for ext in tenant.extensions {
                guard let user = ext.authUser, user.value.allSatisfy(\.isWhitespace) else { continue }
                sink.error("E0209", "auth_user of extension \(ext.number.value) is empty", at: user.mark,
                           hint: "write the SIP authentication user, or remove the key to use the extension number")
            }
        }
    }
}
