/// Every tenant's files hold SIP passwords: they are served only behind the tenant's own HTTP credentials.
struct TenantCredentialsRule: ValidationRule {
    let codes = ["E0603", "E0604"]
    let why = "without provisioning credentials anyone who guesses a MAC downloads SIP passwords"

    func check(_ context: ValidationContext, into sink: inout DiagnosticSink) {
        for tenant in context.fleet.tenants {
            guard let provisioning = tenant.provisioning else {
                sink.error("E0603", "tenant '\(tenant.id.value)' has no provisioning credentials", at: tenant.mark,
                           hint: "add 'provisioning: {username: \(tenant.id.value), password: ${env:\(envName(tenant.id.value))}}'")
                continue
            }
            if provisioning.username == nil {
                sink.error("E0603", "tenant provisioning is missing the required key 'username'", at: provisioning.mark)
            } else if let user = provisioning.username, user.value.contains(":") || user.value.isEmpty
                        || user.value.contains(where: \.isWhitespace) {
                // Whitespace: the access log's `$remote_user` would split into two fields, and the documented
                // fail2ban filter would no longer match it (so no ban after failed logins).
                sink.error("E0604", "provisioning username '\(user.value)' must be non-empty and hold no ':' and no spaces", at: user.mark,
                           hint: "HTTP basic auth separates user and password with ':'; the access log separates fields with spaces")
            }
            if provisioning.password == nil {
                sink.error("E0603", "tenant provisioning is missing the required key 'password'", at: provisioning.mark,
                           hint: "use ${env:NAME}, ${secret:path} or derived")
            }
        }
        var used = Array(repeating: Set<String>(), count: context.fleet.tenants.count)
        for device in context.devices { used[device.tenantIndex].formUnion(device.lines.map(\.value)) }
        for (index, tenant) in context.fleet.tenants.enumerated() {
            for ext in tenant.extensions where ext.password == nil && used[index].contains(ext.number.value) {
                sink.error("E0603", "extension \(ext.number.value) is registered by a phone but has no password", at: ext.mark,
                           hint: "add 'password: ${secret:\(tenant.id.value)/\(ext.number.value)}' or 'password: derived'")
            }
        }
    }

    private func envName(_ id: String) -> String {
        id.uppercased().map { $0.isLetter || $0.isNumber ? String($0) : "_" }.joined() + "_PROV_PASSWORD"
    }
}
