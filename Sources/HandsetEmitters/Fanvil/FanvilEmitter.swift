import HandsetCore

/// Fanvil X-U series and X210/X7 desk phones, in the `sysConf` XML dialect (facts: `vendors/fanvil.md`).
///
/// Per device it writes `<mac>.cfg` and nothing else; per tenant only the phonebook, when a phone uses it.
///
/// Files the phone asks for: `<mac>.cfg`, lowercase (Wazo's path regex `\b(?!0{12})([\da-f]{12})\.cfg$`,
/// `plugins/wazo_fanvil/common/common.py`; Tancredi `data/patterns.d/fanvil.ini`), from the folder its provisioning
/// server setting names (DHCP option 66, or `FlashServerIP`). The model-wide common file is switched off
/// (`DownloadCommonConf` 0, as Wazo's `base-new.tpl` and Tancredi write it), so after the first provisioning the
/// per-MAC file is the only request; a factory-fresh phone that still asks for a common file gets a 404 and goes on
/// to its MAC file. No model or generic file is served, so a phone whose MAC file is missing gets nothing rather than
/// another phone's settings.
///
/// Dialect: `sysConf` (`<sysConf><Version>2.0002</Version>…`), which Wazo writes for every model in the catalog
/// (`_NEW_MODEL_REGEX`) and FusionPBX for the X6U/X7 (`fanvil/x6u/{$mac}.cfg`); the models Wazo provisions in the
/// legacy `VOIP_CONFIG_FILE` dialect are refused by the catalog.
///
/// Secrets (SIP, provisioning, phonebook, admin and user passwords) are written to `<mac>.cfg` only; the phonebook
/// holds none.
public struct FanvilEmitter: Emitter {
    public let vendor = Vendor.fanvil

    public init() {}

    /// `<mac>.cfg` of one phone; nothing for a device of another vendor, an unknown or a refused model.
    public func deviceFiles(for device: ResolvedDevice, in tenant: TenantContext) -> [OutputFile] {
        guard let model = device.model, model.vendor == .fanvil, model.endOfLife == nil else { return [] }
        let phone = FanvilPhone(device: device, model: model, tenant: tenant)
        return [OutputFile(path: Self.configPath(mac: phone.mac), bytes: Self.configFile(phone), mac: phone.mac)]
    }

    /// The tenant's shared files: the phonebook when a phone uses it. Nothing when no device is a Fanvil.
    public func sharedFiles(for devices: [ResolvedDevice], in tenant: TenantContext) -> [OutputFile] {
        let phonebookUsed = devices.contains { device in
            device.model?.vendor == .fanvil && device.model?.endOfLife == nil && Self.usesPhonebook(device.settings, tenant)
        }
        guard phonebookUsed else { return [] }
        return [OutputFile(path: Self.phonebookPath, text: Self.phonebookFile(tenant))]
    }

    /// `0c383e07e16c.cfg`: the twelve hex digits in lowercase, ".cfg" (Wazo `_dev_specific_filename`).
    static func configPath(mac: String) -> String { mac.lowercased() + ".cfg" }

    /// The whole `<mac>.cfg`, section by section, in the order of Wazo's `base-new.tpl`.
    ///
    /// What can be turned off is always written: every account slot, every key slot, the phonebook entry, the address
    /// mode and the VLAN. Time zone, language, tones and NTP only when the fleet gives them.
    static func configFile(_ phone: FanvilPhone) -> [UInt8] {
        var w = FanvilConfigWriter(reserving: 8192 + 160 * phone.model.keyCapacity)
        w.comment(phone.fileTitle)
        writeFirmware(phone, into: &w)
        writeProvisioning(phone, into: &w)
        writePhoneSection(phone, into: &w)
        writeWeb(phone, into: &w)
        writeNetwork(phone, into: &w)
        writeMedia(phone, into: &w)
        writeAccounts(phone, into: &w)
        writeCallSettings(phone, into: &w)
        writeKeys(phone, into: &w)
        return w.finish()
    }

    /// The elements that hold a secret: SIP passwords, the provisioning server's HTTP password, the web and keypad
    /// passwords, the phonebook's HTTP password (for `plan --diff` masking).
    public var secretSettings: Set<String> {
        ["RegisterPswd", "ProxyPswd", "DefaultPassword", "Password", "MenuPassword", "PassWd"]
    }
}
