extension Decoder {
    public static let tenantKeys = ["tenant", "name", "sip", "provisioning", "admin_password", "defaults", "profiles",
                             "extensions", "contacts", "devices"]

    static let deviceKeys = ["mac", "profile", "lines"] + settingKeys

    /// Decodes one tenant mapping (a tenant file's root or an item of `tenants:`).
    public func tenant(_ node: SourceNode) -> Tenant? {
        guard let fields = mapping(node, in: "tenant", allowed: Self.tenantKeys) else { return nil }
        guard let idNode = fields.required("tenant", self, hint: "name the tenant: 'tenant: acme'"),
              let id = string(idNode, "tenant id") else { return nil }
        var tenant = Tenant(id: id, name: nil, sip: nil, provisioning: nil, adminPassword: nil, defaults: .init(),
                            profiles: [], extensions: [], contacts: [], devices: [], mark: node.mark)
        tenant.name = fields["name"].flatMap { string($0, "tenant name") }
        if let node = fields.required("sip", self, hint: "every tenant names its registrar under 'sip: {server: ...}'") {
            tenant.sip = sip(node)
        }
        if let node = fields["provisioning"],
           let sub = mapping(node, in: "tenant provisioning", allowed: ["username", "password", "trusted_networks"]) {
            tenant.provisioning = TenantProvisioning(
                username: sub["username"].flatMap { string($0, "provisioning username") },
                password: sub["password"].flatMap { secret($0, "provisioning password") },
                trustedNetworks: sub["trusted_networks"].flatMap { list($0, of: "trusted_networks") }?
                    .compactMap { string($0, "trusted network") } ?? [],
                mark: node.mark)
        }
        tenant.adminPassword = fields["admin_password"].flatMap { secret($0, "admin_password") }
        if let node = fields["defaults"] { tenant.defaults = deviceSettings(node, in: "tenant defaults") }
        if let node = fields["profiles"] { tenant.profiles = profiles(node) }
        if let node = fields["extensions"], let items = list(node, of: "extensions") {
            tenant.extensions = items.compactMap { self.extension($0) }
        }
        if let node = fields["contacts"], let items = list(node, of: "contacts") {
            tenant.contacts = items.compactMap { contact($0) }
        }
        if let node = fields["devices"], let items = list(node, of: "devices") {
            tenant.devices = items.compactMap { device($0) }
        }
        return tenant
    }

    func sip(_ node: SourceNode) -> TenantSIP? {
        guard let fields = mapping(node, in: "sip", allowed: ["server", "port", "transport", "outbound_proxy"]) else { return nil }
        return TenantSIP(
            server: fields.required("server", self).flatMap { string($0, "sip server") },
            port: fields["port"].flatMap { int($0, "sip port", in: 1...65_535) },
            transport: fields["transport"].flatMap { choice($0, "transport", as: Transport.self) },
            outboundProxy: fields["outbound_proxy"].flatMap { string($0, "outbound_proxy") },
            mark: node.mark)
    }

    func `extension`(_ node: SourceNode) -> Extension? {
        guard let fields = mapping(node, in: "extension", allowed: ["number", "name", "auth_user", "password"]),
              let number = fields.required("number", self).flatMap({ string($0, "extension number") }) else { return nil }
        return Extension(
            number: number,
            name: fields["name"].flatMap { string($0, "extension name") },
            authUser: fields["auth_user"].flatMap { string($0, "auth_user") },
            password: fields["password"].flatMap { secret($0, "SIP password of extension \(number.value)") },
            mark: node.mark)
    }

    func contact(_ node: SourceNode) -> Contact? {
        guard let fields = mapping(node, in: "contact", allowed: ["name", "organization", "numbers"]),
              let name = fields.required("name", self).flatMap({ string($0, "contact name") }) else { return nil }
        var contact = Contact(name: name, organization: fields["organization"].flatMap { string($0, "organization") },
                              numbers: [], mark: node.mark)
        if let numbersNode = fields.required("numbers", self, hint: "give at least one number: numbers: {work: \"+49 30 1234567\"}"),
           let numbers = mapping(numbersNode, in: "numbers of contact '\(name.value)'",
                                 allowed: Contact.NumberKind.allCases.map(\.rawValue)) {
            for (kindName, value) in numbers.pairs {
                if let kind = Contact.NumberKind(rawValue: kindName), let number = string(value, "\(kindName) number") {
                    contact.numbers.append((kind, number))
                }
            }
            if numbers.isEmpty {
                error("E0102", "contact '\(name.value)' has no numbers", at: numbersNode.mark,
                      hint: "give at least one of work, mobile, home, other")
            }
        }
        return contact
    }

    func device(_ node: SourceNode) -> Device? {
        guard let fields = mapping(node, in: "device", allowed: Self.deviceKeys) else { return nil }
        guard let macText = fields.required("mac", self, hint: "every device is known by its MAC: 'mac: 00:15:65:12:34:56'")
            .flatMap({ string($0, "mac") }) else { return nil }
        let mac: Located<String>
        switch MACAddress.normalize(macText.value) {
        case .success(let normal): mac = Located(normal, at: macText.mark)
        case .failure(.syntax(let why)):
            error("E0201", "'\(macText.value)' is not a MAC address: it \(why)", at: macText.mark,
                  hint: "write 12 hex digits, e.g. 00:15:65:12:34:56, 001565123456 or 0015.6512.3456")
            return nil
        }
        let lines = fields["lines"].flatMap { node in
            list(node, of: "lines").map { Located($0.compactMap { string($0, "line") }, at: node.mark) }
        }
        return Device(mac: mac, profile: fields["profile"].flatMap { string($0, "profile") }, lines: lines,
                      settings: deviceSettings(node, fields: fields, in: "device"), mark: node.mark)
    }
}
