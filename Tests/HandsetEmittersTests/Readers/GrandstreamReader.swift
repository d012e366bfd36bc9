/// Reads a Grandstream `cfg<mac>.xml` (alias form, `<gs_provision><config version="2"><item name="…">value</item>…`)
/// back into a `NeutralPhone`.
///
/// Item names and value words are the ones of `vendors/grandstream.md` (§1.3 accounts, §1.4 keys, §1.5
/// phonebook, §1.6 network and time; its corrections block) and of the FusionPBX template comments it cites, written
/// out here on purpose instead of taken from `GrandstreamEmitter`.
enum GrandstreamReader {
    /// Key-mode words (§1.4 "String" column; Wazo `FUNCKEY_TYPES`; FusionPBX grp2614 comment list).
    static let keyModes: [String: NeutralPhone.Function] = [
        "none": .blank, "line": .line, "speeddial": .speedDial, "blf": .blf, "callpark": .park,
        "intercom": .intercom, "dnd": .dnd, "phonebook": .phonebook,
    ]

    /// Vocoder words of `account.N.codec.choice.M` (§1.3 codec row).
    static let vocoders: [String: String] = [
        "PCMU": "pcmu", "PCMA": "pcma", "G.722": "g722", "G.729A/B": "g729", "OPUS": "opus",
        "G.726-32": "g726-32", "G.723.1": "g723", "iLBC": "ilbc",
    ]

    static func read(_ bytes: [UInt8]) throws -> NeutralPhone {
        let xml = try XMLElements(bytes)
        guard xml.elements.first?.name == "gs_provision" else { throw ReaderError("root is not <gs_provision> (§1.1)") }
        var item: [String: String] = [:]
        for element in xml.all("gs_provision", "config", "*") {
            guard element.name == "item", let name = element.attributes["name"] else {
                throw ReaderError("<\(element.name)> is not an <item name=…>")
            }
            guard item[name] == nil else { throw ReaderError("\(name) is set twice") }
            item[name] = element.text
        }

        // Accounts (§1.3), enabled ones from account 1 while slots are written.
        var accounts: [NeutralPhone.Account] = []
        var codecs: [[String]] = []
        var usersByIndex: [Int: String] = [:]
        var n = 1
        while let enabled = item["account.\(n).enable"] {
            defer { n += 1 }
            guard enabled == "Yes" else { continue }
            let (host, port) = ReaderValues.hostAndPort(item["account.\(n).sip.server.1.address"] ?? "")
            accounts.append(NeutralPhone.Account(
                user: item["account.\(n).sip.userid"] ?? "", authUser: item["account.\(n).sip.subscriber.userid"] ?? "",
                password: item["account.\(n).sip.subscriber.password"] ?? "",
                registrarHost: host.isEmpty ? nil : host, registrarPort: port,
                displayName: item["account.\(n).sip.subscriber.name"] ?? ""))
            var choices: [String] = []
            for m in 1...8 {
                guard let word = item["account.\(n).codec.choice.\(m)"], !word.isEmpty else { continue }
                guard let name = vocoders[word] else { throw ReaderError("codec choice \(m) = \(word)") }
                choices.append(name)
            }
            guard ReaderValues.uniqued(choices) == choices else { throw ReaderError("codec choices repeat: \(choices)") }
            codecs.append(choices)
            usersByIndex[n - 1] = item["account.\(n).sip.userid"] ?? ""
        }

        // VPKs (§1.4), from 1 while the slot is written. The VPK account is 0-based (corrections block, "Account field").
        var keys: [NeutralPhone.Key] = []
        var k = 1
        while let modeWord = item["pks.vpk.\(k).keyMode"] {
            guard let function = keyModes[modeWord.lowercased()] else { throw ReaderError("VPK \(k) mode \(modeWord)") }
            let label = item["pks.vpk.\(k).description"]
            switch function {
            case .blank:
                keys.append(NeutralPhone.Key(.blank))
            case .line:
                let field = item["pks.vpk.\(k).account"] ?? ""
                keys.append(NeutralPhone.Key(.line, Int(field).flatMap { usersByIndex[$0] } ?? "no account \(field)", label: label))
            case .dnd, .phonebook:
                keys.append(NeutralPhone.Key(function, label: label))
            default:
                keys.append(NeutralPhone.Key(function, item["pks.vpk.\(k).value"], label: label))
            }
            k += 1
        }
        return NeutralPhone(accounts: accounts, codecs: codecs, keys: NeutralPhone.trimmed(keys), network: try network(item),
                            services: try services(item))
    }

