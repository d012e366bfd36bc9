/// Htek UC9xx desk phones and their expansion module.
///
/// Accounts ("lines") come from Wazo's capability data (`plugins/wazo_htek/v2_0_4_6_41/plugin-info`); line-key
/// counts from `_NB_LINEKEYS` in `plugins/wazo_htek/common/common.py`. The "E" and "G" variants share their base
/// model's common file (`cfg0010.xml` UC926/UC926E, `cfg0012.xml` UC924/UC924E, `cfg0019.xml` UC912/G/E), so they
/// get its figures. No source gives a page split, so each model has one page holding all its keys.
///
/// Left out on purpose: the UC921 (named in Wazo's plugin description but with no capability entry) and the U
/// models (UC923U, UC924U, UC926U), which take the named-tag XML dialect and whose key counts and device codes no
/// source gives.
extension Catalog {
    static let htekModels: [PhoneModel] = [
        // No programmable line keys: Wazo lists 0 function keys and has no `_NB_LINEKEYS` entry.
        htek("uc902", "UC902", accounts: 4, keys: 0),
        htek("uc903", "UC903", accounts: 6, keys: 20),
        htek("uc912", "UC912", accounts: 4, keys: 12),
        htek("uc912e", "UC912E", accounts: 4, keys: 12),
        htek("uc912g", "UC912G", accounts: 4, keys: 12),
        htek("uc923", "UC923", accounts: 8, keys: 20),
        htek("uc924", "UC924", accounts: 12, keys: 28),
        htek("uc924e", "UC924E", accounts: 12, keys: 28),
        htek("uc926", "UC926", accounts: 16, keys: 36),
        htek("uc926e", "UC926E", accounts: 16, keys: 36),
    ]

    /// None. FusionPBX's UC9xx templates (and Tancredi's Sangoma macros) address six modules of 2 pages of 20 keys
    /// (P60000 + 1000(M-1) + 100(page-1) + 5(key-1)), but the same block stands in the UC903 template, which has no
    /// module port, Wazo's capability data gives every UC9xx 0 modules, and no public source names the module or
    /// the models that take it. A module no phone is known to take stays out of the catalog.
    static let htekModules: [ModuleModel] = []

    // Payload choices in Wazo's shared UC9xx template (P57...P62): 0 PCMU, 8 PCMA, 9 G.722, 120 Opus (P402 sets
    // Opus to 120); G.729 is payload 18 in FusionPBX's codec comment. The template is the same for every model.
    private static let htekCodecs: [Codec] = [.pcma, .pcmu, .g722, .g729, .opus]

    /// Accounts Handset can provision on an Htek: the P-codes of accounts 7 and up are not known reliably (Wazo's
    /// formula gives colliding codes there), so the emitter writes six and validation refuses more.
    static let htekProvisionableAccounts = 6

    private static func htek(_ id: String, _ name: String, accounts: Int, keys: Int) -> PhoneModel {
        PhoneModel(vendor: .htek, id: id, displayName: name, accounts: min(accounts, htekProvisionableAccounts), keysPerPage: keys, pages: 1,
                   codecs: htekCodecs)
    }
}
