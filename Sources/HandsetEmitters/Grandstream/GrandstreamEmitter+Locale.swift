import HandsetCore

/// NTP, time zone and language, each written only when the fleet gives it; the time format always (default 24h).
/// Tones: Grandstream has no country setting (validation warns, W0412), so `country` writes nothing here.
extension GrandstreamEmitter {
    static func writeTimeAndLanguage(_ phone: GrandstreamPhone, into w: inout GrandstreamConfigWriter) {
        let settings = phone.settings
        w.comment("Time and language")
        let ntp = phone.ntpServers
        if !ntp.isEmpty {
            // P30 / P8333, and DHCP option 42 kept from replacing them (P144), as the fleet's servers win.
            w.set("dateTime.ntp.server.1", ntp[0])
            w.set("dateTime.ntp.server.2", ntp.count > 1 ? ntp[1] : "")
            w.set("dateTime.override.dhcp.allowOption42", yes: false)
        }
        if let zone = settings.timezone.flatMap({ Catalog.grandstreamZone($0.value) }) {
            // P64 rule string from Grandstream's own list; DHCP option 2 kept from replacing it (P143).
            w.set("dateTime.timezone", zone)
            w.set("dateTime.override.dhcp.allowOption2", yes: false)
        }
        // P122: "12Hour, 24Hour" (FusionPBX comment).
        w.set("dateTime.format.time", phone.timeFormat == .hours12 ? "12Hour" : "24Hour")
        if let language = settings.language.flatMap({ Catalog.grandstreamLanguage($0.value) }) {
            w.set("language.gui", language)
        }
    }
}
