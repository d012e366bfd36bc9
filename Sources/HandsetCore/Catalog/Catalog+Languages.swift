/// UI languages by ISO 639-1 code and the value each vendor's phones take for them: every language a vendor table
/// names. A vendor's value is nil where no source gave it; validation refuses the language for that vendor only.
///
/// - Yealink `lang.gui`/`lang.wui`: the LCD list in Yealink's own template comments as FusionPBX ships them
///   (`resources/templates/provision/yealink/*/y0000000000*.cfg`: "English, Chinese_S, Chinese_T, German, French,
///   Turkish, Italian, Polish, Spanish and Portuguese"), Wazo's `_LOCALE` (`plugins/wazo_yealink/v86/common.py`:
///   German, French, Italian, Spanish) and Nethesis' Tancredi (`data/templates/yealink.macros`: also Danish, Dutch,
///   Russian). The same comments give the web UI "Deutsch" where the LCD takes "German"; Tancredi and Wazo write the
///   LCD name to both keys, and so does Handset.
/// - Snom `language`/`web_language`: Tancredi's ISO 639-1 map (`data/templates/snom.macros`), which agrees with
///   Wazo's `_LOCALE` (`plugins/wazo_snom/common/common.py`) on Deutsch, English, Français, Italiano and Nederlands.
///   For Spanish Wazo writes "Espanol" and Tancredi "Español"; Tancredi's, a full list of Snom's own names, is used.
///   Tancredi gives `zh` as "Traditional Chinese", while Yealink's `Chinese_S` is simplified: Snom is left without
///   `zh` rather than mixing scripts under one code.
/// - Htek P8621 (LCD) and P2525 (web): the index of Htek's language table, as Tancredi writes it for Sangoma's
///   Htek-built phones (`data/templates/sangoma.macros`): en 0, fr 1, de 2, es 3, pt 4, ru 5, it 6, pl 7, tr 8,
///   zh 9, nl 10.
extension Catalog {
    public static let languages: [LanguageMapping] = [
        LanguageMapping(code: "bs", yealink: nil, snom: "Bosanski", htek: nil),
        LanguageMapping(code: "cs", yealink: nil, snom: "Čeština", htek: nil),
        LanguageMapping(code: "da", yealink: "Danish", snom: "Dansk", htek: nil),
        LanguageMapping(code: "de", yealink: "German", snom: "Deutsch", htek: "2"),
        LanguageMapping(code: "en", yealink: "English", snom: "English", htek: "0"),
        LanguageMapping(code: "es", yealink: "Spanish", snom: "Español", htek: "3"),
        LanguageMapping(code: "fi", yealink: nil, snom: "Suomi", htek: nil),
        LanguageMapping(code: "fr", yealink: "French", snom: "Français", htek: "1"),
        LanguageMapping(code: "hu", yealink: nil, snom: "Magyar", htek: nil),
        LanguageMapping(code: "it", yealink: "Italian", snom: "Italiano", htek: "6"),
        LanguageMapping(code: "lt", yealink: nil, snom: "Lietuvių", htek: nil),
        LanguageMapping(code: "nl", yealink: "Dutch", snom: "Nederlands", htek: "10"),
        LanguageMapping(code: "no", yealink: nil, snom: "Norsk", htek: nil),
        LanguageMapping(code: "pl", yealink: "Polish", snom: nil, htek: "7"),
        LanguageMapping(code: "pt", yealink: "Portuguese", snom: "Português", htek: "4"),
        LanguageMapping(code: "ru", yealink: "Russian", snom: "Русский", htek: "5"),
        LanguageMapping(code: "sl", yealink: nil, snom: "Slovenščina", htek: nil),
        LanguageMapping(code: "sv", yealink: nil, snom: "Svenska", htek: nil),
        LanguageMapping(code: "tr", yealink: "Turkish", snom: "Türkçe", htek: "8"),
        LanguageMapping(code: "zh", yealink: "Chinese_S", snom: nil, htek: "9"),
    ]

    private static let languagesByCode: [String: LanguageMapping] =
        Dictionary(languages.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })

    /// The mapping for an ISO 639-1 code (`de`, case-insensitive), or nil when the catalog does not know it.
    public static func language(_ code: String) -> LanguageMapping? { languagesByCode[code.lowercased()] }
}
