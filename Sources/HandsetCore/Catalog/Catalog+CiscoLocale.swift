/// Cisco MPP time zones (`Time_Zone` with `Daylight_Saving_Time_Enable` / `_Rule`) and languages
/// (`Language_Selection`, `Locale`).
///
/// Kept apart from the shared locale tables: a Cisco zone is a fixed offset plus a rule of its own, which the shared
/// rows have no column for.
extension Catalog {
    /// What a Cisco phone is told for one IANA zone.
    public struct CiscoZone: Sendable, Equatable {
        /// `GMT+01:00`: Wazo's `_format_tzinfo` spelling (`GMT{hours:+03d}:{minutes:02d}`,
        /// `plugins/wazo_cisco_sip/v12_0_7/common.py`).
        public let timeZone: String
        /// `start=M/D/W/h:m:s;end=…;save=1:0:0`, nil without daylight saving time (same function).
        public let daylightRule: String?
    }

    /// The daylight rules in Wazo's `_format_dst_change` form: month / day (-1 = last week, else the first day of the
    /// week: 1, 8, 15, 22) / weekday (7 = Sunday, Wazo's `week_start_on_monday`) / local time. The EU changes at 01:00
    /// UTC, so the local time follows the standard offset; North America at 02:00 local on the second Sunday of March
    /// and the first of November (the same rule as the `start=3/8/7/02:0:0;end=11/1/7/02:0:0` line of Elastix's
    /// Linksys template, xrobau/elastix `Linksys_local_reference.tpl`); New South Wales and Victoria from the first
    /// Sunday of October 02:00 to the first Sunday of April 03:00.
    private static func eu(_ offsetHours: Int) -> String {
        "start=3/-1/7/\(1 + offsetHours):0:0;end=10/-1/7/\(2 + offsetHours):0:0;save=1:0:0"
    }
    private static let northAmerica = "start=3/8/7/2:0:0;end=11/1/7/2:0:0;save=1:0:0"
    private static let southEastAustralia = "start=10/1/7/2:0:0;end=4/1/7/3:0:0;save=1:0:0"

    /// The zones Handset has a Cisco value for: each with its standard offset and, where it keeps daylight saving
    /// time, the rule it follows today. Zones not listed are refused on Cisco phones (E0701) rather than guessed.
    static let ciscoZones: [String: CiscoZone] = {
        var zones: [String: CiscoZone] = [:]
        func add(_ names: [String], _ timeZone: String, _ rule: String? = nil) {
            for name in names { zones[name] = CiscoZone(timeZone: timeZone, daylightRule: rule) }
        }
        add(["America/New_York", "America/Toronto", "America/Detroit"], "GMT-05:00", northAmerica)
        add(["America/Chicago", "America/Winnipeg"], "GMT-06:00", northAmerica)
        add(["America/Denver", "America/Edmonton"], "GMT-07:00", northAmerica)
        add(["America/Phoenix"], "GMT-07:00")
        add(["America/Los_Angeles", "America/Vancouver"], "GMT-08:00", northAmerica)
        add(["America/Anchorage"], "GMT-09:00", northAmerica)
        add(["Pacific/Honolulu"], "GMT-10:00")
        add(["America/Halifax"], "GMT-04:00", northAmerica)
        add(["America/Sao_Paulo", "America/Argentina/Buenos_Aires"], "GMT-03:00")
        add(["UTC"], "GMT+00:00")
        add(["Europe/London", "Europe/Dublin", "Europe/Lisbon"], "GMT+00:00", eu(0))
        add(["Europe/Tirane", "Europe/Vienna", "Europe/Brussels", "Europe/Zagreb", "Europe/Prague", "Europe/Copenhagen",
             "Europe/Paris", "Europe/Berlin", "Europe/Budapest", "Europe/Rome", "Europe/Luxembourg", "Europe/Amsterdam",
             "Europe/Oslo", "Europe/Warsaw", "Europe/Madrid", "Europe/Stockholm", "Europe/Zurich"], "GMT+01:00", eu(1))
        add(["Europe/Helsinki", "Europe/Athens", "Europe/Tallinn", "Europe/Riga", "Europe/Vilnius", "Europe/Bucharest",
             "Europe/Sofia", "Europe/Kyiv"], "GMT+02:00", eu(2))
        add(["Europe/Istanbul", "Europe/Moscow", "Africa/Nairobi", "Asia/Baghdad"], "GMT+03:00")
        add(["Asia/Dubai"], "GMT+04:00")
        add(["Asia/Karachi"], "GMT+05:00")
        add(["Asia/Kolkata"], "GMT+05:30")
        add(["Asia/Bangkok"], "GMT+07:00")
        add(["Asia/Shanghai", "Asia/Hong_Kong", "Asia/Singapore", "Australia/Perth"], "GMT+08:00")
        add(["Asia/Tokyo", "Asia/Seoul"], "GMT+09:00")
        add(["Australia/Brisbane"], "GMT+10:00")
        add(["Australia/Sydney", "Australia/Melbourne"], "GMT+10:00", southEastAustralia)
        return zones
    }()

    /// The Cisco values for an IANA zone, nil when Handset has none for Cisco.
    public static func ciscoZone(_ iana: String) -> CiscoZone? { ciscoZones[iana] }

    /// `Language_Selection` values by ISO 639-1 code. Only English: another language needs Cisco's dictionary files
    /// on a server named by `Dictionary_Server_Script` (Wazo serves `en-US_88xx-12.0.4.0002.xml`, ... from
    /// `/locales/`, `plugins/wazo_cisco_sip/v12_0_7/templates/88*.tpl`), which are Cisco's downloads and which Handset
    /// does not publish; without them the phone cannot show the language, so other languages are refused (E0702).
    static let ciscoLanguages: [String: (selection: String, locale: String)] = ["en": ("English", "en-US")]

    /// The `Language_Selection` value for an ISO 639-1 code, nil when Cisco phones cannot take it from Handset.
    public static func ciscoLanguage(_ code: String) -> String? { ciscoLanguages[code.lowercased()]?.selection }

    /// The `Locale` value (`en-US`, Wazo's `_LOCALE`) for an ISO 639-1 code.
    public static func ciscoLocale(_ code: String) -> String? { ciscoLanguages[code.lowercased()]?.locale }
}
