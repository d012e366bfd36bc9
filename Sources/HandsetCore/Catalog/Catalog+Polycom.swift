/// Poly (Polycom) VVX desk phones on UC Software 5.x and 6.x (facts: `vendors/polycom.md`).
///
/// Sources of the numbers (W = wazo-platform/wazo-provd-plugins):
/// - accounts and keys: the `lines` and `function_keys` capabilities of W `plugins/wazo_polycom/v6_4_6/plugin-info`
///   (x01/x11/x50 models and VVX101/150/201/250) and `v5_9_2/plugin-info` (VVX300/310/400/410/500/600, whose last
///   Wazo plugin is 5.9.2). Keys are the phone's own line keys; W `common.py` `_NB_FKEY` gives the same counts.
/// - expansion modules: none in the catalog. Wazo counts 3 modules of 40 keys for the x0x/x1x/450/500/600 phones
///   (`_EXPANSION`), but the module names (VVX EM50, VVX Color Expansion Module) and their paging are UNVERIFIED in the
///   fact sheet, so `expansion_modules` is refused on Polycom phones until they are checked.
/// - codecs: G.711 mu/A-law, G.722 and G.729AB are the four `voice.codecPref.*` names both the fact sheet and the
///   FusionPBX CCX500 template give. Opus is written by that template for the CCX500 only; which VVX models and
///   releases take it is not in the sources, so it is left out (the smaller figure, as for every vendor).
///
/// Refused, each with its reason: the SoundPoint IP and VVX1500, whose last UCS releases predate what Handset writes
/// (Wazo keeps SoundPoint IP only in its 3.x/4.x plugins and the VVX1500 last in 5.9.2 with its own boot block file);
/// the OBi editions (VVX 150/250/350/450 OBi, D230), which read a different `<ParameterList>` dialect (FusionPBX
/// `poly/poly-vvx-450`, `poly/poly-vvx-d230`); and the Edge E series, whose file layout is UNVERIFIED.
extension Catalog {
    static let polycomModels: [PhoneModel] = [
        polycom("vvx101", "VVX101", accounts: 1, keys: 2),
        polycom("vvx150", "VVX150", accounts: 2, keys: 2),
        polycom("vvx201", "VVX201", accounts: 2, keys: 2),
        polycom("vvx250", "VVX250", accounts: 4, keys: 4),
        polycom("vvx300", "VVX300", accounts: 6, keys: 6),
        polycom("vvx301", "VVX301", accounts: 6, keys: 6),
        polycom("vvx310", "VVX310", accounts: 6, keys: 6),
        polycom("vvx311", "VVX311", accounts: 6, keys: 6),
        polycom("vvx350", "VVX350", accounts: 6, keys: 6),
        polycom("vvx400", "VVX400", accounts: 12, keys: 12),
        polycom("vvx401", "VVX401", accounts: 12, keys: 12),
        polycom("vvx410", "VVX410", accounts: 12, keys: 12),
        polycom("vvx411", "VVX411", accounts: 12, keys: 12),
        polycom("vvx450", "VVX450", accounts: 12, keys: 12),
        polycom("vvx500", "VVX500", accounts: 12, keys: 12),
        polycom("vvx501", "VVX501", accounts: 12, keys: 12),
        polycom("vvx600", "VVX600", accounts: 16, keys: 16),
        polycom("vvx601", "VVX601", accounts: 16, keys: 16),
        // Accounts and keys of the refused models: W v5_9_2 (VVX1500) and v4_0_11 (SoundPoint IP) plugin-info, the OBi
        // editions as their UCS siblings.
        polycomRefused("vvx1500", "VVX1500", 6, 6, "its last UC Software (5.9.x) needs its own boot block and Handset targets the VVX x01/x11/x50 line"),
        polycomRefused("spip450", "SoundPoint IP 450", 3, 2, soundPoint),
        polycomRefused("spip550", "SoundPoint IP 550", 4, 3, soundPoint),
        polycomRefused("spip650", "SoundPoint IP 650", 6, 47, soundPoint),
        polycomRefused("vvx150-obi", "VVX 150 OBi Edition", 2, 2, obi),
        polycomRefused("vvx250-obi", "VVX 250 OBi Edition", 4, 4, obi),
        polycomRefused("vvx350-obi", "VVX 350 OBi Edition", 6, 6, obi),
        polycomRefused("vvx450-obi", "VVX 450 OBi Edition", 12, 12, obi),
        polycomRefused("vvxd230", "VVX D230", 1, 0, obi),
        polycomRefused("edge-e550", "Edge E550", 1, 0, "the Edge E series runs a later software line whose file names the sources do not settle"),
    ]

    /// None: see above.
    static let polycomModules: [ModuleModel] = []

    private static let polycomCodecs: [Codec] = [.pcma, .pcmu, .g722, .g729]

    private static let soundPoint = "SoundPoint IP phones stop at UC Software 4.x (SIP 3.x file names), which Handset does not write"
    private static let obi = "the OBi Edition reads <ParameterList> files of its own dialect, which Handset does not write"

    private static func polycom(_ id: String, _ name: String, accounts: Int, keys: Int) -> PhoneModel {
        PhoneModel(vendor: .polycom, id: id, displayName: name, accounts: accounts, keysPerPage: keys, pages: 1,
                   codecs: polycomCodecs)
    }

    private static func polycomRefused(_ id: String, _ name: String, _ accounts: Int, _ keys: Int, _ why: String) -> PhoneModel {
        PhoneModel(vendor: .polycom, id: id, displayName: name, accounts: accounts, keysPerPage: keys, pages: 1,
                   codecs: polycomCodecs, endOfLife: "\(why); replace it with a VVX x01, x11 or x50 model")
    }
}
