/// Secrets written in plain text land in git: allowed, but warned about (an error under --strict).
struct PlainSecretRule: ValidationRule {
    let codes = ["W0602"]
    let why = "a password in the fleet repository is readable by everyone with access to the repository"

    func check(_ context: ValidationContext, into sink: inout DiagnosticSink) {
        for tenant in context.fleet.tenants {
            for (what, secret) in tenant.secretReferences {
                guard case .plain = secret.value else { continue }
                var warning = Diagnostic.warning("W0602", "\(what) of tenant '\(tenant.id.value)' is written in plain text",
                                                 at: secret.mark,
                                                 hint: "use ${env:NAME}, ${secret:\(tenant.id.value)/...} or derived; plain secrets end up in git")
                warning.quotesSource = false  // the line is the password: in git already, but never in a CI log
                sink.emit(warning)
            }
        }
    }
}
