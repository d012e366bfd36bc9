import HandsetCore

/// Cisco multiplatform phones (MPP, "3PCC" firmware): 68xx, 78xx, 88xx (facts: `vendors/cisco.md`).
///
/// Per device it writes `<mac>.xml` (lowercase, the `$MA` macro), a complete flat profile; per tenant only the XML
/// directory, when a phone uses it.
///
/// Files the phone asks for, in order: the profile rules `Profile_Rule`, `_B`, `_C`, `_D` on every resync (CS-pg).
/// The per-MAC file sets `Profile_Rule` to `<tenant URL>$MA.xml` with the tenant's credentials in Cisco's
/// `[--uid … --pwd …]` prefix (FusionPBX's form, `cisco/8851/{$mac}.xml`) and empties `_B` to `_D`, so after the first
/// fetch the phone asks for that one file and nothing else: no 404 on its way. The first fetch comes from whatever
/// points the phone at the tenant (DHCP option, Cisco's activation service or a typed-in rule); the factory rule
/// (`$PN.cfg`, e.g. `CP-8841-3PCC.cfg` over TFTP, Cisco 8800 provisioning guide "TFTP Provisioning") is not served:
/// it carries neither the tenant nor its credentials. Wazo's bootstrap instead serves a shared `<model>-3PCC.xml`
/// chaining to `cp-phone.xml` and `$MA.xml` (`wazo_cisco_sip/v12_0_7/templates/common/model.cfg.tpl`); Handset
/// writes everything into the per-MAC file, so no shared file has to be right for every phone.
///
/// Secrets (SIP, provisioning, admin and user passwords) are written to `<mac>.xml` only; the directory holds none.
public struct CiscoEmitter: Emitter {
    public let vendor = Vendor.cisco

    public init() {}

    /// `<mac>.xml` of one phone; nothing for a device of another vendor, an unknown or a refused model.
    public func deviceFiles(for device: ResolvedDevice, in tenant: TenantContext) -> [OutputFile] {
        guard let model = device.model, model.vendor == .cisco, model.endOfLife == nil else { return [] }
        let phone = CiscoPhone(device: device, model: model, tenant: tenant)
        return [OutputFile(path: Self.profilePath(mac: phone.mac), bytes: Self.profile(phone), mac: phone.mac)]
    }

    /// The tenant's shared files: the XML directory when a phone uses it. Nothing when no device is a Cisco.
    public func sharedFiles(for devices: [ResolvedDevice], in tenant: TenantContext) -> [OutputFile] {
        let directoryUsed = devices.contains { device in
            device.model?.vendor == .cisco && device.model?.endOfLife == nil && Self.usesDirectory(device.settings, tenant)
        }
        guard directoryUsed else { return [] }
        return [OutputFile(path: Self.directoryPath, text: Self.directoryFile(tenant))]
    }

    /// `00562b043615.xml`: `$MA` (the MAC in lowercase, CS-pg macro table) and `.xml`, as Wazo's `Profile_Rule_C`
    /// and `_dev_specific_filename` name it.
    static func profilePath(mac: String) -> String { mac.lowercased() + ".xml" }

    /// The whole `<mac>.xml`, section by section. Parameters left out keep their value on the phone (CS-pg), so
    /// what can be turned off is always written: every line, every key slot, the directory, the address mode and
    /// the VLAN. Time zone, language and NTP only when the fleet gives them.
    static func profile(_ phone: CiscoPhone) -> [UInt8] {
        var w = CiscoProfileWriter(reserving: 8192 + 256 * phone.model.keyCapacity)
        w.comment(phone.fileTitle)
        writeProvisioning(phone, into: &w)
        writeNetwork(phone, into: &w)
        writeTimeAndLanguage(phone, into: &w)
        writeCallSettings(phone, into: &w)
        writeLines(phone, into: &w)
        writeKeys(phone, into: &w)
        writeModules(phone, into: &w)
        writeDirectory(phone, into: &w)
        return w.finish()
    }

    /// The parameters that hold a secret: every line's SIP password, the admin and user passwords, the profile rule
    /// (it carries the provisioning password) and the directory URL (it carries the same credentials).
    public var secretSettings: Set<String> {
        Set((1...16).map { "Password_\($0)_" }
            + ["Admin_Password", "User_Password", "Profile_Rule", "XML_Directory_Service_URL"])
    }
}
