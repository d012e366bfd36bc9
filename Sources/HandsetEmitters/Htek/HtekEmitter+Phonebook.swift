import HandsetCore

/// The tenant phonebook as an Htek remote XML phonebook, and its reference from the per-MAC file (H4).
extension HtekEmitter {
    /// Beside the other shared files; named for the vendor, as another vendor's phonebook of the same tenant lives in
    /// the same folder in another format.
    static let phonebookPath = "htek-phonebook.xml"

    /// Whether a phone gets the phonebook: `phonebook` true or unset, and the tenant has contacts (SCHEMA.md).
    static func usesPhonebook(_ settings: DeviceSettings, _ tenant: TenantContext) -> Bool {
        !tenant.contacts.isEmpty && (settings.phonebook?.value ?? true)
    }

    /// Remote phonebook 1 (P4401 URL, P3316 name). The book is served behind the tenant's HTTP basic auth and no
    /// Htek setting for phonebook credentials is known, so they go into the URL, as FusionPBX's UC924 template
    /// writes them (`https://user:password@host/...`); this file is per-MAC, so the secret stays out of shared
    /// files. A phone without the phonebook gets the slot blanked, so turning it off removes the book.
    static func writePhonebook(_ phone: HtekPhone, into w: inout HtekConfigWriter) {
        w.comment("Remote phonebook")
        guard usesPhonebook(phone.settings, phone.tenant) else {
            w.set(HtekCodes.remotePhonebook1URL, "")
            w.set(HtekCodes.remotePhonebook1Name, "")
            return
        }
        let tenant = phone.tenant
        w.set(HtekCodes.remotePhonebook1URL, URLCredentials.embed(user: tenant.provisioningUsername,
                                                                  password: tenant.provisioningPassword,
                                                                  in: tenant.provisioningURL + phonebookPath))
        w.set(HtekCodes.remotePhonebook1Name, tenant.name)
    }

    /// `<PhoneDirectory>` with one `<DirectoryEntry>` per contact in source order, every number kept as its own
    /// `<Telephone>` in dialling form, as FusionPBX's Htek `phonebook.xml` writes a contact's numbers (H4; whether
    /// the phone shows every `<Telephone>` of an entry is unverified). The organization follows the name, so two
    /// contacts of the same name stay apart.
    static func phonebookFile(_ tenant: TenantContext) -> String {
        var xml = XMLWriter()
        xml.start("PhoneDirectory")
        for contact in tenant.contacts {
            xml.start("DirectoryEntry")
            xml.element("Name", contact.name.value + (contact.organization.map { " (\($0.value))" } ?? ""))
            for entry in contact.numbers {
                xml.element("Telephone", dialString(entry.number.value))
            }
            xml.end()
        }
        xml.end()
        return xml.output
    }
}
