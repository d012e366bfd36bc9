import HandsetCore

/// NTP, time zone and language, each only when the fleet gives it (otherwise the phone keeps what it has), and the
/// time format, which has a default (24h).
extension SnomEmitter {
    /// `ntp_server`, `timezone` (Snom's own codes such as `GER+1`, from the catalog) and the phone and web UI
    /// language (snom.md §5 "NTP / time zone", "Language / tones").
    static func writeTimeAndLanguage(_ phone: SnomPhone, into xml: inout SnomXMLWriter) {
        let settings = phone.settings
        let zone = settings.timezone.flatMap { Catalog.zone($0.value) }
        let language = settings.language.flatMap { Catalog.language($0.value) }?.snom
        xml.comment("Time and language")
        // Snom takes one NTP server (`ntp_server`; no peer and no Snom page names a second), so a second server of
        // the fleet is not written. No documented setting keeps DHCP's option 42 from replacing it.
        if let ntp = phone.ntpServers.first {
            xml.setting("ntp_server", ntp)
        }
        if let tones = phone.tones {
            // Dial, busy and ring-back tones (Tancredi snom.macros `tonezone`, Wazo `_LOCALE`).
            xml.setting("tone_scheme", tones.snom)
        }
        if let code = zone?.snom {
            // The code names a zone with its DST rule (`GER+1`, `USA-5`), so no offset or DST dates are written
            // that would go stale; the legacy `utc_offset` + `dst` pair is not used (snom.md §5).
            xml.setting("timezone", code)
        }
        // on = 24 hours (Wazo's snom-general.xml writes on; Tancredi's snom.tmpl maps 12h to off).
        xml.setting("time_24_format", phone.timeFormat == .hours24 ? "on" : "off")
        if let language {
            // Wazo and FusionPBX give the web UI the same name as the phone (`Deutsch`, `English`). The D86x also
            // read `locale` (`de_DE`); that needs a country the fleet does not give, so it is not written.
            xml.setting("language", language)
            xml.setting("web_language", language)
        }
    }
}
