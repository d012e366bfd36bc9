import HandsetCore

/// Htek UC9xx desk phones (also sold under provider brands), firmware 2.0.4.x (facts: `vendors/htek.md`).
///
/// Per device it writes `cfg<mac>.xml` and nothing else; per tenant only the phonebook, when a phone uses it.
///
/// Why no common `cfg00XX.xml` file: a phone asks for `cfg<DeviceCode>.xml`, then `cfg<mac>`, then `cfg<mac>.xml`
/// (H1 request order), and one revision of Htek's provisioning page says a phone that gets one file stops there,
/// so a served `cfg0010.xml` would keep every UC926 from ever reading its own file (H1 chain-stop row, a CONFLICT with
/// Wazo, which serves both). Serving only `cfg<mac>.xml` works under either reading: the two earlier requests end in
/// a 404 and the phone moves on. Everything a common file would carry (the provisioning server, the re-check
/// interval) is therefore written into each per-MAC file.
///
/// Dialect: the P-code form (`<P47 para="…">`), for every model the catalog lists. These are the classic UC9xx models
/// for which both public template sets use P-codes (Wazo's plugin for firmware 2.0.4.4.58 / 2.0.4.6.41, FusionPBX's
/// uc903/923/924/926 templates); the named-tag form appears only in FusionPBX's templates of the "U" models, which
/// the catalog leaves out (H intro, H9). Within the P-code form the profile layout of Wazo's firmware-2.0.4.x
/// template is used: registrar, transport and codecs in profile 1, every account bound to it (H2).
///
/// Secrets (SIP, provisioning and admin passwords) are written to `cfg<mac>.xml` only; the phonebook holds none.
public struct HtekEmitter: Emitter {
    public let vendor = Vendor.htek

    public init() {}

    /// `cfg<mac>.xml` of one phone; nothing for a device of another vendor or an unknown model.
    public func deviceFiles(for device: ResolvedDevice, in tenant: TenantContext) -> [OutputFile] {
        guard let model = device.model, model.vendor == .htek else { return [] }
        let phone = HtekPhone(device: device, model: model, tenant: tenant)
        return [OutputFile(path: Self.configPath(mac: phone.mac), bytes: Self.configFile(phone), mac: phone.mac)]
    }

    /// The tenant's shared files: the phonebook when a phone uses it. Nothing when no device is an Htek.
    public func sharedFiles(for devices: [ResolvedDevice], in tenant: TenantContext) -> [OutputFile] {
        let phonebookUsed = devices.contains { device in
            device.model?.vendor == .htek && Self.usesPhonebook(device.settings, tenant)
        }
        guard phonebookUsed else { return [] }
        return [OutputFile(path: Self.phonebookPath, text: Self.phonebookFile(tenant))]
    }

    /// `cfg001fc110d3a9.xml`: "cfg", the twelve hex digits in lowercase, ".xml" (H1 MAC-in-filename row).
    static func configPath(mac: String) -> String { "cfg" + mac.lowercased() + ".xml" }
}

extension HtekEmitter {
    /// The P-codes of every account's password, the provisioning password and the admin password.
    public var secretSettings: Set<String> {
        Set((HtekCodes.accounts.map(\.password) + [HtekCodes.provisioningPassword, HtekCodes.adminPassword]).map { "P\($0.code)" })
    }
}
