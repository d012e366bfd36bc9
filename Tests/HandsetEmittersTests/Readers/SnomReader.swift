/// Reads a Snom `<MAC>.xml` (`<settings>` with `<phone-settings>` and `<functionKeys>`) back into a `NeutralPhone`.
///
/// Setting names and key values are the ones of `vendors/snom.md` (cited by section and row below), written out
/// here on purpose instead of taken from `SnomEmitter`.
enum SnomReader {
    /// `<fkey>` value types (snom.md §3) by their first word; `keyevent` keys by their event.
    static let keyTypes: [String: NeutralPhone.Function] = [
        "line": .line,       // §3 "Value line"
        "blf": .blf,         // §3 "Value blf <target>"
        "speed": .speedDial, // §3 "Value speed <number>"
        "orbit": .park,      // §3 "Value orbit <n>": park orbit
        "icom": .intercom,   // §3 "Other types": icom
        "none": .blank,      // §3 "Value none": an empty, unused key
    ]
    static let keyEvents: [String: NeutralPhone.Function] = [
        // §3 "Value keyevent F_…": the DND token is documented only as a function, `F_DND` is UNVERIFIED there.
        "F_DND": .dnd,
        // §3 "Value keyevent F_…": F_ADR_BOOK, the address book (the local directory, which holds the tenant tbook).
        "F_ADR_BOOK": .phonebook,
    ]

    /// `codec_priority_list` tokens (§2), by the names the neutral form uses. `telephone-event` is RFC 2833 DTMF, not an
    /// audio codec: it is dropped, not compared.
    static let codecTokens: [String: String] = ["pcmu": "pcmu", "pcma": "pcma", "g722": "g722", "g729": "g729"]

    /// `shared` gives the tenant's other files by name, for what the per-MAC file only points at (the firmware file).
    static func read(_ bytes: [UInt8], shared: (String) -> [UInt8]? = { _ in nil }) throws -> NeutralPhone {
        let xml = try XMLElements(bytes)
        guard xml.elements.first?.name == "settings" else { throw ReaderError("root is not <settings> (§1)") }
        // Every setting: `<name idx="N">value</name>` inside <phone-settings> (§1 "Setting syntax").
        var global: [String: String] = [:]
        var perIdentity: [Int: [String: String]] = [:]
        for element in xml.all("settings", "phone-settings", "*") {
            if let idx = element.attributes["idx"] {
                guard let n = Int(idx) else { throw ReaderError("\(element.name) idx=\(idx)") }
                guard perIdentity[n, default: [:]][element.name] == nil else {
                    throw ReaderError("\(element.name) idx=\(n) is set twice")
                }
                perIdentity[n, default: [:]][element.name] = element.text
            } else {
                guard global[element.name] == nil else { throw ReaderError("\(element.name) is set twice") }
                global[element.name] = element.text
            }
        }

        // Identities (§2): idx 1... in order, registered when `user_active` is on. `user_host` is `host` or `host:port`.
        var accounts: [NeutralPhone.Account] = []
        var codecs: [[String]] = []
        var identityUsers: [Int: String] = [:]
        for idx in perIdentity.keys.sorted() {
            let s = perIdentity[idx] ?? [:]
            guard s["user_active"] == "on" else { continue }
            let (host, port) = ReaderValues.hostAndPort(s["user_host"] ?? "")
            accounts.append(NeutralPhone.Account(
                user: s["user_name"] ?? "", authUser: s["user_pname"] ?? "", password: s["user_pass"] ?? "",
                registrarHost: host.isEmpty ? nil : host, registrarPort: port, displayName: s["user_realname"] ?? ""))
            identityUsers[idx] = s["user_name"] ?? ""
            // List order is preference order, and an omitted codec is disabled (§2 `codec_priority_list`).
            var list: [String] = []
            for token in (s["codec_priority_list"] ?? "").split(separator: ",").map(String.init) where token != "telephone-event" {
                guard let name = codecTokens[token] else { throw ReaderError("unknown Snom codec token \(token)") }
                list.append(name)
            }
            codecs.append(list)
        }

        // Function keys (§3): `<fkey idx="N" context="C" label="…">TYPE VALUE</fkey>`, idx 0-based, in idx order.
        var fkeys: [(idx: Int, key: NeutralPhone.Key)] = []
        for element in xml.all("settings", "functionKeys", "fkey") {
            guard let idx = element.attributes["idx"].flatMap({ Int($0) }) else { throw ReaderError("fkey without idx") }
            fkeys.append((idx, try key(element, identityUsers: identityUsers)))
        }
        fkeys.sort { $0.idx < $1.idx }
        guard fkeys.map(\.idx) == Array(0..<fkeys.count) else { throw ReaderError("fkey idx not 0...n: \(fkeys.map(\.idx))") }

        var services = try Self.services(global, perIdentity[1] ?? [:], shared: shared)
        // A BLF key with directed pickup: `blf <target>|<code>` (snom.md corrections block).
        for element in xml.all("settings", "functionKeys", "fkey") where element.text.hasPrefix("blf ") && element.text.contains("|") {
            services.pickupCode = String(element.text.split(separator: "|", maxSplits: 1)[1])
            break
        }
        return NeutralPhone(accounts: accounts, codecs: codecs, keys: NeutralPhone.trimmed(fkeys.map(\.key)),
                            network: try network(global), services: services)
    }

