/// One ISO 639-1 language and the name or code each vendor uses for its phone UI.
///
/// A vendor's value is nil where no source gave it; validation then refuses the language for that vendor's
/// phones only, instead of dropping a language every other vendor knows.
public struct LanguageMapping: Sendable {
    /// ISO 639-1 code, as fleets write it: `de`.
    public let code: String
    /// Yealink `lang.gui` / `lang.wui` name, e.g. `German`.
    public let yealink: String?
    /// Snom `language` name, e.g. `Deutsch`.
    public let snom: String?
    /// Htek P8621 (LCD) and P2525 (web) index.
    public let htek: String?

    public init(code: String, yealink: String?, snom: String?, htek: String?) {
        self.code = code
        self.yealink = yealink
        self.snom = snom
        self.htek = htek
    }

    /// The vendor's value, if known.
    public func value(for vendor: Vendor) -> String? {
        switch vendor {
        case .yealink: return yealink
        case .snom: return snom
        case .htek: return htek
        case .grandstream: return Catalog.grandstreamLanguage(code)
        case .fanvil: return Catalog.fanvilLanguage(code)
        case .polycom: return Catalog.polycomLanguage(code)
        case .cisco: return Catalog.ciscoLanguage(code)
        }
    }
}
