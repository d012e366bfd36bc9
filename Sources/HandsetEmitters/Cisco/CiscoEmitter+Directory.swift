import HandsetCore

/// The tenant phonebook as a Cisco XML directory, and the directory service in the per-MAC file (fact sheet §3.4).
extension CiscoEmitter {
    /// In a folder of its own, apart from other vendors' books of the same tenant.
    static let directoryPath = "cisco/directory.xml"

    /// Whether a phone gets the directory: `phonebook` true or unset, and the tenant has contacts (SCHEMA.md).
    static func usesDirectory(_ settings: DeviceSettings, _ tenant: TenantContext) -> Bool {
        !tenant.contacts.isEmpty && (settings.phonebook?.value ?? true)
    }

    /// `XML_Directory_Service_Name` (the tenant's name) and `_URL` (the directory with the tenant's credentials in
    /// the URL, as the phone fetches it live when the user opens it); both emptied for a phone without it.
    static func writeDirectory(_ phone: CiscoPhone, into w: inout CiscoProfileWriter) {
        w.comment("Directory")
        let tenant = phone.tenant
        guard usesDirectory(phone.settings, tenant) else {
            w.set("XML_Directory_Service_Name", "")
            w.set("XML_Directory_Service_URL", "")
            return
        }
        w.set("XML_Directory_Service_Name", tenant.name)
        w.set("XML_Directory_Service_URL", directoryURL(tenant))
    }

    /// The directory's URL with the tenant's credentials in it (a secret: per-MAC files only).
    static func directoryURL(_ tenant: TenantContext) -> String {
        URLCredentials.embed(user: tenant.provisioningUsername, password: tenant.provisioningPassword,
                             in: tenant.provisioningURL + directoryPath)
    }

    /// `<CiscoIPPhoneDirectory>` with one `<DirectoryEntry><Name/><Telephone/></DirectoryEntry>` per number, in source
    /// order (FusionPBX `cisco/spa504g/directory.xml`). A contact with several numbers gets one entry per number,
    /// its name followed by the kind of number.
    static func directoryFile(_ tenant: TenantContext) -> String {
        var xml = XMLWriter()
        xml.start("CiscoIPPhoneDirectory")
        for contact in tenant.contacts {
            for entry in contact.numbers {
                xml.start("DirectoryEntry")
                let name = contact.numbers.count > 1 ? "\(contact.name.value) (\(kindWord(entry.kind)))" : contact.name.value
                xml.element("Name", name)
                xml.element("Telephone", DialString.emitted(entry.number.value))
                xml.end()
            }
        }
        xml.end()
        return xml.output
    }

    static func kindWord(_ kind: Contact.NumberKind) -> String {
        switch kind {
        case .work: return "work"
        case .home: return "home"
        case .mobile: return "mobile"
        case .other: return "other"
        }
    }
}
