import HandsetCore

/// NTP, time zone and language, each written only when the fleet gives it; the time format always (default 24h).
extension HtekEmitter {
    /// P75 2: automatic daylight saving (FusionPBX: "DST off=0 on=1 auto=2"; Wazo writes 2 beside its P64 code).
    static let daylightSavingAuto = 2

    /// NTP server (P30), time zone (P64 code from the catalog, DST automatic, DHCP's time offset ignored) and the
    /// LCD and web language (P8621 and P2525 index from the catalog) (H5 NTP, time zone, DST, language rows).
    static func writeTimeAndLanguage(_ phone: HtekPhone, into w: inout HtekConfigWriter) {
        let settings = phone.settings
        let zone = settings.timezone.flatMap { Catalog.zone($0.value) }
        let language = settings.language.flatMap { Catalog.language($0.value) }?.htek
        w.comment("Time and language")
        let ntp = phone.ntpServers
        if !ntp.isEmpty {
            w.set(HtekCodes.ntpServer, ntp[0])
            w.set(HtekCodes.backupNTPServer, ntp.count > 1 ? ntp[1] : "")
            w.set(HtekCodes.dhcpOverrideNTP, false)
        }
        if let tones = phone.tones {
            w.set(HtekCodes.toneCountry, tones.htek)
        }
        if let code = zone?.htek {
            w.set(HtekCodes.timeZone, code)
            w.set(HtekCodes.daylightSaving, daylightSavingAuto)
            // 0, as both template sets write it: the zone comes from this file, not from a DHCP option.
            w.set(HtekCodes.dhcpTime, false)
        }
        // P8624: 0 = 24 hours, 1 = 12 hours (FusionPBX app/htek/app_config.php "1=12hr 0=24hr"; Tancredi's
        // sangoma.tmpl maps 12h to 1), the inverse of Yealink's encoding.
        w.set(HtekCodes.timeFormat, phone.timeFormat == .hours12)
        if let language {
            // Both take the index of Htek's language table (Tancredi's sangoma.macros writes both keys).
            w.set(HtekCodes.lcdLanguage, language)
            w.set(HtekCodes.webLanguage, language)
        }
    }
}
