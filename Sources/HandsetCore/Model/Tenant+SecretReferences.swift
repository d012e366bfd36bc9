extension Tenant {
    /// Every secret field of the tenant with a name for messages: provisioning password, admin password, and
    /// each extension's SIP password.
    public var secretReferences: [(what: String, reference: Located<SecretReference>)] {
        var secrets: [(String, Located<SecretReference>)] = []
        if let password = provisioning?.password { secrets.append(("provisioning password", password)) }
        if let admin = adminPassword { secrets.append(("admin_password", admin)) }
        for ext in extensions {
            if let password = ext.password { secrets.append(("SIP password of extension \(ext.number.value)", password)) }
        }
        return secrets
    }

    /// The prefix of the environment variables this tenant's `${env:}` references may name: the id upper-cased,
    /// '-' as '_', then '_' (`acme-east` -> `ACME_EAST_`). Tenant ids hold only a-z, 0-9 and '-', so no two
    /// tenants share a prefix; where one prefix extends another, the longer one owns the name.
    public static func environmentPrefix(_ id: String) -> String {
        id.uppercased().replacingOccurrences(of: "-", with: "_") + "_"
    }
}
