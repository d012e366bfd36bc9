import HandsetCore

/// NTP, time zone and language, each only when the fleet gives it; otherwise the phone keeps what it has.
extension SnomEmitter {
    /// `ntp_server`, `timezone` (Snom's own codes such as `GER+1`, from the catalog) and the phone and web UI
    /// language (snom.md §5 "NTP / time zone", "Language / tones").
    static func writeTimeAndLanguage(_ phone: SnomPhone, into xml: inout SnomXMLWriter) {
        let settings = phone.settings
        let zone = settings.timezone.flatMap { Catalog.zone($0.value) }
        let language = settings.language.flatMap { Catalog.language($0.value) }?.snom
        guard settings.ntp != nil || zone != nil || language != nil else { return }
        xml.comment("Time and language")
        if let ntp = settings.ntp?.value {
            xml.setting("ntp_server", ntp)
        }
        if let code = zone?.snom {
            // The code names a zone with its DST rule (`GER+1`, `USA-5`), so no offset or DST dates are written
            // that would go stale; the legacy `utc_offset` + `dst` pair is not used (snom.md §5).
            xml.setting("timezone", code)
        }
        if let language {
            // Wazo and FusionPBX give the web UI the same name as the phone (`Deutsch`, `English`). The D86x also
            // read `locale` (`de_DE`); that needs a country the fleet does not give, so it is not written.
            xml.setting("language", language)
            xml.setting("web_language", language)
        }
    }
}
