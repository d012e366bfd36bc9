/// Snom desk phones (7xx, D3xx, D7xx, D8xx) and the D7 / D7C expansion modules.
///
/// Accounts ("lines"), function keys and module counts come from Wazo's capability data:
/// `plugins/wazo_snom/v10_1_215_13/plugin-info` for models on firmware 10.1 and
/// `plugins/wazo_snom/v8_9_3_80/plugin-info` for those whose last firmware is 8.9.3. NethServer's Tancredi scopes
/// (`data/scopes/snom-*.ini`) are the second source; where they disagree the model says which figure is used. Snom function keys are one flat `idx` range, and no source gives a page
/// split, so every model has one page holding all its keys.
///
/// Firmware 8.9.3: the models below marked "8.9.3 only" are not refused. The team notes cover firmware 8.x and 10.x
/// and gate the newer features by version (`action="remove"` 10.1.57, remote XML directory 10.1.178,
/// `checksync_action` 10.1.180); everything else Handset writes for Snom (XML settings, fkeys, tbook with
/// `complete`) works from 8.2. That they are end of life at Snom is unverified, and refusing them would turn away
/// phones that provision fine; the emitter has to gate the 10.1-only features on them instead.
extension Catalog {
    static let snomModels: [PhoneModel] = [
        snom("710", "710", accounts: 4, keys: 5),  // 8.9.3 only
        // Keys: the 10.1 plugin says 3, the 8.9.3 plugin and NethServer say 5; 3 is used. Modules: only the 10.1
        // plugin lists them (3), and the 715 runs 10.1.
        snom("715", "715", accounts: 4, keys: 3, modules: ["snom/d7"], maxModules: 3),
        snom("720", "720", accounts: 12, keys: 18),  // 8.9.3 only
        snom("725", "725", accounts: 12, keys: 18, modules: ["snom/d7"], maxModules: 3),  // 8.9.3 only
        snom("760", "760", accounts: 12, keys: 16),  // 8.9.3 only
        // Keys: Wazo says 5, NethServer's map gives 6 (idx 0...5); 5 is used.
        snom("d305", "D305", accounts: 4, keys: 5),  // 8.9.3 only
        // The D3xx take Snom's D3 module (a D3 review on weekly-geekly-es.imtqy.com says it fits all D3xx), not
        // the D7 the team notes name, and the D3's size is not in any source; no module is allowed until it is.
        snom("d315", "D315", accounts: 4, keys: 5),  // 8.9.3 only
        // D335, D345, D385: 48 keys (12 per page, 4 pages, one idx range), from Tancredi's scopes
        // (`data/scopes/snom-D3x5.ini` cap_linekey_count 48) and, for the D345 and D385, Wazo's 10.1 plugins
        // (v10_1_54_13 and later plugin-info: 48). Only Wazo's old 8.9.3 plugin gives the D345 5 keys; every Wazo 10.1
        // plugin gives the D335 32, so the D335's 48 rests on Tancredi alone (the fact sheet follows it).
        snom("d335", "D335", accounts: 12, keys: 48),
        snom("d345", "D345", accounts: 12, keys: 48),
        snom("d375", "D375", accounts: 12, keys: 12),  // 8.9.3 only
        snom("d385", "D385", accounts: 12, keys: 48),
        snom("d712", "D712", accounts: 4, keys: 5),  // 8.9.3 only
        snom("d713", "D713", accounts: 6, keys: 4),
        snom("d717", "D717", accounts: 6, keys: 3, modules: ["snom/d7c"], maxModules: 3),
        snom("d735", "D735", accounts: 12, keys: 32, modules: ["snom/d7c"], maxModules: 3),
        snom("d745", "D745", accounts: 12, keys: 32, modules: ["snom/d7"], maxModules: 3),  // 8.9.3 only
        snom("d765", "D765", accounts: 12, keys: 16, modules: ["snom/d7", "snom/d7c"], maxModules: 3),  // 8.9.3 only
        snom("d785", "D785", accounts: 12, keys: 24, modules: ["snom/d7c"], maxModules: 3),
        // D8xx: Wazo allows 3 modules but no source names which module fits, so none is allowed yet.
        snom("d810", "D810", accounts: 12, keys: 16),
        snom("d812", "D812", accounts: 12, keys: 32),
        snom("d815", "D815", accounts: 12, keys: 40),
        snom("d862", "D862", accounts: 8, keys: 32),
        snom("d865", "D865", accounts: 12, keys: 40),
        snom("d892", "D892", accounts: 12, keys: 40),
    ]

    /// Both modules take 18 keys of the `idx` range each (NethServer's map gives D7xx hosts three blocks of 18).
    /// Whether the D7C pages a second set of 18 is unverified, so one page is assumed.
    static let snomModules: [ModuleModel] = [
        ModuleModel(vendor: .snom, id: "d7", displayName: "D7", keysPerPage: 18, pages: 1),
        ModuleModel(vendor: .snom, id: "d7c", displayName: "D7C", keysPerPage: 18, pages: 1),
    ]

    // The codec tokens both Wazo and FusionPBX send in `codec_priority_list`; neither lists Opus.
    private static let snomCodecs: [Codec] = [.pcma, .pcmu, .g722, .g729]

    private static func snom(_ id: String, _ name: String, accounts: Int, keys: Int,
                             modules: [String] = [], maxModules: Int = 0) -> PhoneModel {
        PhoneModel(vendor: .snom, id: id, displayName: name, accounts: accounts, keysPerPage: keys, pages: 1,
                   modules: modules, maxModules: maxModules, codecs: snomCodecs)
    }
}
