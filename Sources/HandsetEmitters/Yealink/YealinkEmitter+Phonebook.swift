import HandsetCore

/// The tenant phonebook as a Yealink remote XML phonebook, and its reference from the per-MAC file (Y4).
extension YealinkEmitter {
    /// Beside the other shared files; named for the vendor, as another vendor's phonebook of the same tenant lives
    /// in the same folder in another format.
    static let phonebookPath = "yealink-phonebook.xml"

    /// Whether a phone gets the phonebook: `phonebook` true or unset, and the tenant has contacts (SCHEMA.md).
    static func usesPhonebook(_ settings: DeviceSettings, _ tenant: TenantContext) -> Bool {
        !tenant.contacts.isEmpty && (settings.phonebook?.value ?? true)
    }

    /// Remote phonebook 1 points at the tenant book under the provisioning URL, with the provisioning credentials
    /// in the URL (the book is served behind the same HTTP basic auth): that is how FusionPBX's Yealink templates
    /// reach their authenticated directory (`https://user:pass@host/...`), and it works on firmware that ignores
    /// the separate `username`/`password` keys, which no peer sets for T4x/T5x; those are blanked. User and
    /// password are percent-encoded (RFC 3986 userinfo). A phone without the phonebook gets the slot blanked, so
    /// turning it off removes the book. The URL carries a secret, so it is only ever in `<mac>.cfg`.
    static func writePhonebook(_ phone: YealinkPhone, into w: inout KeyValueWriter) {
        w.blank()
        w.comment("Remote phonebook")
        guard usesPhonebook(phone.settings, phone.tenant) else {
            for key in ["remote_phonebook.data.1.url", "remote_phonebook.data.1.name", "remote_phonebook.data.1.username",
                        "remote_phonebook.data.1.password"] {
                w.set(key, null)
            }
            return
        }
        let tenant = phone.tenant
        w.set("remote_phonebook.data.1.url", URLCredentials.embed(user: tenant.provisioningUsername,
                                                                  password: tenant.provisioningPassword,
                                                                  in: tenant.provisioningURL + phonebookPath))
        w.set("remote_phonebook.data.1.name", tenant.name)
        w.set("remote_phonebook.data.1.username", null)
        w.set("remote_phonebook.data.1.password", null)
    }

    /// `YealinkIPPhoneDirectory` with one `DirectoryEntry` per contact in source order, every number kept as its
    /// own `Telephone` in dialling form (FusionPBX's Yealink `directory.xml` writes all numbers of a contact the
    /// same way). The organization follows the name, so two contacts of the same name stay apart.
    static func phonebookFile(_ tenant: TenantContext) -> String {
        var xml = XMLWriter()
        xml.start("YealinkIPPhoneDirectory")
        for contact in tenant.contacts {
            xml.start("DirectoryEntry")
            let name = contact.name.value + (contact.organization.map { " (\($0.value))" } ?? "")
            xml.element("Name", name)
            for entry in contact.numbers {
                xml.element("Telephone", dialString(entry.number.value))
            }
            xml.end()
        }
        xml.end()
        return xml.output
    }
}
