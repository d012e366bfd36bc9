import HandsetCore

/// NTP, time zone and language, each written only when the fleet gives it; the time format always (default 24h).
/// Tones: no tone-country setting is in the sources (validation warns, W0430), so `country` writes nothing here.
extension PolycomEmitter {
    static func writeTimeAndLanguage(_ phone: PolycomPhone, into w: inout PolycomConfigWriter) {
        let settings = phone.settings
        if let ntp = phone.ntpServers.first {
            // One SNTP server only (validation warns about a second, W0430); the fleet's wins over DHCP's.
            w.set("tcpIpApp.sntp.address", ntp)
            w.set("tcpIpApp.sntp.address.overrideDHCP", on: true)
        }
        if let zone = settings.timezone.flatMap({ Catalog.polycomZone($0.value) }) {
            writeZone(zone, into: &w)
        }
        w.set("lcl.datetime.time.24HourClock", on: phone.timeFormat == .hours24)
        if let language = settings.language.flatMap({ Catalog.polycomLanguage($0.value) }) {
            w.set("lcl.ml.lang", language)
        }
    }

    /// Offset in seconds and the summer-time rule field by field, as Wazo's `_format_tzinfo`/`_format_dst_change` write
    /// them. Meanings from Polycom's admin guide parameter table (SIP 2.x/3.x guides, same names): `dayOfWeek` 1 is
    /// Sunday; `lastInMonth` 1 is the last such day of the month (the date is then ignored); otherwise `date` 8 is the
    /// second occurrence; `time` is the hour, 24-hour clock, local. EU changes at 01:00 UTC, so at 1 + offset
    /// (standard time) and back at 2 + offset (summer time); North America at 02:00 local both ways.
    static func writeZone(_ zone: Catalog.PolycomZone, into w: inout PolycomConfigWriter) {
        w.set("tcpIpApp.sntp.gmtOffset", zone.offsetSeconds)
        w.set("tcpIpApp.sntp.gmtOffset.overrideDHCP", on: true)
        w.set("tcpIpApp.sntp.daylightSavings.enable", on: zone.rule != .none)
        let changes: [(String, month: Int, hour: Int, date: Int?)]
        switch zone.rule {
        case .none:
            return
        case .europe:
            let hour = zone.offsetSeconds / 3600 + 1
            changes = [("start", 3, hour, nil), ("stop", 10, hour + 1, nil)]
        case .northAmerica:
            changes = [("start", 3, 2, 8), ("stop", 11, 2, 1)]
        }
        w.set("tcpIpApp.sntp.daylightSavings.fixedDayEnable", on: false)
        for (name, month, hour, date) in changes {
            let prefix = "tcpIpApp.sntp.daylightSavings.\(name)."
            w.set(prefix + "month", month)
            w.set(prefix + "time", hour)
            w.set(prefix + "dayOfWeek", 1)
            w.set(prefix + "dayOfWeek.lastInMonth", on: date == nil)
            if let date { w.set(prefix + "date", date) }
        }
    }
}
