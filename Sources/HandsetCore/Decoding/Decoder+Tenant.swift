extension Decoder {
    /// Decodes one tenant mapping (a tenant file's root or an item of `tenants:`). Its keys are declared in
    /// `Tenant.fields`.
    public func tenant(_ node: SourceNode) -> Tenant? {
        guard let fields = mapping(node, in: "tenant", allowed: Tenant.fieldNames),
              let id = identity(fields, Tenant.fields) else { return nil }
        var tenant = Tenant(id: id, mark: node.mark)
        decode(fields, Tenant.fields, into: &tenant)
        return tenant
    }

    func `extension`(_ node: SourceNode) -> Extension? {
        guard let fields = mapping(node, in: "extension", allowed: Extension.fieldNames),
              let number = identity(fields, Extension.fields) else { return nil }
        var ext = Extension(number: number, mark: node.mark)
        decode(fields, Extension.fields, into: &ext)
        return ext
    }

    func contact(_ node: SourceNode) -> Contact? {
        guard let fields = mapping(node, in: "contact", allowed: Contact.fieldNames),
              let name = identity(fields, Contact.fields) else { return nil }
        var contact = Contact(name: name, mark: node.mark)
        decode(fields, Contact.fields, into: &contact)
        return contact
    }

    /// A contact's numbers by kind; at least one.
    func contactNumbers(_ node: SourceNode, of name: String) -> [(kind: Contact.NumberKind, number: Located<String>)] {
        guard let numbers = mapping(node, in: "numbers of contact '\(name)'", allowed: Contact.NumberKind.allCases.map(\.rawValue))
        else { return [] }
        if numbers.isEmpty {
            error("E0102", "contact '\(name)' has no numbers", at: node.mark, hint: "give at least one of work, mobile, home, other")
        }
        return numbers.pairs.compactMap { kindName, value in
            guard let kind = Contact.NumberKind(rawValue: kindName), let number = string(value, "\(kindName) number") else { return nil }
            return (kind, number)
        }
    }

    func device(_ node: SourceNode) -> Device? {
        guard let fields = mapping(node, in: "device", allowed: Device.fieldNames),
              let macText = identity(fields, Device.fields) else { return nil }
        let mac: Located<String>
        switch MACAddress.normalize(macText.value) {
        case .success(let normal): mac = Located(normal, at: macText.mark)
        case .failure(.syntax(let why)):
            error("E0201", "'\(macText.value)' is not a MAC address: it \(why)", at: macText.mark,
                  hint: "write 12 hex digits, e.g. 00:15:65:12:34:56, 001565123456 or 0015.6512.3456")
            return nil
        }
        var device = Device(mac: mac, settings: deviceSettings(fields), mark: node.mark)
        decode(fields, Device.fields, into: &device)
        return device
    }
}
