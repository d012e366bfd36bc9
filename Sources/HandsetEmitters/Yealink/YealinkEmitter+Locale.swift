import HandsetCore

/// NTP, time zone, time format and language. A setting the fleet does not give is left out: the phone keeps its
/// factory value (NTP server, zone, English), and one given by an earlier build reverts to it through
/// `overwrite_mode = 1`. The time format has a default (24h) and is always written.
extension YealinkEmitter {
    /// NTP server, time zone (offset, Yealink zone name, automatic DST) and UI/web language, each only when given;
    /// the time format always.
    static func writeTimeAndLanguage(_ phone: YealinkPhone, into w: inout KeyValueWriter) {
        let settings = phone.settings
        let zone = settings.timezone.flatMap { Catalog.zone($0.value) }
        let language = settings.language.flatMap { Catalog.language($0.value) }?.yealink
        w.blank()
        w.comment("Time and language")
        let ntp = phone.ntpServers
        if !ntp.isEmpty {
            w.set("local_time.ntp_server1", ntp[0])
            w.set("local_time.ntp_server2", ntp.count > 1 ? ntp[1] : null)
            // 1: the configured servers win over DHCP's ("0-Disabled (use the NTP server obtained by DHCP
            // preferentially), 1-Enabled", Yealink's sample comment in FusionPBX yealink/t56a; Tancredi writes 1).
            w.set("local_time.manual_ntp_srv_prior", true)
        }
        if let tones = phone.tones {
            // Dial, busy and ring-back tones of the country (admin guide value list; Wazo, FusionPBX).
            w.set("voice.tone.country", tones.yealink)
        }
        if let zone, let name = zone.yealink {
            // The offset and the zone name together select the zone; with summer_time 2 (Automatic, the factory
            // default) the phone applies the DST rule its built-in AutoDST table holds for that name, so no DST
            // dates are written that would go stale when a country changes its rules (Y5 NTP/TZ row; admin guide
            // "Daylight Saving Time" and "Auto DST File").
            w.set("local_time.time_zone", timeZoneOffset(minutes: zone.utcOffsetMinutes))
            w.set("local_time.time_zone_name", name)
            w.set("local_time.summer_time", 2)
        }
        // 1 = 24 hours, 0 = 12 hours; the factory value is 1 (Yealink's sample configuration comment, copied in
        // FusionPBX's t58a template; Tancredi's yealink.tmpl maps 12h to 0 the same way).
        w.set("local_time.time_format", phone.timeFormat == .hours24)
        if let language {
            w.set("lang.gui", language)
            w.set("lang.wui", language)
        }
    }

    /// Yealink's spelling of a UTC offset: `+1`, `-5`, `0`, and `+5:30` / `-3:30` for half hours (the `[+/-]X:Y`
    /// form of the AutoDST file's `szTime`).
    static func timeZoneOffset(minutes: Int) -> String {
        guard minutes != 0 else { return "0" }
        let sign = minutes < 0 ? "-" : "+"
        let hours = abs(minutes) / 60, rest = abs(minutes) % 60
        return sign + String(hours) + (rest == 0 ? "" : ":" + (rest < 10 ? "0" : "") + String(rest))
    }
}
