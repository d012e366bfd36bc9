/// Grandstream GRP26xx and GXP21xx desk phones (facts: `vendors/grandstream.md`).
///
/// Sources of the numbers (W = wazo-platform/wazo-provd-plugins, F = fusionpbx/fusionpbx templates):
/// - accounts: Wazo's capability data, `lines` in `plugins/wazo_grandstream/v1_0_5_48/plugin-info` (GRP26xx) and
///   `v1_0_11_85/plugin-info` (GXP21xx). FusionPBX's `grandstream/grp26xx/{$mac}.xml` has account sections for more
///   (GRP2612 2, GRP2613 3, GRP2614 4, GRP2615 5) and Wazo's older `v1_0_11_79` gives the GXP2135 8 lines: where the
///   sources disagree the smaller figure is kept, as for every vendor (see `Catalog`).
/// - keys: the virtual phone keys (VPKs) only, which is where Handset writes keys. GRP26xx: the `vpk` figure of
///   `MODEL_FKEYS` (`plugins/wazo_grandstream/common/common.py`: GRP2612 16, GRP2613 24, GRP2614 16, GRP2615 40,
///   GRP2616 16; the capability data's `function_keys` 40 of the GRP2614/2616 adds their 24 physical MPKs, whose mode
///   list has no line mode and which Handset leaves alone). GXP21xx: `function_keys` of the capability data, which is
///   below the VPK counts the fact sheet gives (GXP2130 8 of 12, GXP2140 4 of 16, GXP2170 12 of 48), so the smaller
///   figure is kept there too.
/// - expansion modules: none. The EXT module block (`pks.ext.*`, P23000) is written by Wazo only for the GXV3350,
///   and no source ties the GBX20 or GXP2200EXT to a catalog model, so modules are refused.
/// - codecs: the vocoder list of FusionPBX's `grp2614/{$mac}.xml` (`PCMU, PCMA, G.726-32, G.723.1, G.722, G.729A/B,
///   iLBC, OPUS`), of which Handset names five.
///
/// Refused (end of life for Handset): models whose last firmware reads only P-code files, while Handset writes the
/// `config version="2"` item names (the GXP2000's plain `Pnnn=value` file, Wazo `common/templates/GXP2000.tpl`; the
/// GXP1100/1105/2100/2110/2120/2124 of Wazo's P-code plugin `v1_0_8_6`; the GXP2200 of `v1_0_3_27`).
extension Catalog {
    static let grandstreamModels: [PhoneModel] = [
        grandstream("grp2612", "GRP2612", accounts: 1, keys: 16),
        grandstream("grp2613", "GRP2613", accounts: 1, keys: 24),
        grandstream("grp2614", "GRP2614", accounts: 2, keys: 16),
        grandstream("grp2615", "GRP2615", accounts: 2, keys: 40),
        grandstream("grp2616", "GRP2616", accounts: 2, keys: 16),
        grandstream("gxp2130", "GXP2130", accounts: 3, keys: 8),
        grandstream("gxp2135", "GXP2135", accounts: 4, keys: 32),
        grandstream("gxp2140", "GXP2140", accounts: 4, keys: 4),
        grandstream("gxp2160", "GXP2160", accounts: 6, keys: 24),
        grandstream("gxp2170", "GXP2170", accounts: 6, keys: 12),
        // Accounts and keys of the refused models: Wazo's capability data of the plugins named above.
        grandstreamRefused("gxp2000", "GXP2000", 4, 7, "its firmware reads plain Pnnn=value files (Wazo GXP2000.tpl)"),
        grandstreamRefused("gxp1100", "GXP1100", 2, 3, pCodeOnly("1.0.8")),
        grandstreamRefused("gxp1105", "GXP1105", 2, 3, pCodeOnly("1.0.8")),
        grandstreamRefused("gxp2100", "GXP2100", 4, 7, pCodeOnly("1.0.8")),
        grandstreamRefused("gxp2110", "GXP2110", 1, 0, pCodeOnly("1.0.8")),
        grandstreamRefused("gxp2120", "GXP2120", 1, 0, pCodeOnly("1.0.8")),
        grandstreamRefused("gxp2124", "GXP2124", 1, 0, pCodeOnly("1.0.8")),
        grandstreamRefused("gxp2200", "GXP2200", 2, 3, pCodeOnly("1.0.3")),
    ]

    /// None: see above.
    static let grandstreamModules: [ModuleModel] = []

    private static let grandstreamCodecs: [Codec] = [.pcma, .pcmu, .g722, .g729, .opus]

    private static func grandstream(_ id: String, _ name: String, accounts: Int, keys: Int) -> PhoneModel {
        PhoneModel(vendor: .grandstream, id: id, displayName: name, accounts: accounts, keysPerPage: keys, pages: 1,
                   codecs: grandstreamCodecs)
    }

    private static func pCodeOnly(_ firmware: String) -> String { "its last firmware (\(firmware).x) reads only P-code files" }

    private static func grandstreamRefused(_ id: String, _ name: String, _ accounts: Int, _ keys: Int, _ why: String) -> PhoneModel {
        PhoneModel(vendor: .grandstream, id: id, displayName: name, accounts: accounts, keysPerPage: keys, pages: 1,
                   codecs: grandstreamCodecs,
                   endOfLife: "\(why), and Handset writes Grandstream's config version 2 item names; replace it with a GRP26xx")
    }
}
