/// Grandstream's own values for languages (`language.gui`, P1362) and time zones (`dateTime.timezone`, P64).
///
/// Kept apart from the shared locale tables, whose rows hold one value per vendor: Grandstream takes a POSIX-style
/// rule string for the zone, which those rows have no column for.
extension Catalog {
    /// `language.gui` codes by ISO 639-1 code. The list is the one FusionPBX's Grandstream-authored template
    /// documents (`resources/templates/provision/grandstream/grp2614/{$mac}.xml`, "Display Language": ar, cz, de, en,
    /// es, fr, he, hr, hu, it, ja, ko, lv, nl, pl, pt, ru, sl, se, tr, zh); de, es, fr, it, nl and en agree with
    /// Wazo's `LOCALE` (`plugins/wazo_grandstream/common/common.py`). Grandstream spells Czech `cz` and Swedish `se`.
    static let grandstreamLanguages: [String: String] = [
        "ar": "ar", "cs": "cz", "de": "de", "en": "en", "es": "es", "fr": "fr", "he": "he", "hr": "hr", "hu": "hu",
        "it": "it", "ja": "ja", "ko": "ko", "lv": "lv", "nl": "nl", "pl": "pl", "pt": "pt", "ru": "ru", "sl": "sl",
        "sv": "se", "tr": "tr", "zh": "zh",
    ]

    /// The `language.gui` value for an ISO 639-1 code, nil when Grandstream's list has none.
    public static func grandstreamLanguage(_ code: String) -> String? { grandstreamLanguages[code.lowercased()] }

    /// `dateTime.timezone` strings by IANA zone: entries of the zone list in FusionPBX's `grp2614/{$mac}.xml`
    /// (Grandstream's own drop-down, e.g. `CET-1CEST-2,M3.5.0/02:00:00,M10.5.0/03:00:00`, which Wazo's `TZ_NAME`
    /// writes for Europe/Paris), each used only where its rule is the zone's rule today. Zones of the same rule that the
    /// list's label does not name (Tirane, Zagreb, Luxembourg for CET; Helsinki, Athens, Tallinn, Riga, Bucharest for
    /// the EU's EET rule) take that rule's entry.
    ///
    /// Entries not used: "Argentina" (labelled GMT-02:00 but holding `UTC+3`) and "Brazil, Sao Paulo" (the daylight
    /// saving time Brazil dropped in 2019), so Buenos Aires and Sao Paulo, both UTC-3 without DST today, take the
    /// list's fixed UTC-3 entry `TZK+3` (labelled Greenland); and the list's own EET entry "Helsinki, Athens, Tallinn,
    /// Bucharest", which ends DST on the fourth Sunday of October rather than the last, so those zones take the
    /// "Kyiv" entry, whose rule (`M10.5.0/4`) is the EU's. Left out, so a Grandstream phone there is refused
    /// (`GrandstreamZoneRule`): Adelaide, whose entry ends DST in March and starts it in the last week of October
    /// (since 2008 it is April and the first Sunday of October).
    static let grandstreamZones: [String: String] = [
        "America/New_York": "EST5EDT",
        "America/Toronto": "EST5EDT",
        "America/Chicago": "CST6CDT",
        "America/Winnipeg": "CST6CDT",
        "America/Denver": "MST7MDT",
        "America/Edmonton": "MST7MDT",
        "America/Phoenix": "MST7",
        "America/Los_Angeles": "PST8PDT",
        "America/Vancouver": "PST8PDT",
        "America/Anchorage": "AKST9AKDT",
        "Pacific/Honolulu": "HAW10",
        "America/Halifax": "AST4ADT",
        "America/St_Johns": "NST+3:30NDT+2:30,M3.2.0/02:00:00,M11.1.0/02:00:00",
        "America/Argentina/Buenos_Aires": "TZK+3",
        "America/Sao_Paulo": "TZK+3",
        "Europe/London": "GMT+0BST-1,M3.5.0/01:00:00,M10.5.0/02:00:00",
        "Europe/Dublin": "GMT+0IST-1,M3.5.0/01:00:00,M10.5.0/02:00:00",
        "Europe/Lisbon": "WET-0WEST-1,M3.5.0/01:00:00,M10.5.0/02:00:00",
        "Europe/Tirane": cet, "Europe/Vienna": cet, "Europe/Brussels": cet, "Europe/Zagreb": cet, "Europe/Prague": cet,
        "Europe/Paris": cet, "Europe/Berlin": cet, "Europe/Budapest": cet, "Europe/Rome": cet, "Europe/Luxembourg": cet,
        "Europe/Amsterdam": cet, "Europe/Madrid": cet,
        "Europe/Tallinn": eet, "Europe/Helsinki": eet, "Europe/Athens": eet, "Europe/Riga": eet, "Europe/Bucharest": eet,
        "Europe/Kyiv": eet, "Europe/Kiev": eet,
        "Europe/Moscow": "MSK-3",
        "Africa/Nairobi": "TZQ-3",
        "Asia/Baghdad": "TZQ-3",
        "Asia/Karachi": "TZS-5",
        "Asia/Kolkata": "TZT-5:30",
        "Asia/Bangkok": "TZX-7",
        "Asia/Shanghai": "TZY-8",
        "Asia/Hong_Kong": "TZY-8",
        "Asia/Singapore": "SGT-8",
        "Australia/Perth": "WST-8",
        "Asia/Seoul": "TZZ-9",
        "Asia/Tokyo": "TZZ-9",
        "Australia/Sydney": "EST-10EDT-11,M10.1.0/02:00:00,M4.1.0/03:00:00",
        "Australia/Melbourne": "EST-10EDT-11,M10.1.0/02:00:00,M4.1.0/03:00:00",
    ]

    private static let cet = "CET-1CEST-2,M3.5.0/02:00:00,M10.5.0/03:00:00"
    private static let eet = "EET-2EEST,M3.5.0/3,M10.5.0/4"

    /// The `dateTime.timezone` value for an IANA zone, nil when Handset has none for Grandstream.
    public static func grandstreamZone(_ iana: String) -> String? { grandstreamZones[iana] }
}
