/// A tenant's file reaches only its own secrets: `${secret:}` paths start with the tenant's id, `${env:}` names
/// with the tenant's prefix (`ACME_` for `acme`; see `Tenant.environmentPrefix`), and `HANDSET_*` variables
/// (the master key among them) are never secret sources.
struct SecretScopeRule: ValidationRule {
    let codes = ["E0615", "E0616"]
    let why = "fleet files arrive by pull request: one tenant's file must not put the master key or another tenant's passwords into its own served files"

    func check(_ context: ValidationContext, into sink: inout DiagnosticSink) {
        let prefixes = context.fleet.tenants.map { (id: $0.id.value, prefix: Tenant.environmentPrefix($0.id.value)) }
        for tenant in context.fleet.tenants {
            let id = tenant.id.value, own = Tenant.environmentPrefix(id)
            for (what, secret) in tenant.secretReferences {
                switch secret.value {
                case .secretsFile(let path):
                    if path.split(separator: "/").first.map(String.init) != id || !path.contains("/") {
                        sink.error("E0615", "\(what) of tenant '\(id)' names the secret '\(path)', outside the tenant's own '\(id)/...'",
                                   at: secret.mark, hint: "a tenant reads only secrets under its own id: ${secret:\(id)/...}")
                    }
                case .environment(let name):
                    if name.hasPrefix("HANDSET_") {
                        sink.error("E0616", "\(what) of tenant '\(id)' names \(name): HANDSET_* variables configure handset itself and are never secret sources",
                                   at: secret.mark, hint: "use a variable of the tenant's own: ${env:\(own)...}")
                    } else if !name.hasPrefix(own) {
                        sink.error("E0616", "\(what) of tenant '\(id)' names the environment variable \(name), which does not start with \(own)",
                                   at: secret.mark, hint: "a tenant reads only variables named \(own)*, e.g. ${env:\(own)SIP_100}")
                    } else if let owner = prefixes.first(where: { $0.prefix.count > own.count && name.hasPrefix($0.prefix) }) {
                        sink.error("E0616", "\(what) of tenant '\(id)' names \(name), which belongs to tenant '\(owner.id)' (prefix \(owner.prefix))",
                                   at: secret.mark, hint: "a variable belongs to the tenant with the longest matching prefix; rename it")
                    }
                case .plain, .derived, .malformed:
                    continue
                }
            }
        }
    }
}