    /// §1.6: `network.port.eth.1.type` (DHCP / StaticIP), one octet per item, VLAN enable and tag.
    static func network(_ item: [String: String]) throws -> NeutralPhone.Network {
        func octets(_ prefix: String) throws -> String? {
            let parts = try (1...4).map { i -> Int in
                guard let value = item["\(prefix).\(i)"].flatMap({ Int($0) }), (0...255).contains(value) else {
                    throw ReaderError("\(prefix).\(i) is not an octet")
                }
                return value
            }
            return parts == [0, 0, 0, 0] ? nil : parts.map(String.init).joined(separator: ".")
        }
        let vlan = item["network.port.eth.1.vlan.enable"] == "Yes" ? item["network.port.eth.1.vlan.tag"].flatMap { Int($0) } : nil
        switch item["network.port.eth.1.type"] {
        case "StaticIP":
            let mask = try octets("network.port.eth.1.mask") ?? ""
            guard let prefix = ReaderValues.prefix(ofNetmask: mask) else { throw ReaderError("bad netmask '\(mask)'") }
            let dns = try [octets("network.dns.1.ip"), octets("network.dns.2.ip")].compactMap { $0 }
            return NeutralPhone.Network(mode: .static, address: try octets("network.port.eth.1.address"), prefix: prefix,
                                        gateway: try octets("network.port.eth.1.gateway"), dns: dns, vlan: vlan)
        case "DHCP", nil:
            return NeutralPhone.Network(mode: .dhcp, dns: [], vlan: vlan)
        case let other?:
            throw ReaderError("network.port.eth.1.type = \(other)")
        }
    }

    /// Tones: Grandstream has no tone-country item (§1 has only per-tone strings), so none is read. NTP
    /// (`dateTime.ntp.server.1/.2`), DTMF (three Yes/No switches, Wazo `DTMF_MODES`), SRTP (`account.1.audio.srtpMode`:
    /// Disabled / EnabledButNotForced / EnabledAndForced, FusionPBX comment), voicemail and BLF pickup prefix of
    /// account 1, firmware (`provisioning.firmware.protocol` + host/path folder), time format (12Hour / 24Hour).
    static func services(_ item: [String: String]) throws -> NeutralPhone.Services {
        var s = NeutralPhone.Services()
        s.ntp = ["dateTime.ntp.server.1", "dateTime.ntp.server.2"].compactMap { item[$0] }.filter { !$0.isEmpty }
        let dtmf = ["dtmf.sendInRtp": "rfc2833", "dtmf.sendInSip": "info", "dtmf.sendInAudio": "inband"]
            .filter { item["account.1." + $0.key] == "Yes" }.map(\.value)
        guard dtmf.count <= 1 else { throw ReaderError("more than one DTMF way on: \(dtmf)") }
        s.dtmf = dtmf.first
        if let srtp = item["account.1.audio.srtpMode"] {
            guard let mode = ["Disabled": "off", "EnabledButNotForced": "optional", "EnabledAndForced": "required"][srtp] else {
                throw ReaderError("srtpMode \(srtp)")
            }
            s.srtp = mode
        }
        s.voicemail = item["account.1.sip.voicemail.number"].flatMap { $0.isEmpty ? nil : $0 }
        s.pickupCode = item["account.1.sip.blf.callPickup.prefix"].flatMap { $0.isEmpty ? nil : $0 }
        if let path = item["provisioning.firmware.serverPath"], let scheme = item["provisioning.firmware.protocol"] {
            s.firmware = scheme.lowercased() + "://" + path + "/"
        }
        if let format = item["dateTime.format.time"] {
            guard let hours = ["12Hour": "12h", "24Hour": "24h"][format] else { throw ReaderError("format.time \(format)") }
            s.timeFormat = hours
        }
        return s
    }
}
