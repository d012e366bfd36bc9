import HandsetCore

/// The tenant phonebook as a Fanvil XML phonebook, and the phone's entry for it (`<phone><xmlContact index="1">`,
/// fact sheet §2.4).
extension FanvilEmitter {
    /// In a folder of its own, apart from other vendors' books of the same tenant.
    static let phonebookPath = "fanvil/phonebook.xml"

    /// Whether a phone gets the phonebook: `phonebook` true or unset, and the tenant has contacts (SCHEMA.md).
    static func usesPhonebook(_ settings: DeviceSettings, _ tenant: TenantContext) -> Bool {
        !tenant.contacts.isEmpty && (settings.phonebook?.value ?? true)
    }

    /// `<xmlContact index="1">` with the book's name, URL and the tenant's HTTP credentials (`Name`, `Addr`,
    /// `UserName`, `PassWd`), not bound to a line (`Sipline`/`BindLine` -1) and of type 0, as Wazo writes its
    /// directory; FusionPBX writes the same elements. A phone without the phonebook gets the entry blanked, so an old
    /// one goes.
    static func writePhonebookEntry(_ phone: FanvilPhone, into w: inout FanvilConfigWriter) {
        let tenant = phone.tenant
        let used = usesPhonebook(phone.settings, tenant)
        w.open("xmlContact", index: 1)
        w.set("Name", used ? "Phonebook" : "")
        w.set("Addr", used ? tenant.provisioningURL + phonebookPath : "")
        w.set("UserName", used ? tenant.provisioningUsername : "")
        w.set("PassWd", used ? tenant.provisioningPassword : "")
        w.set("Sipline", -1)
        w.set("BindLine", -1)
        w.set("PhonebookType", 0)
        w.close()
    }

    /// `<FanvilIPPhoneDirectory>` with a `<Title>` and one `<DirectoryEntry>` per contact in source order: the name,
    /// and the first work, mobile and other number in `Telephone`, `Mobile` and `Other` (FusionPBX
    /// `fanvil/w611w/directory.xml`; home numbers count as other numbers).
    static func phonebookFile(_ tenant: TenantContext) -> String {
        var xml = XMLWriter()
        xml.start("FanvilIPPhoneDirectory")
        xml.element("Title", tenant.name)
        for contact in tenant.contacts {
            xml.start("DirectoryEntry")
            xml.element("Name", contact.name.value)
            func first(_ kinds: [Contact.NumberKind]) -> String? {
                contact.numbers.first { kinds.contains($0.kind) }.map { dialString($0.number.value) }
            }
            if let work = first([.work]) { xml.element("Telephone", work) }
            if let mobile = first([.mobile]) { xml.element("Mobile", mobile) }
            if let other = first([.home, .other]) { xml.element("Other", other) }
            xml.end()
        }
        xml.end()
        return xml.output
    }
}
