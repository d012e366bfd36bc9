/// UI languages by ISO 639-1 code and the value each vendor's phones take for them.
///
/// A vendor's value is nil where no source gave it (validation refuses the language for that vendor only). Htek's P8621 is the gap: the only
/// value in any stored source is `0`, in FusionPBX's UC924 template (`resources/templates/provision/htek/uc924/
/// {$mac}.cfg`), a US-English default with no comment, and Wazo's Htek plugin does not set the language at all.
/// So only English is listed, and even its Htek value rests on that default.
///
/// Sources of the Yealink and Snom values:
/// - Yealink `lang.gui` (Wazo `_LOCALE`, `plugins/wazo_yealink/v86/common.py`): German, French, Italian, Spanish.
/// - Snom `language`: Deutsch and Italiano in both Wazo (`plugins/wazo_snom/common/common.py`) and NethServer's Snom
///   UI; French, Spanish and Dutch differ between them ("Francais"/"Français", "Espanol"/"Español",
///   "Dutch"/"Nederlands") and need a Snom source to settle.
extension Catalog {
    public static let languages: [LanguageMapping] = [
        LanguageMapping(code: "de", yealink: "German", snom: "Deutsch", htek: nil),
        LanguageMapping(code: "en", yealink: "English", snom: "English", htek: "0"),
        LanguageMapping(code: "es", yealink: "Spanish", snom: nil, htek: nil),
        LanguageMapping(code: "fr", yealink: "French", snom: nil, htek: nil),
        LanguageMapping(code: "it", yealink: "Italian", snom: "Italiano", htek: nil),
    ]

    private static let languagesByCode: [String: LanguageMapping] =
        Dictionary(languages.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })

    /// The mapping for an ISO 639-1 code (`de`, case-insensitive), or nil when the catalog does not know it.
    public static func language(_ code: String) -> LanguageMapping? { languagesByCode[code.lowercased()] }
}
