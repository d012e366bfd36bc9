/// Settings a Poly phone has no equivalent for, or takes only in part, are said, not silently dropped.
///
/// - W0430 `country`: no tone-country setting in either template set (Poly tones are `se.pat.*`/`tone.*` patterns with
///   no per-country values in the sources). A static address: the UCS names are UNVERIFIED and in neither template set,
///   so the phone stays on DHCP. A second NTP server: UCS has one `tcpIpApp.sntp.address`. `sip_port`: the local port
///   (`voIpProt.local.port`) is written only by SIP 3.x-era files. The call-waiting tone: no switch but
///   `call.callWaiting.ring`, whose values other than `beep` are UNVERIFIED.
/// - W0431 keys: the phone puts each registration's line keys first and the resource-list keys after them, so a line
///   key after another key moves; DND, intercom, phonebook and blank keys have no resource-list form and are left out.
/// - W0432 `firmware`: `device.prov.upgradeServer` is a folder, so only the URL's folder reaches the phone.
/// - W0433 `check_interval` below 60: `prov.polling.period` must be above 3600 seconds (PLY-POLL), so 60 minutes.
struct PolycomFeatureRule: ValidationRule {
    let codes = ["W0430", "W0431", "W0432", "W0433"]
    let why = "a setting that a Poly phone cannot take, or takes only in part, would otherwise vanish without a word"

    func check(_ context: ValidationContext, into sink: inout DiagnosticSink) {
        var checked = Set<Mark>()
        let polycoms = context.devices.filter { $0.model?.vendor == .polycom }
        if let interval = context.fleet.provisioning?.checkInterval, (1..<60).contains(interval.value), !polycoms.isEmpty {
            sink.warning("W0433", "Polycom phones re-check at most every 60 minutes: they get 60, not \(interval.value)",
                         at: interval.mark, hint: "Poly's polling period must be above 3600 seconds; use 60 or more to silence this")
        }
        for device in polycoms {
            guard let model = device.model else { continue }
            let settings = device.settings
            func notTaken(_ what: String, _ mark: Mark, _ hint: String) {
                guard checked.insert(mark).inserted else { return }
                sink.warning("W0430", "Polycom phones cannot take \(what): it is not provisioned on them", at: mark, hint: hint)
            }
            if let country = settings.country {
                notTaken("a tone country", country.mark, "the phone keeps its own tones; set country only on other vendors' profiles to silence this")
            }
            if let mode = settings.network?.mode, mode.value == .static {
                notTaken("a static address", mode.mark, "the phone keeps DHCP; give it a DHCP reservation instead")
            }
            if let ntp = settings.ntp, ntp.value.count > 1 {
                notTaken("a second NTP server", ntp.value[1].mark, "Poly phones take one SNTP server; list one to silence this")
            }
            if let port = settings.sipPort {
                notTaken("a local SIP port", port.mark, "the UCS name (voIpProt.local.port) is only in SIP 3.x-era files; the phone keeps 5060")
            }
            if let tone = settings.callWaiting?.tone, !tone.value {
                notTaken("call_waiting.tone: false", tone.mark, "the phone keeps its call-waiting beep")
            }
            checkKeys(settings.keys, into: &sink, checked: &checked)
            let reference = model.reference
            for entry in settings.firmware?.value ?? [] where entry.key.value.lowercased() == reference {
                let url = entry.text.value
                guard !url.hasSuffix("/"), checked.insert(entry.text.mark).inserted else { continue }
                let folder = url.lastIndex(of: "/").map { String(url[...$0]) } ?? url
                sink.warning("W0432", "Polycom phones look for their own firmware files: only the folder '\(folder)' is provisioned",
                             at: entry.text.mark, hint: "put Poly's firmware files there, and write the folder ending in '/' to silence this")
            }
        }
    }

    private func checkKeys(_ keys: Located<[Key]>?, into sink: inout DiagnosticSink, checked: inout Set<Mark>) {
        guard let keys = keys?.value else { return }
        var sawOther = false
        for key in keys {
            switch key.function {
            case .line:
                if sawOther, checked.insert(key.mark).inserted {
                    sink.warning("W0431", "Polycom phones put line keys before all other keys: this line key moves up",
                                 at: key.mark, hint: "list line keys first for Polycom phones to silence this")
                }
            case .dnd, .intercom, .phonebook, .blank:
                if checked.insert(key.mark).inserted {
                    sink.warning("W0431", "Polycom phones have no programmable \(key.typeName) key: it is left out, and the keys after it move up",
                                 at: key.mark, hint: "Poly's keys are line keys and BLF, speed dial, park and day/night entries")
                }
            case .blf, .speedDial, .dayNight, .park:
                sawOther = true
            }
        }
    }
}
