/// Reads a Poly UCS parameter file (every setting an attribute of one `<polycomConfig/>` root, polycom.md corrections
/// "Root/element names") back into a `NeutralPhone`.
///
/// Setting names and values are the ones of `vendors/polycom.md` (§2 registrations and codecs, §3 line keys and the
/// resource list, §5 network and time, its corrections block) and of the Wazo and FusionPBX templates it cites,
/// written out here on purpose instead of taken from `PolycomEmitter`.
enum PolycomReader {
    /// `voice.codecPref.<name>` (§2 codecs, corrections "Codec spelling"): 1 is the highest priority, 0 is off.
    static let codecNames: [String: String] = [
        "G711_Mu": "pcmu", "G711_A": "pcma", "G722": "g722", "G729_AB": "g729", "Opus": "opus",
        "G7221.16kbps": "g7221", "G7221_C.24kbps": "g7221c", "Siren14.48kbps": "siren14", "Siren22.64kbps": "siren22",
    ]

    static func read(_ bytes: [UInt8]) throws -> NeutralPhone {
        let xml = try XMLElements(bytes)
        guard let root = xml.elements.first, root.name == "polycomConfig", xml.elements.count == 1 else {
            throw ReaderError("not one <polycomConfig/> root with attributes only")
        }
        let a = root.attributes

        // Registrations (§2) from 1 while `reg.N.address` is set; a blank address is an unused slot.
        var accounts: [NeutralPhone.Account] = []
        var lineKeys: [NeutralPhone.Key] = []
        var n = 1
        while let user = a["reg.\(n).address"] {
            defer { n += 1 }
            guard !user.isEmpty else { continue }
            let host = a["reg.\(n).server.1.address"] ?? ""
            accounts.append(NeutralPhone.Account(
                user: user, authUser: a["reg.\(n).auth.userId"] ?? "", password: a["reg.\(n).auth.password"] ?? "",
                registrarHost: host.isEmpty ? nil : host, registrarPort: a["reg.\(n).server.1.port"].flatMap { Int($0) },
                displayName: a["reg.\(n).displayName"] ?? ""))
            // §3: the registration's line keys come first, registration 1 first, each showing `reg.N.label`.
            let count = try Self.int(a, "reg.\(n).lineKeys")
            lineKeys += Array(repeating: NeutralPhone.Key(.line, user, label: a["reg.\(n).label"]), count: count)
        }

        // Codecs: one phone-wide list, by ascending priority, 0 (or blank) off.
        var ranked: [(Int, String)] = []
        for (setting, value) in a where setting.hasPrefix("voice.codecPref.") {
            let name = String(setting.dropFirst("voice.codecPref.".count))
            guard let codec = codecNames[name], let rank = Int(value.isEmpty ? "0" : value) else {
                throw ReaderError("\(setting) = \(value)")
            }
            if rank > 0 { ranked.append((rank, codec)) }
        }
        let codecs = ranked.sorted { $0.0 < $1.0 }.map(\.1)
        guard Set(ranked.map(\.0)).count == ranked.count else { throw ReaderError("codec priorities repeat: \(ranked)") }

        // The resource list (§3 BLF list): `normal` is BLF, `automata` a park orbit; from 1 while written, blank entries
        // are free keys and end the list.
        var keys = lineKeys
        var k = 1
        while let address = a["attendant.resourceList.\(k).address"], !address.isEmpty {
            let label = a["attendant.resourceList.\(k).label"]
            switch a["attendant.resourceList.\(k).type"] ?? "normal" {
            case "normal", "": keys.append(NeutralPhone.Key(.blf, address, label: label))
            case "automata": keys.append(NeutralPhone.Key(.park, address, label: label))
            case let other: throw ReaderError("resource list \(k) type \(other)")
            }
            k += 1
        }

        // §5: the VLAN (`device.net.vlanId` with its `.set`); the address is DHCP's.
        var vlan: Int?
        if a["device.net.vlanId.set"] == "1", let id = a["device.net.vlanId"], !id.isEmpty {
            guard let value = Int(id) else { throw ReaderError("vlanId \(id)") }
            vlan = value
        }
        return NeutralPhone(accounts: accounts, codecs: Array(repeating: codecs, count: accounts.count),
                            keys: NeutralPhone.trimmed(keys), network: NeutralPhone.Network(mode: .dhcp, dns: [], vlan: vlan),
                            services: try services(a))
    }

    /// Tones: no tone-country setting in the sources, so none is read. NTP (`tcpIpApp.sntp.address`), DTMF (Wazo
    /// `base.tpl`: RFC 2833 is `tone.dtmf.viaRtp` + `rfc2833Control`, SIP INFO `dtmfViaSignaling.rfc2976`, in-band
    /// `viaRtp` alone), SRTP (`sec.srtp.enable/offer/require`), voicemail (`msg.mwi.1.callBack`), pickup
    /// (`call.directedCallPickupString`), firmware (`device.prov.upgradeServer`), time format (`24HourClock`).
    static func services(_ a: [String: String]) throws -> NeutralPhone.Services {
        var s = NeutralPhone.Services()
        s.ntp = [a["tcpIpApp.sntp.address"]].compactMap { $0 }.filter { !$0.isEmpty }
        switch (a["tone.dtmf.viaRtp"], a["tone.dtmf.rfc2833Control"], a["voIpProt.SIP.dtmfViaSignaling.rfc2976"]) {
        case ("1", "1", "0"): s.dtmf = "rfc2833"
        case ("1", "0", "0"): s.dtmf = "inband"
        case ("0", "0", "1"): s.dtmf = "info"
        case (nil, nil, nil): break
        case let other: throw ReaderError("DTMF switches \(other)")
        }
        switch (a["sec.srtp.enable"], a["sec.srtp.offer"], a["sec.srtp.require"]) {
        case ("0", "0", "0"): s.srtp = "off"
        case ("1", "1", "0"): s.srtp = "optional"
        case ("1", "1", "1"): s.srtp = "required"
        case (nil, nil, nil): break
        case let other: throw ReaderError("SRTP switches \(other)")
        }
        s.voicemail = a["msg.mwi.1.callBack"].flatMap { $0.isEmpty ? nil : $0 }
        s.pickupCode = a["call.directedCallPickupString"].flatMap { $0.isEmpty ? nil : $0 }
        if a["device.prov.upgradeServer.set"] == "1" { s.firmware = a["device.prov.upgradeServer"] }
        if let clock = a["lcl.datetime.time.24HourClock"] {
            guard let format = ["1": "24h", "0": "12h"][clock] else { throw ReaderError("24HourClock \(clock)") }
            s.timeFormat = format
        }
        return s
    }

    private static func int(_ a: [String: String], _ name: String) throws -> Int {
        guard let text = a[name], let value = Int(text), value >= 0 else { throw ReaderError("\(name) = \(a[name] ?? "nil")") }
        return value
    }
}
