import HandsetCore

/// NTP, time zone and language, each written only when the fleet gives it; the time format always (default 24h).
/// Tones: Cisco phones take one tone script per tone (`Dial_Tone`, `Busy_Tone`, ...) and have no country setting, so
/// `country` writes nothing here (validation warns, W0440).
extension CiscoEmitter {
    static func writeTimeAndLanguage(_ phone: CiscoPhone, into w: inout CiscoProfileWriter) {
        let settings = phone.settings
        w.comment("Time and language")
        let ntp = phone.ntpServers
        if !ntp.isEmpty {
            w.set("Primary_NTP_Server", ntp[0])
            w.set("Secondary_NTP_Server", ntp.count > 1 ? ntp[1] : "")
        }
        if let zone = settings.timezone.flatMap({ Catalog.ciscoZone($0.value) }) {
            w.set("Time_Zone", zone.timeZone)
            // The fleet's zone wins over the DHCP server's offset (FusionPBX writes `Ignore_DHCP_Time_Offset` Yes).
            w.set("Ignore_DHCP_Time_Offset", yes: true)
            w.set("Daylight_Saving_Time_Enable", yes: zone.daylightRule != nil)
            if let rule = zone.daylightRule { w.set("Daylight_Saving_Time_Rule", rule) }
        }
        // `12hr` or `24hr` (FusionPBX `app/cisco/app_config.php`, `spa_time_format`: "12hr,24hr").
        w.set("Time_Format", phone.timeFormat == .hours12 ? "12hr" : "24hr")
        if let code = settings.language?.value, let selection = Catalog.ciscoLanguage(code),
           let locale = Catalog.ciscoLocale(code) {
            w.set("Language_Selection", selection)
            w.set("Locale", locale)
        }
    }
}
