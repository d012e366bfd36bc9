import HandsetCore

/// The tenant phonebook as a Grandstream XML phonebook, and its download settings in the per-MAC file (fact sheet §1.5).
extension GrandstreamEmitter {
    /// The phone appends `phonebook.xml` to the server path (FusionPBX points P331 at `<path>/<mac>/` and serves
    /// `<mac>/phonebook.xml`; not in the vendor documents), so the book is a `phonebook.xml` in a folder of its own,
    /// apart from other vendors' books of the same tenant.
    static let phonebookFolder = "grandstream/"
    static let phonebookPath = phonebookFolder + "phonebook.xml"
    /// Minutes between downloads: the largest value of FusionPBX's list ("0, 120, 240, 360, 480, 720").
    static let phonebookInterval = 720

    /// Whether a phone gets the phonebook: `phonebook` true or unset, and the tenant has contacts (SCHEMA.md).
    static func usesPhonebook(_ settings: DeviceSettings, _ tenant: TenantContext) -> Bool {
        !tenant.contacts.isEmpty && (settings.phonebook?.value ?? true)
    }

    /// P330 mode by scheme, P331 folder (host/path), the tenant's HTTP credentials (FusionPBX-gs2170 aliases
    /// `phonebook.download.username` / `.password`), the interval, and "remove manually edited entries" so the book
    /// mirrors the fleet. A phone without the phonebook gets the download switched off.
    static func writePhonebook(_ phone: GrandstreamPhone, into w: inout GrandstreamConfigWriter) {
        w.comment("Phonebook download")
        guard usesPhonebook(phone.settings, phone.tenant) else {
            w.set("phonebook.download.mode", "Disabled")
            w.set("phonebook.download.server", "")
            return
        }
        let tenant = phone.tenant
        let url = tenant.provisioningURL + phonebookFolder
        w.set("phonebook.download.mode", protocolWord(url) == "HTTPS" ? "EnabledUseHTTPS" : "EnabledUseHTTP")
        w.set("phonebook.download.server", hostPath(url) + "/")
        w.set("phonebook.download.username", tenant.provisioningUsername)
        w.set("phonebook.download.password", tenant.provisioningPassword)
        w.set("phonebook.download.interval", phonebookInterval)
        w.set("phonebook.download.removeEditedEntries", yes: true)
    }

    /// `<AddressBook>` with one `<Contact>` per contact in source order: the name as `FirstName`, the organization as
    /// `Company`, each number as a `<Phone type="Work|Home|Cell">` with `accountindex` 0 (FusionPBX
    /// `grp2614/phonebook.xml`; the GXV3140 XSD allows four phones, so a fifth number is left out).
    static func phonebookFile(_ tenant: TenantContext) -> String {
        var xml = XMLWriter()
        xml.start("AddressBook")
        for contact in tenant.contacts {
            xml.start("Contact")
            xml.element("FirstName", contact.name.value)
            xml.element("LastName", "")
            if let organization = contact.organization {
                xml.element("Company", organization.value)
            }
            for entry in contact.numbers.prefix(4) {
                xml.start("Phone", [("type", phoneType(entry.kind))])
                xml.element("phonenumber", dialString(entry.number.value))
                xml.element("accountindex", "0")
                xml.end()
            }
            xml.end()
        }
        xml.end()
        return xml.output
    }

    /// `Work`, `Home`, `Cell`: the three types of the schema; "other" numbers are filed as work numbers.
    static func phoneType(_ kind: Contact.NumberKind) -> String {
        switch kind {
        case .work, .other: return "Work"
        case .home: return "Home"
        case .mobile: return "Cell"
        }
    }
}
