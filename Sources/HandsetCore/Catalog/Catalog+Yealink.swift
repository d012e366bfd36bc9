/// Yealink desk phones and expansion modules.
///
/// Accounts and `linekey.N` ranges come from Wazo's X.86 plugin (`plugins/wazo_yealink/v86/common.py`,
/// `_NB_SIP_ACCOUNTS` and `_NB_LINEKEY`); module sizes and hosts from the same file
/// (`BaseYealinkFunckeyPrefixIterator`). Firmware lines come from the Wazo v83...v87 `entry.py` files. Where
/// FusionPBX's template comments disagree, the smaller figure is used and the disagreement is noted on the model.
/// The split of a range into pages follows the page-switch layout of each model's line keys (the last physical
/// key turns into the page key), which no stored source states; only `keyCapacity` is sourced.
extension Catalog {
    static let yealinkModels: [PhoneModel] = [
        // T40G/T40P: last firmware in Wazo's v84 plugin, absent from v85 onwards.
        yealink("t40g", "T40G", accounts: 3, keysPerPage: 3, pages: 1,
                endOfLife: yealinkEndOfLife("T40G", last: "x.84", replacement: "T41S or T41U")),
        yealink("t40p", "T40P", accounts: 3, keysPerPage: 3, pages: 1,
                endOfLife: yealinkEndOfLife("T40P", last: "x.84", replacement: "T41S or T41U")),
        // T4xG: last firmware in Wazo's v83 plugin; no X.84+ build exists in any source.
        yealink("t41p", "T41P", accounts: 6, keysPerPage: 5, pages: 3,
                endOfLife: yealinkEndOfLife("T41P", last: "x.83", replacement: "T41S or T41U")),
        yealink("t41s", "T41S", accounts: 6, keysPerPage: 5, pages: 3),
        yealink("t41u", "T41U", accounts: 6, keysPerPage: 5, pages: 3),
        yealink("t42g", "T42G", accounts: 12, keysPerPage: 5, pages: 3,
                endOfLife: yealinkEndOfLife("T42G", last: "x.83", replacement: "T42S or T42U")),
        yealink("t42s", "T42S", accounts: 12, keysPerPage: 5, pages: 3),
        yealink("t42u", "T42U", accounts: 12, keysPerPage: 5, pages: 3),
        // linekey range: Wazo common.py says 15, FusionPBX's T43U template comment says 21; 15 is used.
        yealink("t43u", "T43U", accounts: 12, keysPerPage: 5, pages: 3, modules: ["yealink/exp43"], maxModules: 3),
        // linekey range: Wazo common.py says 24, Wazo v86 plugin-info says 21 function keys; 21 is used.
        // Modules: plugin-info says 3, common.py maps the T44 to no module; none is used.
        yealink("t44u", "T44U", accounts: 12, keysPerPage: 7, pages: 3),
        yealink("t44w", "T44W", accounts: 12, keysPerPage: 7, pages: 3),
        yealink("t46g", "T46G", accounts: 16, keysPerPage: 9, pages: 3,
                endOfLife: yealinkEndOfLife("T46G", last: "x.83", replacement: "T46S or T46U")),
        yealink("t46s", "T46S", accounts: 16, keysPerPage: 9, pages: 3, modules: ["yealink/exp40"], maxModules: 6),
        yealink("t46u", "T46U", accounts: 16, keysPerPage: 9, pages: 3, modules: ["yealink/exp43"], maxModules: 3),
        yealink("t48g", "T48G", accounts: 16, keysPerPage: 29, pages: 1,
                endOfLife: yealinkEndOfLife("T48G", last: "x.83", replacement: "T48S or T48U")),
        yealink("t48s", "T48S", accounts: 16, keysPerPage: 29, pages: 1, modules: ["yealink/exp40"], maxModules: 6),
        yealink("t48u", "T48U", accounts: 16, keysPerPage: 29, pages: 1, modules: ["yealink/exp43"], maxModules: 3),
        // T52S/T54S (ROM 70.x): last build is 70.84.0.70 in Wazo's v84 plugin; the v85, v86 and v87 plugins drop
        // them while keeping every other T5x, so they cannot reach X.85 either.
        yealink("t52s", "T52S", accounts: 12, keysPerPage: 7, pages: 3, modules: ["yealink/exp50"], maxModules: 3,
                endOfLife: yealinkEndOfLife("T52S", last: "x.84", replacement: "T53 or T53W")),
        // linekey range: Wazo says 21, FusionPBX's comment groups the T53(W) with the T54W (27); 21 is used.
        yealink("t53", "T53", accounts: 12, keysPerPage: 7, pages: 3, modules: ["yealink/exp50"], maxModules: 3),
        yealink("t53w", "T53W", accounts: 12, keysPerPage: 7, pages: 3, modules: ["yealink/exp50"], maxModules: 3),
        yealink("t54s", "T54S", accounts: 16, keysPerPage: 9, pages: 3, modules: ["yealink/exp50"], maxModules: 3,
                endOfLife: yealinkEndOfLife("T54S", last: "x.84", replacement: "T54W")),
        yealink("t54w", "T54W", accounts: 16, keysPerPage: 9, pages: 3, modules: ["yealink/exp50"], maxModules: 3),
        yealink("t57w", "T57W", accounts: 16, keysPerPage: 29, pages: 1, modules: ["yealink/exp50"], maxModules: 3),
        // Wazo names the T58A (ROM 58.x, common file 058) plain "T58"; fleets use the maker's "T58A".
        yealink("t58a", "T58A", accounts: 16, keysPerPage: 27, pages: 1, modules: ["yealink/exp50"], maxModules: 3),
        yealink("t58w", "T58W", accounts: 16, keysPerPage: 27, pages: 1, modules: ["yealink/exp50"], maxModules: 3),
    ]

    static let yealinkModules: [ModuleModel] = [
        ModuleModel(vendor: .yealink, id: "exp40", displayName: "EXP40", keysPerPage: 20, pages: 2),
        ModuleModel(vendor: .yealink, id: "exp43", displayName: "EXP43", keysPerPage: 20, pages: 3),
        ModuleModel(vendor: .yealink, id: "exp50", displayName: "EXP50", keysPerPage: 20, pages: 3),
    ]

    // Opus is a named codec (`account.N.codec.opus.*`) in the FusionPBX T4xU and Wazo X.86 templates. For the T4xS
    // it is inferred: the X.8x admin guide gives them a twelfth codec slot (payload 107) the T4xG lacks.
    private static let yealinkCodecs: [Codec] = [.pcma, .pcmu, .g722, .g729, .opus]

    private static func yealink(_ id: String, _ name: String, accounts: Int, keysPerPage: Int, pages: Int,
                                modules: [String] = [], maxModules: Int = 0,
                                endOfLife: String? = nil) -> PhoneModel {
        PhoneModel(vendor: .yealink, id: id, displayName: name, accounts: accounts, keysPerPage: keysPerPage,
                   pages: pages, modules: modules, maxModules: maxModules, codecs: yealinkCodecs,
                   endOfLife: endOfLife)
    }

    private static func yealinkEndOfLife(_ name: String, last: String, replacement: String) -> String {
        "the Yealink \(name) cannot run firmware X.85 or later, which Handset's provisioning needs "
            + "(last firmware: \(last)); replace it with a \(replacement)"
    }
}
