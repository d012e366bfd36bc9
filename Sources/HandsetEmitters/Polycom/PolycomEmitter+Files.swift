import HandsetCore

/// The tenant's shared Poly files: the master file, the common parameter file and the phonebook.
extension PolycomEmitter {
    /// `<APPLICATION>` with the per-phone file first, then the shared one (Wazo's `000000000000.cfg`; the left-most
    /// file overrides the ones after it). `APP_FILE_PATH` is empty so the phone does not look for a `sip.ld` Handset
    /// does not serve; firmware goes through `device.prov.upgradeServer` (per-phone file). The directory attributes stay
    /// empty: the phone then looks in the boot server folder.
    static func masterFile() -> String {
        var xml = XMLWriter()
        xml.element("APPLICATION", "", [
            ("APP_FILE_PATH", ""),
            ("CONFIG_FILES", "[PHONE_MAC_ADDRESS]-user.cfg, " + commonPath),
            ("MISC_FILES", ""), ("LOG_FILE_DIRECTORY", ""), ("OVERRIDES_DIRECTORY", ""),
            ("CONTACTS_DIRECTORY", ""), ("LICENSE_DIRECTORY", ""),
        ], selfClosing: true)
        return xml.output
    }

    /// What is the same for every Poly phone of the tenant and holds no secret.
    static func commonFile(_ tenant: TenantContext) -> [UInt8] {
        var w = PolycomConfigWriter(comments: ["Handset: Polycom settings shared by every phone of tenant \(tenant.id)"], reserving: 1024)
        // `check-sync` makes the phone fetch its files again and restart only when they changed (Wazo's 3.x default 0;
        // FusionPBX forces 1, a reboot on every NOTIFY, fact sheet §8).
        w.set("voIpProt.SIP.specialEvent.checkSync.alwaysReboot", on: false)
        // The phonebook mirrors the fleet: no edits on the phone (which the server would be asked to store).
        w.set("dir.local.readonly", on: true)
        writePolling(tenant, into: &w)
        return w.finish()
    }

    /// Whether a phone gets the phonebook: `phonebook` true or unset, and the tenant has contacts (SCHEMA.md).
    static func usesPhonebook(_ settings: DeviceSettings, _ tenant: TenantContext) -> Bool {
        !tenant.contacts.isEmpty && (settings.phonebook?.value ?? true)
    }

    /// `<directory><item_list>` with one `<item>` per number, the contact's name as `<fn>` and the number as `<ct>`
    /// (fact sheet §4: one `ct` per item, as FusionPBX's `{$mac}-directory.xml` writes). The schema has one name field,
    /// so `<ln>` (last name) is not written; the organization has no element in the format.
    static func directoryFile(_ contacts: [Contact]) -> String {
        var xml = XMLWriter()
        xml.start("directory")
        xml.start("item_list")
        for contact in contacts {
            for entry in contact.numbers {
                xml.start("item")
                xml.element("fn", contact.name.value)
                xml.element("ct", dialString(entry.number.value))
                xml.end()
            }
        }
        xml.end()
        xml.end()
        return xml.output
    }

    /// The number as phones dial it (see `DialString`).
    static func dialString(_ text: String) -> String { DialString.emitted(text) }
}
