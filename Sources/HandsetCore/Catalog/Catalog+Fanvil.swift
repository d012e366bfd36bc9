/// Fanvil X-series desk phones provisioned in the `sysConf` XML dialect (facts: `vendors/fanvil.md`).
///
/// Sources of the numbers (W = wazo-platform/wazo-provd-plugins @ 2321a3f, `plugins/wazo_fanvil/serie_x/`):
/// - models: the ones Wazo provisions with `base-new.tpl` (`sysConf`), i.e. its `_NEW_MODEL_REGEX`
///   `^X([4-9][UC]|(210i?)|7)([- ](Pro|V2))?$` (`common/common.py`) over the `MODELS` of `serie_x/entry.py`.
/// - accounts: `lines` of Wazo's capability data (`serie_x/plugin-info`): X4U 12, X5U 16, X6U/X7/X7C/X210 20.
/// - keys: `function_keys` of the same capability data (X4U 30, X5U 34, X6U 72, X210 116, X210 V2/Pro 106), laid out
///   as pages of Wazo's `FUNCTION_KEYS_PER_PAGE` (X4U/X5U 6, X6U 12, X210 32) and rounded down to whole pages where
///   the count is not a multiple (X5U 30 of 34, X210 96 of 116 or 106), the smaller figure as for every vendor. The
///   emitter puts the first keys on the side (line) keys and the rest on the function-key pages, as Wazo splits them.
///   X7 and X7C: Wazo has no key layout for them (no entry in its per-page tables, so its files carry no keys), and
///   neither does any other source used here, so Handset writes no keys on them (capacity 0).
/// - expansion modules: none. Wazo's capability data gives 0 for every model; FusionPBX writes `<external>` blocks of
///   20 keys (`fanvil/x6u/{$mac}.cfg`), but no second source confirms how EXT modules are addressed.
/// - codecs: the per-line `VoiceCodecMap` lists of Tancredi (`data/templates/fanvil-X5.tmpl`: `PCMU,PCMA,G722,G729,…,
///   opus`) and FusionPBX (`fanvil/x6u/{$mac}.cfg`), of which Handset names five.
///
/// Refused (end of life for Handset): the X-series models Wazo provisions only in the legacy `VOIP_CONFIG_FILE`
/// dialect (`base.tpl`: X2, X3, X3S, X3SG, X4, X5, X5S, X6, X6V2), while Handset writes `sysConf`. Their accounts and
/// keys are Wazo's capability data.
extension Catalog {
    static let fanvilModels: [PhoneModel] = [
        fanvil("x4u", "X4U", accounts: 12, keysPerPage: 6, pages: 5),
        fanvil("x4u-pro", "X4U Pro", accounts: 12, keysPerPage: 6, pages: 5),
        fanvil("x4u-v2", "X4U-V2", accounts: 12, keysPerPage: 6, pages: 5),
        fanvil("x5u", "X5U", accounts: 16, keysPerPage: 6, pages: 5),
        fanvil("x5u-pro", "X5U Pro", accounts: 16, keysPerPage: 6, pages: 5),
        fanvil("x5u-v2", "X5U-V2", accounts: 16, keysPerPage: 6, pages: 5),
        fanvil("x6u", "X6U", accounts: 20, keysPerPage: 12, pages: 6),
        fanvil("x6u-pro", "X6U Pro", accounts: 20, keysPerPage: 12, pages: 6),
        fanvil("x210", "X210", accounts: 20, keysPerPage: 32, pages: 3),
        fanvil("x210i", "X210i", accounts: 20, keysPerPage: 32, pages: 3),
        fanvil("x210-pro", "X210 Pro", accounts: 20, keysPerPage: 32, pages: 3),
        fanvil("x210-v2", "X210-V2", accounts: 20, keysPerPage: 32, pages: 3),
        fanvil("x7", "X7", accounts: 20, keysPerPage: 0, pages: 1),
        fanvil("x7c", "X7C", accounts: 20, keysPerPage: 0, pages: 1),
        fanvilRefused("x2", "X2", 2, 0),
        fanvilRefused("x3", "X3", 2, 0),
        fanvilRefused("x3s", "X3S", 2, 0),
        fanvilRefused("x3sg", "X3SG", 2, 0),
        fanvilRefused("x4", "X4", 4, 30),
        fanvilRefused("x5", "X5", 16, 40),
        fanvilRefused("x5s", "X5S", 16, 40),
        fanvilRefused("x6", "X6", 20, 60),
        fanvilRefused("x6v2", "X6V2", 20, 60),
    ]

    /// None: see above.
    static let fanvilModules: [ModuleModel] = []

    private static let fanvilCodecs: [Codec] = [.pcma, .pcmu, .g722, .g729, .opus]

    private static func fanvil(_ id: String, _ name: String, accounts: Int, keysPerPage: Int, pages: Int) -> PhoneModel {
        PhoneModel(vendor: .fanvil, id: id, displayName: name, accounts: accounts, keysPerPage: keysPerPage, pages: pages,
                   codecs: fanvilCodecs)
    }

    private static func fanvilRefused(_ id: String, _ name: String, _ accounts: Int, _ keys: Int) -> PhoneModel {
        PhoneModel(vendor: .fanvil, id: id, displayName: name, accounts: accounts, keysPerPage: keys, pages: 1,
                   codecs: fanvilCodecs,
                   endOfLife: "its firmware is provisioned in Fanvil's legacy VOIP_CONFIG_FILE dialect (Wazo base.tpl), "
                       + "and Handset writes the sysConf dialect of the X-U series; replace it with an X4U, X5U or X6U")
    }
}
