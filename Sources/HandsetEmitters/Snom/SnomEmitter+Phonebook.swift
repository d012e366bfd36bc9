import HandsetCore

/// The tenant phonebook as a Snom `<tbook>` file, listed in the per-phone container of each phone that uses it
/// (snom.md §4).
extension SnomEmitter {
    /// Beside the other shared files; named for the vendor, as other vendors' books of the same tenant live in the
    /// same folder in other formats.
    static let phonebookPath = "snom-phonebook.xml"

    /// Whether a phone gets the phonebook: `phonebook` true or unset, and the tenant has contacts (SCHEMA.md).
    ///
    /// A phone that opts out gets no `<tbook>` at all rather than an empty `complete` one: `complete="true"`
    /// replaces the phone's whole local directory (SNOM-TB), so an empty book would also wipe the contacts its user
    /// keeps there. Entries an earlier build provisioned stay until the user deletes them.
    static func usesPhonebook(_ settings: DeviceSettings, _ tenant: TenantContext) -> Bool {
        !tenant.contacts.isEmpty && (settings.phonebook?.value ?? true)
    }

    /// One classic `<item>` per number: the classic tbook holds one name and one number per item (SNOM-TB). A
    /// contact with several numbers becomes one item per number, named with the kind (`Bob Builder (mobile)`) so
    /// they can be told apart; a contact with one number keeps its plain name. The v2.0 format with several numbers
    /// per contact needs newer firmware than 8.x (snom.md §4, unverified which), so it is not used.
    ///
    /// `complete="true"` (since 8.2) makes the phone drop entries an earlier build provisioned; it is the only way
    /// to delete tbook entries by provisioning. `index` is unique per item, which since 8.2.20 lets a build change
    /// an entry's number in place. Every item calls out on the active identity.
    static func phonebookFile(_ tenant: TenantContext) -> String {
        var xml = SnomXMLWriter()
        xml.comment("Handset: phonebook of tenant \(tenant.id)")
        xml.start("tbook", [("complete", "true"), ("e", "2")])
        var index = 0
        for contact in tenant.contacts {
            let several = contact.numbers.count > 1
            for entry in contact.numbers {
                xml.start("item", [("context", "active"), ("type", "none"), ("index", String(index))])
                xml.element("name", several ? "\(contact.name.value) (\(entry.kind.rawValue))" : contact.name.value)
                xml.element("number", dialString(entry.number.value))
                xml.end()
                index += 1
            }
        }
        xml.end()
        return xml.output
    }
}
