import HandsetCore

/// The `<setting-files>` containers a phone asks for first: per model, and per phone (snom.md §1 "Common file
/// layout", "Default request order").
extension SnomEmitter {
    /// `snomD785`: "snom" and the maker's model spelling, the phone type in Snom's request names.
    static func phoneType(_ model: PhoneModel) -> String { "snom" + model.displayName }

    /// `snomD785.htm`, the first file a phone asks for under the base URL.
    static func modelContainerPath(_ model: PhoneModel) -> String { phoneType(model) + ".htm" }

    /// `snomD785-000413922D24.htm`, the second file a phone asks for.
    static func macContainerPath(_ phone: SnomPhone) -> String { phone.phoneType + "-" + phone.mac + ".htm" }

    /// `000413922D24.xml`, the phone's own settings (Wazo's name for it, snom.md §1).
    static func settingsPath(_ phone: SnomPhone) -> String { phone.mac + ".xml" }

    /// The model container lists no file. Every phone of the fleet finds its settings through its own
    /// `snom<MODEL>-<MAC>.htm`, which the phone asks for next; a phone the fleet does not know gets an answer here
    /// and loads nothing (rather than another phone's file). Common settings go in the per-MAC file instead, since
    /// most of them (credentials, identities) are secret or per phone anyway.
    static func modelContainer(_ model: PhoneModel, _ tenant: TenantContext) -> String {
        var xml = SnomXMLWriter()
        xml.comment("Handset: Snom \(model.displayName) phones of tenant \(tenant.id). Each phone of the fleet loads")
        xml.comment("its settings through its own \(phoneType(model))-<MAC>.htm, so this file lists none.")
        xml.start("setting-files")
        xml.end()
        return xml.output
    }

    /// The phone's container: its `<MAC>.xml`, then the tenant phonebook when it uses it. Files load in the order
    /// listed and a later value wins; the book holds only `<tbook>`, so the order matters for nothing else. URLs
    /// are absolute, under the tenant's base URL, as Wazo writes them (relative URLs are not documented).
    static func macContainer(_ phone: SnomPhone) -> [UInt8] {
        var xml = SnomXMLWriter(reserving: 512)
        xml.comment(phone.fileTitle)
        xml.start("setting-files")
        xml.empty("file", [("url", phone.tenant.provisioningURL + settingsPath(phone))])
        if usesPhonebook(phone.settings, phone.tenant) {
            xml.empty("file", [("url", phone.tenant.provisioningURL + phonebookPath)])
        }
        xml.end()
        return xml.finish()
    }
}
