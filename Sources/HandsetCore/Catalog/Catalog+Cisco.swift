/// Cisco multiplatform phones (MPP, "3PCC" firmware): 68xx, 78xx and 88xx (facts: `vendors/cisco.md`).
///
/// Sources of the numbers (W = wazo-platform/wazo-provd-plugins `plugins/wazo_cisco_sip`, F = fusionpbx/fusionpbx
/// `resources/templates/provision/cisco/<model>/{$mac}.xml`):
/// - accounts: `lines` of Wazo's capability data (`v12_0_7/plugin-info` for 78xx/88xx, `v11_3_1/plugin-info` for
///   68xx); 8845 and 8865, which Wazo does not cover, the ten `Line_Enable_N_` blocks of F's 8845 and 8865 templates.
/// - keys: Wazo's `_NB_FKEY` (`v12_0_7/common.py`; 68xx `v11_3_1/common.py`), the smaller where the plugins differ
///   (7811 and 7832: 0 in 12.0.7, 1 in 11.3.1). 8845/8865: one line key per line of F's template.
/// - expansion modules: Cisco's own administration guides, "Cisco IP Phone Key Expansion Module" chapters (C8 = 8800
///   MPP guide for 11.3(1), www.cisco.com/c/en/us/td/docs/voice_ip_comm/cuipph/MPP/8800/english/AG/p881_b_8800-mpp-ag_new/
///   p881_m_kem-module-mpp-1100.html; C6 = the 6800 guide's p680_m_6800-kem-1112.html): the 8851 takes 2 units, the
///   8861 and 8865 3 (as Wazo 12.0.x and FusionPBX write), the 6851 one (as Wazo 11.3.1 writes). The 8811/8841/8845
///   take none (FusionPBX's `Number_of_Units` 0), nor do the 78xx: Wazo 12.0.x gives some of them a unit, but no
///   Cisco guide or other template does, so the smaller figure is kept.
/// - module keys (C8, C6): the single-screen 8800 module 18 keys on 2 pages; the dual-screen 8851/8861 (audio) and
///   8865 (video) modules and the 6800 module 14 keys on 2 pages. Modules of one phone must be of one type (C8), and
///   the video module goes only on the 8865, the audio one only on the 8851/8861 (C8). Wazo's numbering of 32 keys per
///   unit (§3.3) matches none of them and is not used.
/// - codecs: F's 88xx templates enable G.711 u/a, G.729a, G.722 and OPUS (`G729a_Enable_N_`, `G722_Enable_N_`,
///   `OPUS_Enable_N_`). No source writes codecs for the 68xx or 78xx (F has no template for them, Wazo writes
///   none), so they get the G.711, G.722 and G.729 every MPP codec list has, without OPUS.
///
/// Refused: the SPA500 series, whose last firmware (7.6) Cisco no longer supports and whose profile (`spa<PSN>.cfg`,
/// Wazo `wazo_cisco_spa`) Handset does not write; and the enterprise-firmware 8941/8945, which read
/// `SEP<mac>.cnf.xml` (Wazo `wazo_cisco_sip/v9_3`), not the MPP flat profile.
extension Catalog {
    static let ciscoModels: [PhoneModel] = [
        cisco("6821", accounts: 2, keys: 2, codecs: ciscoBasicCodecs),
        cisco("6841", accounts: 4, keys: 4, codecs: ciscoBasicCodecs),
        cisco("6851", accounts: 4, keys: 4, modules: 1, kinds: ["cisco/kem6800"], codecs: ciscoBasicCodecs),
        cisco("6861", accounts: 4, keys: 4, codecs: ciscoBasicCodecs),
        cisco("6871", accounts: 6, keys: 6, codecs: ciscoBasicCodecs),
        cisco("7811", accounts: 1, keys: 0, codecs: ciscoBasicCodecs),
        cisco("7821", accounts: 2, keys: 2, codecs: ciscoBasicCodecs),
        cisco("7832", accounts: 1, keys: 0, codecs: ciscoBasicCodecs),
        cisco("7841", accounts: 4, keys: 4, codecs: ciscoBasicCodecs),
        cisco("7861", accounts: 16, keys: 16, codecs: ciscoBasicCodecs),
        cisco("8811", accounts: 10, keys: 10),
        cisco("8841", accounts: 10, keys: 10),
        cisco("8845", accounts: 10, keys: 10),
        cisco("8851", accounts: 10, keys: 10, modules: 2, kinds: ["cisco/kem8800", "cisco/kem8851"]),
        cisco("8861", accounts: 10, keys: 10, modules: 3, kinds: ["cisco/kem8800", "cisco/kem8851"]),
        cisco("8865", accounts: 10, keys: 10, modules: 3, kinds: ["cisco/kem8800", "cisco/kem8865"]),
        // Refused models: keys from Wazo's `wazo_cisco_spa/common/common.py` `_NB_FKEY` (taken for the accounts too,
        // as only a refusal reads them) and lines and keys of `wazo_cisco_sip/v9_3/plugin-info`.
        ciscoRefused("spa504g", "SPA504G", 4, 4, spa),
        ciscoRefused("spa508g", "SPA508G", 8, 8, spa),
        ciscoRefused("spa509g", "SPA509G", 12, 12, spa),
        ciscoRefused("spa525g2", "SPA525G2", 5, 5, spa),
        ciscoRefused("8941", "CP-8941", 4, 4, enterprise),
        ciscoRefused("8945", "CP-8945", 4, 4, enterprise),
    ]

    /// The key expansion modules (see above for the key counts).
    static let ciscoModules: [ModuleModel] = [
        ModuleModel(vendor: .cisco, id: "kem6800", displayName: "6800 Key Expansion Module", keysPerPage: 14, pages: 2),
        ModuleModel(vendor: .cisco, id: "kem8800", displayName: "8800 Key Expansion Module", keysPerPage: 18, pages: 2),
        ModuleModel(vendor: .cisco, id: "kem8851", displayName: "8851/8861 Key Expansion Module", keysPerPage: 14, pages: 2),
        ModuleModel(vendor: .cisco, id: "kem8865", displayName: "8865 Key Expansion Module", keysPerPage: 14, pages: 2),
    ]

    private static let ciscoCodecs: [Codec] = [.pcma, .pcmu, .g722, .g729, .opus]
    private static let ciscoBasicCodecs: [Codec] = [.pcma, .pcmu, .g722, .g729]

    private static func cisco(_ id: String, accounts: Int, keys: Int, modules: Int = 0, kinds: [String] = [],
                              codecs: [Codec] = ciscoCodecs) -> PhoneModel {
        PhoneModel(vendor: .cisco, id: id, displayName: "CP-\(id)-3PCC", accounts: accounts, keysPerPage: keys, pages: 1,
                   modules: kinds, maxModules: modules, codecs: codecs)
    }

    private static let spa = "Cisco no longer supports the SPA500 series, whose firmware reads the SPA profile, not the MPP one Handset writes"
    private static let enterprise = "it runs Cisco's enterprise firmware (SEP<mac>.cnf.xml), not the multiplatform (3PCC) profile Handset writes"

    private static func ciscoRefused(_ id: String, _ name: String, _ accounts: Int, _ keys: Int, _ why: String) -> PhoneModel {
        PhoneModel(vendor: .cisco, id: id, displayName: name, accounts: accounts, keysPerPage: keys, pages: 1,
                   codecs: ciscoBasicCodecs, endOfLife: "\(why); replace it with a 68xx, 78xx or 88xx MPP phone")
    }
}
