/// A country's call-progress tones as each vendor names them.
public struct CountryTones: Sendable {
    /// ISO 3166-1 alpha-2, uppercase.
    public let iso: String
    /// Yealink `voice.tone.country`: the English country name.
    public let yealink: String
    /// Snom `tone_scheme`: Snom's three-letter code.
    public let snom: String
    /// Htek P20058 (`ToneSelectCountry`): the index of Htek's country table.
    public let htek: Int
}

extension Catalog {
    /// The countries all three vendors' tone tables have a tone set of their own for, and only those: a country
    /// one vendor would have to approximate with a neighbour's tones is refused rather than sounding wrong.
    ///
    /// Sources: Yealink's permitted values of `voice.tone.country` (administrator guide, value list "Custom,
    /// Australia, Austria, ... United States"; Wazo `plugins/wazo_yealink/v86/common.py` `_LOCALE` and FusionPBX
    /// `app/yealink/app_config.php` agree on the spelling, `United States` rather than Tancredi's `USA`); Snom codes
    /// from Tancredi `data/templates/snom.macros` `tonezone` and Wazo `plugins/wazo_snom/common/common.py` `_LOCALE`;
    /// Htek indexes from Wazo `plugins/wazo_htek/common/common.py` `_COUNTRIES`, which Tancredi's
    /// `data/templates/sangoma.macros` `tonezone` repeats (Germany 11, United States 28).
    public static let countries: [CountryTones] = [
        CountryTones(iso: "AT", yealink: "Austria", snom: "AUT", htek: 2),
        CountryTones(iso: "AU", yealink: "Australia", snom: "AUS", htek: 1),
        CountryTones(iso: "CH", yealink: "Switzerland", snom: "SWI", htek: 25),
        CountryTones(iso: "CN", yealink: "China", snom: "CHN", htek: 5),
        CountryTones(iso: "DE", yealink: "Germany", snom: "GER", htek: 11),
        CountryTones(iso: "DK", yealink: "Denmark", snom: "DNK", htek: 8),
        CountryTones(iso: "ES", yealink: "Spain", snom: "ESP", htek: 24),
        CountryTones(iso: "FR", yealink: "France", snom: "FRA", htek: 10),
        CountryTones(iso: "GB", yealink: "Great Britain", snom: "GBR", htek: 12),
        CountryTones(iso: "GR", yealink: "Greece", snom: "GRE", htek: 13),
        CountryTones(iso: "IN", yealink: "India", snom: "IND", htek: 16),
        CountryTones(iso: "IT", yealink: "Italy", snom: "ITA", htek: 17),
        CountryTones(iso: "JP", yealink: "Japan", snom: "JPN", htek: 18),
        CountryTones(iso: "MX", yealink: "Mexico", snom: "MEX", htek: 19),
        CountryTones(iso: "NL", yealink: "Netherlands", snom: "NLD", htek: 21),
        CountryTones(iso: "NO", yealink: "Norway", snom: "NOR", htek: 22),
        CountryTones(iso: "NZ", yealink: "New Zealand", snom: "NZL", htek: 20),
        CountryTones(iso: "SE", yealink: "Sweden", snom: "SWE", htek: 26),
        CountryTones(iso: "US", yealink: "United States", snom: "USA", htek: 28),
    ]

    private static let countriesByISO = Dictionary(uniqueKeysWithValues: countries.map { ($0.iso, $0) })

    /// The tones of an ISO 3166-1 alpha-2 code (case-insensitive), or nil.
    public static func country(_ iso: String) -> CountryTones? { countriesByISO[iso.uppercased()] }
}