    /// One `<fkey>`. A `line` key belongs to the identity its `context` names (§3 "Value line": `context="N"` binds it
    /// to identity N); other keys act for `active`, which names no account, so their context is not compared.
    static func key(_ element: XMLElements.Element, identityUsers: [Int: String]) throws -> NeutralPhone.Key {
        let words = element.text.split(separator: " ", maxSplits: 1).map(String.init)
        let type = words.first ?? ""
        let rest = words.count > 1 ? words[1] : nil
        let label = element.attributes["label"]
        if type == "keyevent" {
            guard let rest, let function = keyEvents[rest] else { throw ReaderError("fkey keyevent \(rest ?? "")") }
            return NeutralPhone.Key(function, label: label)
        }
        guard let function = keyTypes[type] else { throw ReaderError("fkey value '\(element.text)' is not a type this test maps") }
        switch function {
        case .line:
            let context = element.attributes["context"] ?? ""
            let user = Int(context).flatMap { identityUsers[$0] }
            return NeutralPhone.Key(.line, user ?? "no account \(context)", label: label)
        case .blank:
            return NeutralPhone.Key(.blank)
        case .blf:
            // Wazo writes `blf <ext>|<pickup-prefix>` (§3 "Value blf"): the monitored extension is before the `|`.
            return NeutralPhone.Key(.blf, rest.map { String($0.prefix { $0 != "|" }) }, label: label)
        default:
            return NeutralPhone.Key(function, rest, label: label)
        }
    }

    /// §5 "DHCP": `dhcp` on/off; static address in `ip_adr`, `netmask`, `gateway`, `dns_server1`/`2` (names from the
    /// mass-deployment FAQ list, UNVERIFIED for 10.x); §5 "VLAN": `vlan_id`, empty for none.
    /// Tones (`tone_scheme`, snom.md corrections), NTP (`ntp_server`: one), DTMF (`user_dtmf_info` off = RFC 2833
    /// unless `telephone-event` is missing from the codec list, which is in-band; `sip_info_only` = INFO), SRTP
    /// (`user_srtp` + `user_savp`), voicemail (`user_mailbox`), firmware (`firmware_status` names a file whose
    /// `<firmware>` is the image) and time format (`time_24_format` on = 24 hours).
    static func services(_ global: [String: String], _ identity: [String: String],
                         shared: (String) -> [UInt8]?) throws -> NeutralPhone.Services {
        let schemes = ["GER": "DE", "USA": "US", "FRA": "FR", "GBR": "GB", "AUT": "AT", "SWI": "CH", "ITA": "IT",
                       "ESP": "ES", "NLD": "NL"]
        var s = NeutralPhone.Services()
        if let scheme = global["tone_scheme"] {
            guard let iso = schemes[scheme] else { throw ReaderError("tone_scheme \(scheme) is not mapped here") }
            s.tones = iso
        }
        s.ntp = global["ntp_server"].map { [$0] } ?? []
        if let info = identity["user_dtmf_info"] {
            let events = (identity["codec_priority_list"] ?? "").split(separator: ",").contains("telephone-event")
            s.dtmf = info == "sip_info_only" ? "info" : info == "off" ? (events ? "rfc2833" : "inband") : "info+rfc2833"
        }
        if let srtp = identity["user_srtp"] {
            s.srtp = srtp == "off" ? "off" : identity["user_savp"] == "mandatory" ? "required" : "optional"
        }
        s.voicemail = identity["user_mailbox"].flatMap { $0.isEmpty ? nil : $0 }
        if let status = global["firmware_status"], global["update_policy"] == "auto_update" {
            let name = String(status.split(separator: "/").last ?? "")
            guard let file = shared(name) else { throw ReaderError("firmware_status names \(name), which is not emitted") }
            s.firmware = try XMLElements(file).all("firmware-settings", "firmware").first?.text
        }
        s.timeFormat = global["time_24_format"].map { $0 == "on" ? "24h" : "12h" }
        return s
    }

    static func network(_ s: [String: String]) throws -> NeutralPhone.Network {
        let vlan = s["vlan_id"].flatMap { Int($0) }
        switch s["dhcp"] {
        case "off":
            let mask = s["netmask"] ?? ""
            guard let prefix = ReaderValues.prefix(ofNetmask: mask) else { throw ReaderError("bad netmask '\(mask)'") }
            let dns = [s["dns_server1"], s["dns_server2"]].compactMap { $0 }.filter { !$0.isEmpty }
            return NeutralPhone.Network(mode: .static, address: s["ip_adr"], prefix: prefix,
                                        gateway: s["gateway"].flatMap { $0.isEmpty ? nil : $0 }, dns: dns, vlan: vlan)
        case "on", nil:
            return NeutralPhone.Network(mode: .dhcp, dns: [], vlan: vlan)
        case let other?:
            throw ReaderError("dhcp = \(other)")
        }
    }
}
