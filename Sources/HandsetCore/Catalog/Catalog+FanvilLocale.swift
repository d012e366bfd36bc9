/// Fanvil's own values for tones (`<mm><SelectYourTone>`), languages (`<display><DefaultLanguage>`) and time zones
/// (`<date>`: `TimeZone`, `TimeZoneName` and the DST rule).
///
/// Kept apart from the shared locale tables, whose rows hold one value per vendor: a Fanvil zone is an offset, a name
/// and a DST rule, which those rows have no column for.
extension Catalog {
    /// `SelectYourTone` codes by ISO 3166-1 code: Tancredi's `tones_code` (`data/templates/fanvil.macros`), which
    /// covers every country of `Catalog.countries`; Wazo's `_COUNTRY` (`plugins/wazo_fanvil/common/common.py`) agrees
    /// on all it has (DE 2, ES 33, FR 25, GB 13, IT 21, NL 5, US 11, CA 18).
    static let fanvilTones: [String: Int] = [
        "AT": 22, "AU": 15, "CH": 9, "CN": 1, "DE": 2, "DK": 23, "ES": 33, "FR": 25, "GB": 13, "GR": 26, "IN": 29,
        "IT": 21, "JP": 4, "MX": 30, "NL": 5, "NO": 6, "NZ": 31, "SE": 8, "US": 11,
    ]

    /// The `SelectYourTone` code of a country, nil when Fanvil's list has none.
    public static func fanvilTone(_ iso: String) -> Int? { fanvilTones[iso.uppercased()] }

    /// `DefaultLanguage` codes by ISO 639-1 code: the languages of Wazo's `_NEW_SUPPORTED_LANGUAGES`
    /// (`common/common.py`, for the sysConf models) that are spelled as the ISO code; Tancredi's `language_codeNEW`
    /// agrees on `en` and `it`. Wazo writes Czech as `cz` only by way of a locale it never maps, so Czech is left out.
    static let fanvilLanguages: [String: String] = [
        "de": "de", "en": "en", "es": "es", "fr": "fr", "it": "it", "nl": "nl", "pl": "pl", "pt": "pt", "ru": "ru",
        "tr": "tr",
    ]

    /// The `DefaultLanguage` value for an ISO 639-1 code, nil when Handset has none for Fanvil.
    public static func fanvilLanguage(_ code: String) -> String? { fanvilLanguages[code.lowercased()] }

    /// A Fanvil time zone: `TimeZone` is the standard offset in quarter hours (UTC+1 is 4, UTC-5 is -20), `TimeZoneName`
    /// Wazo's name for that offset (`serie_x/entry.py` `_TZ_INFO`: `UTC+1`, `UTC-05`; Tancredi writes `UTC` for UTC,
    /// where Wazo writes `UCT`), and the DST rule.
    public struct FanvilZone: Sendable, Equatable {
        public let quarterHours: Int
        public let name: String
        public let dst: FanvilDST?
    }

    /// A yearly DST rule as Wazo's `base-new.tpl` writes it (`_extract_dst_change`): month, week of the month
    /// (-1 = last), weekday (0 = Sunday) and local hour of each change, and the saving in minutes.
    public struct FanvilDST: Sendable, Equatable {
        public let startMonth: Int, startWeek: Int, startHour: Int
        public let endMonth: Int, endWeek: Int, endHour: Int
        public let minutes = 60
        public let weekday = 0
    }

    /// EU: last Sunday of March 01:00 UTC to last Sunday of October 01:00 UTC, in local hours for each offset.
    private static func eu(_ standardHours: Int) -> FanvilDST {
        FanvilDST(startMonth: 3, startWeek: -1, startHour: 1 + standardHours, endMonth: 10, endWeek: -1, endHour: 2 + standardHours)
    }

    /// US and Canada: second Sunday of March 02:00 to first Sunday of November 02:00, local.
    private static let northAmerica = FanvilDST(startMonth: 3, startWeek: 2, startHour: 2, endMonth: 11, endWeek: 1, endHour: 2)

    /// South-east Australia: first Sunday of October 02:00 to first Sunday of April 03:00, local.
    private static let australia = FanvilDST(startMonth: 10, startWeek: 1, startHour: 2, endMonth: 4, endWeek: 1, endHour: 3)

    /// Zones by IANA name, each with its rule today; whole-hour offsets only, as Wazo's names go by the hour.
    public static let fanvilZones: [String: FanvilZone] = {
        var zones: [String: FanvilZone] = [:]
        func add(_ names: [String], _ hours: Int, _ dst: FanvilDST?) {
            for name in names { zones[name] = FanvilZone(quarterHours: hours * 4, name: zoneName(hours), dst: dst) }
        }
        add(["Europe/London", "Europe/Dublin", "Europe/Lisbon"], 0, eu(0))
        add(["Europe/Berlin", "Europe/Paris", "Europe/Rome", "Europe/Madrid", "Europe/Amsterdam", "Europe/Brussels",
             "Europe/Vienna", "Europe/Zurich", "Europe/Stockholm", "Europe/Oslo", "Europe/Copenhagen", "Europe/Warsaw",
             "Europe/Prague", "Europe/Budapest", "Europe/Luxembourg"], 1, eu(1))
        add(["Europe/Helsinki", "Europe/Athens", "Europe/Bucharest", "Europe/Riga", "Europe/Tallinn", "Europe/Vilnius",
             "Europe/Sofia", "Europe/Kyiv"], 2, eu(2))
        add(["America/Halifax"], -4, northAmerica)
        add(["America/New_York", "America/Toronto"], -5, northAmerica)
        add(["America/Chicago", "America/Winnipeg"], -6, northAmerica)
        add(["America/Denver", "America/Edmonton"], -7, northAmerica)
        add(["America/Los_Angeles", "America/Vancouver"], -8, northAmerica)
        add(["America/Anchorage"], -9, northAmerica)
        add(["Australia/Sydney", "Australia/Melbourne"], 10, australia)
        add(["UTC"], 0, nil)
        add(["America/Sao_Paulo", "America/Argentina/Buenos_Aires"], -3, nil)
        add(["America/Phoenix"], -7, nil)
        add(["Pacific/Honolulu"], -10, nil)
        add(["Europe/Moscow", "Africa/Nairobi"], 3, nil)
        add(["Asia/Dubai"], 4, nil)
        add(["Asia/Bangkok"], 7, nil)
        add(["Asia/Shanghai", "Asia/Singapore", "Asia/Hong_Kong", "Australia/Perth"], 8, nil)
        add(["Asia/Tokyo", "Asia/Seoul"], 9, nil)
        add(["Australia/Brisbane"], 10, nil)
        return zones
    }()

    /// Wazo's `_TZ_INFO` names: `UTC+1` ... `UTC+12`, `UTC-01` ... `UTC-12`; `UTC` for zero (Tancredi's `tz_map`).
    private static func zoneName(_ hours: Int) -> String {
        if hours == 0 { return "UTC" }
        if hours > 0 { return "UTC+\(hours)" }
        return hours > -10 ? "UTC-0\(-hours)" : "UTC\(hours)"
    }

    /// The Fanvil zone for an IANA name, nil when Handset has none for Fanvil.
    public static func fanvilZone(_ iana: String) -> FanvilZone? { fanvilZones[iana] }
}
