import HandsetCore

/// `<phone>`: the keypad menu password, language, NTP, time zone, the clock format and the phonebook entry.
extension FanvilEmitter {
    static func writePhoneSection(_ phone: FanvilPhone, into w: inout FanvilConfigWriter) {
        let settings = phone.settings
        w.open("phone")
        // The keypad's settings menu takes the tenant's admin password, as Wazo writes `admin_password` there.
        w.set("MenuPassword", phone.tenant.adminPassword)
        if let language = settings.language.flatMap({ Catalog.fanvilLanguage($0.value) }) {
            w.open("display")
            w.set("DefaultLanguage", language)
            w.close()
        }
        writeDate(phone, into: &w)
        w.open("timeDisplay")
        // 0 = 24-hour, 1 = 12-hour (Tancredi `fanvil-X5.tmpl`: `time_format == '12' ? '1' : '0'`; Wazo writes 0).
        w.set("TimeDisplayStyle", phone.timeFormat == .hours12 ? 1 : 0)
        w.close()
        writePhonebookEntry(phone, into: &w)
        w.close()
    }

    /// `<date>`: SNTP servers when the fleet names them (`SNTPServer`, Wazo and FusionPBX; `SecondSNTPServer`,
    /// FusionPBX), and the zone with its DST rule in Wazo's form (`EnableDST` 2 with `DSTFixedType` 2 and the
    /// month/week/weekday/hour of each change, or `EnableDST` 0).
    static func writeDate(_ phone: FanvilPhone, into w: inout FanvilConfigWriter) {
        let ntp = phone.ntpServers
        let zone = phone.settings.timezone.flatMap { Catalog.fanvilZone($0.value) }
        guard !ntp.isEmpty || zone != nil else { return }
        w.open("date")
        if !ntp.isEmpty {
            w.set("EnableSNTP", on: true)
            w.set("SNTPServer", ntp[0])
            w.set("SecondSNTPServer", ntp.count > 1 ? ntp[1] : "")
        }
        if let zone {
            w.set("TimeZone", zone.quarterHours)
            w.set("TimeZoneName", zone.name)
            if let dst = zone.dst {
                w.set("EnableDST", 2)
                w.set("DSTFixedType", 2)
                w.set("DSTMinOffset", dst.minutes)
                writeChange("Start", month: dst.startMonth, week: dst.startWeek, weekday: dst.weekday, hour: dst.startHour, into: &w)
                writeChange("End", month: dst.endMonth, week: dst.endWeek, weekday: dst.weekday, hour: dst.endHour, into: &w)
            } else {
                w.set("EnableDST", 0)
            }
        }
        w.close()
    }

    private static func writeChange(_ suffix: String, month: Int, week: Int, weekday: Int, hour: Int,
                                    into w: inout FanvilConfigWriter) {
        w.set("DST\(suffix)Mon", month)
        w.set("DST\(suffix)Hour", hour)
        w.set("DST\(suffix)Wday", weekday)
        w.set("DST\(suffix)Week", week)
    }
}
