import HandsetCore

/// Grandstream GRP26xx and GXP21xx desk phones (facts: `vendors/grandstream.md`).
///
/// Per device it writes `cfg<mac>.xml` and nothing else; per tenant only the phonebook, when a phone uses it.
///
/// Files the phone asks for, in order (Grandstream "SIP Device Provisioning Guide", provisioning flow): the binary
/// `cfg<mac>` (`cfg<mac>.bin` on newer firmware), then `cfg<mac>.xml`, and only when that fails `cfg<model>.xml` and
/// `cfg.xml`. The binary file is Grandstream's proprietary format, made by its own tools, and the phone asks for the
/// XML file whether or not it got it: its 404 is the one on the way, and the XML file ends the chain. No model or
/// generic file is served, so a phone whose MAC file is missing gets nothing rather than another phone's settings.
///
/// Dialect: `<gs_provision version="1"><config version="2">` with `<item name="…">` aliases, as Wazo's `base_v2.tpl`
/// (used for GRP2612-2616 and GXP2130-2170) and FusionPBX's Grandstream-authored `grp2612`…`grp2616` templates write.
/// The P-code form (`config version="1"`) is what the fact sheet's conflicts are about: account 5 sits at P701 on
/// GRP26xx but P1701 on GXP21xx, and key modes are shifted by 10 on older GXP line keys; the item names are
/// index-based and key modes are words (`SpeedDial`, `BLF`, `Line`), which settles both.
///
/// Secrets (SIP, provisioning, phonebook and admin passwords) are written to `cfg<mac>.xml` only; the phonebook holds
/// none.
public struct GrandstreamEmitter: Emitter {
    public let vendor = Vendor.grandstream

    public init() {}

    /// `cfg<mac>.xml` of one phone; nothing for a device of another vendor, an unknown or a refused model.
    public func deviceFiles(for device: ResolvedDevice, in tenant: TenantContext) -> [OutputFile] {
        guard let model = device.model, model.vendor == .grandstream, model.endOfLife == nil else { return [] }
        let phone = GrandstreamPhone(device: device, model: model, tenant: tenant)
        return [OutputFile(path: Self.configPath(mac: phone.mac), bytes: Self.configFile(phone), mac: phone.mac)]
    }

    /// The tenant's shared files: the phonebook when a phone uses it. Nothing when no device is a Grandstream.
    public func sharedFiles(for devices: [ResolvedDevice], in tenant: TenantContext) -> [OutputFile] {
        let phonebookUsed = devices.contains { device in
            device.model?.vendor == .grandstream && device.model?.endOfLife == nil && Self.usesPhonebook(device.settings, tenant)
        }
        guard phonebookUsed else { return [] }
        return [OutputFile(path: Self.phonebookPath, text: Self.phonebookFile(tenant))]
    }

    /// `cfgc074ad0b63ee.xml`: "cfg", the twelve hex digits in lowercase, ".xml" (Wazo `_dev_specific_filename`; the
    /// provisioning guide asks for lowercase names).
    static func configPath(mac: String) -> String { "cfg" + mac.lowercased() + ".xml" }

    /// The whole `cfg<mac>.xml`, section by section.
    ///
    /// No "reset what the file leaves out" switch is documented, so what can be turned off is always written: every
    /// account slot, every key slot, the phonebook download, the address mode and the VLAN. Time zone, language and
    /// NTP only when the fleet gives them.
    static func configFile(_ phone: GrandstreamPhone) -> [UInt8] {
        var w = GrandstreamConfigWriter(reserving: 6144 + 192 * phone.model.keyCapacity)
        w.comment(phone.fileTitle)
        writeProvisioning(phone, into: &w)
        writeAccounts(phone, into: &w)
        writeCallSettings(phone, into: &w)
        writeKeys(phone, into: &w)
        writePhonebook(phone, into: &w)
        writeNetwork(phone, into: &w)
        writeTimeAndLanguage(phone, into: &w)
        return w.finish()
    }

    /// The items that hold a secret: every account's SIP password, the provisioning, admin, user and phonebook
    /// passwords (for `plan --diff` masking; item names are matched through the `name` attribute).
    public var secretSettings: Set<String> {
        Set((1...6).map { "account.\($0).sip.subscriber.password" }
            + ["provisioning.config.password", "users.admin.password", "users.user.password", "phonebook.download.password"])
    }
}
