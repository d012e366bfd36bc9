import HandsetCore

/// The model common files `y0000000000XX.cfg`: what is the same for every phone of the tenant and holds no secret.
extension YealinkEmitter {
    /// The `XX` of a model's common file (Y9), three digits; nil when no source gives it. The code is per hardware
    /// model, not the firmware prefix (the T48S runs 66.x firmware but reads `y000000000065.cfg`).
    ///
    /// T44U 173 is not in Y9: it comes from the Yealink model table of a FreePBX endpoint module (the same table
    /// gives T44W 174, T42U 116 and T43U 107 as Y9 does). No source gives the T41U's code, so a T41U's boot file
    /// lists only its own `<mac>.cfg`.
    static let commonFileCodes: [String: String] = [
        "t40g": "076", "t40p": "054", "t41p": "036", "t42g": "029", "t46g": "028", "t48g": "035",
        "t41s": "068", "t42s": "067", "t46s": "066", "t48s": "065",
        "t42u": "116", "t43u": "107", "t44u": "173", "t44w": "174", "t46u": "108", "t48u": "109",
        "t52s": "074", "t54s": "070",
        "t53": "095", "t53w": "095", "t54w": "096", "t57w": "097",
        "t58a": "058", "t58w": "150",
    ]

    /// The common-file code of a Yealink model, nil when unknown.
    static func commonFileCode(_ model: PhoneModel) -> String? { commonFileCodes[model.id] }

    /// `y000000000096.cfg` for code `096`.
    static func commonFilePath(code: String) -> String { "y000000000\(code).cfg" }

    /// The common file of the tenant: the provisioning server and how often phones re-check it. The credentials
    /// that go with the URL are in each `<mac>.cfg`. The content is the same for every model; it is written under
    /// each model's own name because that is the file a phone asks for when no boot file leads it (Y1).
    static func commonFile(for tenant: TenantContext) -> String {
        var w = KeyValueWriter(header: header)
        w.comment("Handset: common settings of tenant \(tenant.id); every phone of the tenant can read this file,")
        w.comment("so it holds no secret.")
        w.blank()
        w.comment("Provisioning server (credentials are in each <mac>.cfg)")
        w.set("static.auto_provision.server.url", tenant.provisioningURL)
        // Pin the phones to this server: a phone takes the server address from zero touch, PnP, DHCP options
        // (custom, 66, 43) before the URL stored in its flash (Yealink "Auto Provision Manual" 3.0.11, section 2.1),
        // so a stray DHCP option would otherwise send it elsewhere. Wazo disables PnP the same way.
        w.set("static.auto_provision.pnp_enable", false)
        w.set("static.auto_provision.dhcp_option.enable", false)
        w.set("static.auto_provision.power_on", true)
        // check_interval 0 means "only at boot": power_on stays on, the repeat timer goes off (Y5 periodic check).
        if tenant.checkInterval > 0 {
            w.set("static.auto_provision.repeat.enable", true)
            w.set("static.auto_provision.repeat.minutes", tenant.checkInterval)
        } else {
            w.set("static.auto_provision.repeat.enable", false)
        }
        // `handset resync`: a NOTIFY "Event: check-sync" makes the phone fetch its files; 0 reboots it only when the
        // event carries reboot=true (the default 1 reboots on every check-sync; Yealink T5 admin guide,
        // "Rebooting Issues", sip.notify_reboot_enable; Wazo writes 0, Y8). Trust control accepts such requests only
        // from the phone's own registrar and outbound proxy ("Accept SIP Trust Server Only", admin guide
        // SIP-T2/T4/T5 p. 498), where `resync` sends them through.
        w.set("sip.notify_reboot_enable", 0)
        w.set("sip.trust_ctrl", true)
        return w.output
    }
}
