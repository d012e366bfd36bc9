/// Poly's UI languages and time zones: the phone has no zone list, only a UTC offset in seconds and a daylight-saving
/// rule written out field by field (`tcpIpApp.sntp.gmtOffset`, `tcpIpApp.sntp.daylightSavings.*`), as Wazo's
/// `_format_tzinfo` writes them (wazo-platform/wazo-provd-plugins `plugins/wazo_polycom/common/common.py`).
extension Catalog {
    /// `lcl.ml.lang` names: Wazo's `_LOCALE` table (same file); FusionPBX writes the same spelling
    /// (`English_United_States`). Languages outside it are refused on Polycom phones (E0702).
    static let polycomLanguages: [String: String] = [
        "de": "German_Germany", "en": "English_United_States", "es": "Spanish_Spain",
        "fr": "French_France", "it": "Italian_Italy", "nl": "Dutch_Netherlands",
    ]

    /// The `lcl.ml.lang` name of an ISO 639-1 code, nil when no source gives one.
    public static func polycomLanguage(_ code: String) -> String? { polycomLanguages[code.lowercased()] }

    /// A zone as a Poly phone takes it: the standard offset and one of the daylight-saving rules below.
    public struct PolycomZone: Sendable, Equatable, CustomStringConvertible {
        /// Standard (winter) offset from UTC in seconds (`tcpIpApp.sntp.gmtOffset` is in seconds, fact sheet §5).
        public let offsetSeconds: Int
        public let rule: DaylightRule

        /// How zones change to summer time. The phone writes the change as month, hour (local) and either a date or
        /// "weekday on or after date" / "last weekday of the month" (Wazo `_format_dst_change`).
        public enum DaylightRule: String, Sendable {
            /// No summer time.
            case none
            /// EU: last Sunday of March to last Sunday of October, both at 01:00 UTC.
            case europe
            /// US and Canada: second Sunday of March to first Sunday of November, both at 02:00 local time.
            case northAmerica
        }

        /// `+3600 europe`, for the models page.
        public var description: String {
            (offsetSeconds < 0 ? "" : "+") + String(offsetSeconds) + (rule == .none ? "" : " " + rule.rawValue)
        }
    }

    /// The zones Handset writes for Poly phones, each checked against the tz database for 2026-2027 by hand (offset and
    /// rule); other zones are refused on Polycom phones (E0430) rather than written with a wrong rule.
    static let polycomZones: [String: PolycomZone] = {
        var zones: [String: PolycomZone] = [:]
        func add(_ names: [String], _ hours: Double, _ rule: PolycomZone.DaylightRule) {
            for name in names { zones[name] = PolycomZone(offsetSeconds: Int(hours * 3600), rule: rule) }
        }
        add(["UTC"], 0, .none)
        add(["Asia/Dubai"], 4, .none)
        add(["Asia/Kolkata"], 5.5, .none)
        add(["Asia/Singapore", "Asia/Shanghai"], 8, .none)
        add(["Asia/Tokyo"], 9, .none)
        add(["America/Phoenix"], -7, .none)
        add(["Pacific/Honolulu"], -10, .none)
        add(["Europe/London", "Europe/Dublin", "Europe/Lisbon"], 0, .europe)
        add(["Europe/Berlin", "Europe/Paris", "Europe/Madrid", "Europe/Rome", "Europe/Amsterdam", "Europe/Brussels",
             "Europe/Vienna", "Europe/Zurich", "Europe/Stockholm", "Europe/Oslo", "Europe/Copenhagen", "Europe/Warsaw",
             "Europe/Prague"], 1, .europe)
        add(["Europe/Athens", "Europe/Helsinki"], 2, .europe)
        add(["America/Halifax"], -4, .northAmerica)
        add(["America/New_York", "America/Toronto"], -5, .northAmerica)
        add(["America/Chicago"], -6, .northAmerica)
        add(["America/Denver"], -7, .northAmerica)
        add(["America/Los_Angeles", "America/Vancouver"], -8, .northAmerica)
        add(["America/Anchorage"], -9, .northAmerica)
        return zones
    }()

    /// The Poly form of an IANA zone, nil when Handset has none for it.
    public static func polycomZone(_ iana: String) -> PolycomZone? { polycomZones[iana] }
}
