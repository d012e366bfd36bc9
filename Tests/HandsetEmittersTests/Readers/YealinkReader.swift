import Foundation

/// Reads a Yealink `<mac>.cfg` (`key = value` lines) back into a `NeutralPhone`.
///
/// Key names and value codes are the ones of `vendors/yealink.md` (cited by section and row below), written out
/// here on purpose instead of taken from `YealinkEmitter`.
enum YealinkReader {
    /// Line-key type codes (Y3 "Type codes" table, from FPBX:devices; WAZO uses 0/10/11/13/15/16).
    static let keyTypes: [Int: NeutralPhone.Function] = [
        0: .blank,      // N/A (blank)
        5: .dnd,        // DND
        10: .park,      // Call Park
        13: .speedDial, // Speed Dial
        14: .intercom,  // Intercom
        15: .line,      // Line (line appearance)
        16: .blf,       // BLF
        22: .phonebook, // XML Group: Y3 "Remote phonebook key: type 47 (or 22)"
        47: .phonebook, // XML Directory (remote phonebook)
    ]

    /// Codec key segments of the X.8x name-based form (Y2 "Codecs"), by the names the neutral form uses.
    static let codecNames: [String: String] = [
        "pcmu": "pcmu", "pcma": "pcma", "g722": "g722", "g729": "g729", "opus": "opus",
    ]

    static func read(_ bytes: [UInt8]) throws -> NeutralPhone {
        let values = try parse(String(decoding: bytes, as: UTF8.self))
        func value(_ key: String) -> String? { values[key] }

        // Accounts: `account.N.*` (Y2), N from 1 while the slot is written; only enabled ones are registered.
        var accounts: [NeutralPhone.Account] = []
        var accountNumbers: [Int] = []
        var n = 1
        while let enable = value("account.\(n).enable") {
            defer { n += 1 }
            guard enable == "1" else { continue }
            let p = "account.\(n)."
            accounts.append(NeutralPhone.Account(
                user: value(p + "user_name") ?? "", authUser: value(p + "auth_name") ?? "",
                password: value(p + "password") ?? "", registrarHost: value(p + "sip_server.1.address"),
                registrarPort: value(p + "sip_server.1.port").flatMap { Int($0) },
                displayName: value(p + "display_name") ?? ""))
            accountNumbers.append(n)
        }

        // Codecs per account: enabled ones by `priority`, lowest first. Y2 marks "lower number = preferred" as
        // unverified; it is the reading under which FPBX's 0-for-disabled makes sense, and the one used here.
        var codecs: [[String]] = []
        for n in accountNumbers {
            let prefix = "account.\(n).codec."
            var enabled: [(name: String, priority: Int)] = []
            for (key, flag) in values where key.hasPrefix(prefix) && key.hasSuffix(".enable") && flag == "1" {
                let segment = String(key.dropFirst(prefix.count).dropLast(".enable".count))
                guard let name = codecNames[segment] else { throw ReaderError("unknown Yealink codec key \(key)") }
                guard let priority = value(prefix + segment + ".priority").flatMap({ Int($0) }) else {
                    throw ReaderError("\(key) has no integer priority")
                }
                enabled.append((name, priority))
            }
            codecs.append(enabled.sorted { ($0.priority, $0.name) < ($1.priority, $1.name) }.map(\.name))
        }

        // Line keys: `linekey.N.type/.line/.value/.label` (Y3), N from 1 while the slot is written.
        var keys: [NeutralPhone.Key] = []
        var slot = 1
        while let typeText = value("linekey.\(slot).type") {
            let p = "linekey.\(slot)."
            guard let code = Int(typeText), let function = keyTypes[code] else {
                throw ReaderError("linekey.\(slot).type = \(typeText) is not a code this test maps")
            }
            let label = value(p + "label")
            switch function {
            case .blank:
                keys.append(NeutralPhone.Key(.blank))
            case .line:
                // `.line` is the account index (Y3 line-key keys); the key shows that account.
                let index = value(p + "line").flatMap { Int($0) }
                let account = index.flatMap { accountNumbers.firstIndex(of: $0) }.map { accounts[$0].user }
                keys.append(NeutralPhone.Key(.line, account ?? "no account \(index.map(String.init) ?? "-")",
                                             label: label))
            case .dnd, .phonebook:
                // No target: DND toggles the phone, and the only remote book is `remote_phonebook.data.1`.
                keys.append(NeutralPhone.Key(function, label: label))
            default:
                keys.append(NeutralPhone.Key(function, value(p + "value"), label: label))
            }
            slot += 1
        }

        return NeutralPhone(accounts: accounts, codecs: codecs, keys: NeutralPhone.trimmed(keys),
                            network: try network(value), services: try services(value, values))
    }

    /// Tones, NTP, DTMF, SRTP, voicemail, pickup, firmware and time format (yealink.md corrections block and the
    /// admin guide's value tables: `voice.tone.country` names, `dtmf.type` 0 in-band / 1 RFC 2833 / 2 SIP INFO,
    /// `srtp_encryption` 0 / 1 optional / 2 compulsory, `local_time.time_format` 1 = 24 hours).
    static func services(_ value: (String) -> String?, _ values: [String: String]) throws -> NeutralPhone.Services {
        let countries = ["Germany": "DE", "United States": "US", "France": "FR", "Great Britain": "GB", "Austria": "AT",
                         "Switzerland": "CH", "Italy": "IT", "Spain": "ES", "Netherlands": "NL"]
        var s = NeutralPhone.Services()
        if let tone = value("voice.tone.country") {
            guard let iso = countries[tone] else { throw ReaderError("voice.tone.country = \(tone) is not mapped here") }
            s.tones = iso
        }
        s.ntp = ["local_time.ntp_server1", "local_time.ntp_server2"].compactMap(value)
        s.dtmf = try value("account.1.dtmf.type").map { try code($0, ["0": "inband", "1": "rfc2833", "2": "info"], "dtmf.type") }
        s.srtp = try value("account.1.srtp_encryption").map { try code($0, ["0": "off", "1": "optional", "2": "required"], "srtp") }
        if value("account.1.subscribe_mwi") == "1" { s.voicemail = value("voice_mail.number.1") }
        // The per-key pickup code of a BLF key (`linekey.N.pickup_value`, Yealink's sample comment).
        s.pickupCode = values.keys.sorted().filter { $0.hasPrefix("linekey.") && $0.hasSuffix(".pickup_value") }.first.flatMap(value)
        s.firmware = value("static.firmware.url")
        s.timeFormat = try value("local_time.time_format").map { try code($0, ["1": "24h", "0": "12h"], "time_format") }
        return s
    }

    static func code(_ text: String, _ table: [String: String], _ what: String) throws -> String {
        guard let name = table[text] else { throw ReaderError("\(what) = \(text) is not a known code") }
        return name
    }

    /// The internet port (Y5): `static.network.internet_port.type` 0 DHCP, 1 PPPoE, 2 static; address, mask and
    /// gateway; DNS when `static_dns_enable` is 1; VLAN when `vlan.internet_port_enable` is 1.
    static func network(_ value: (String) -> String?) throws -> NeutralPhone.Network {
        let dns = value("static.network.static_dns_enable") == "1"
            ? [value("static.network.primary_dns"), value("static.network.secondary_dns")].compactMap { $0 } : []
        let vlan = value("static.network.vlan.internet_port_enable") == "1"
            ? value("static.network.vlan.internet_port_vid").flatMap { Int($0) } : nil
        switch value("static.network.internet_port.type") {
        case "2":
            let mask = value("static.network.internet_port.mask") ?? ""
            guard let prefix = ReaderValues.prefix(ofNetmask: mask) else { throw ReaderError("bad netmask '\(mask)'") }
            return NeutralPhone.Network(mode: .static, address: value("static.network.internet_port.ip"),
                                        prefix: prefix, gateway: value("static.network.internet_port.gateway"),
                                        dns: dns, vlan: vlan)
        case "0", nil:
            return NeutralPhone.Network(mode: .dhcp, dns: dns, vlan: vlan)
        case let other?:
            throw ReaderError("static.network.internet_port.type = \(other) is not DHCP (0) or static (2)")
        }
    }

    /// `key = value` lines (Y1 line syntax; whitespace around `=` tolerated). The first line must be the header; `#`
    /// lines are comments; `%NULL%` and an empty value are "not set" (Y1 explicit empty value), so they are left out.
    static func parse(_ text: String) throws -> [String: String] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.first == "#!version:1.0.0.1" else { throw ReaderError("missing #!version:1.0.0.1 header (Y1)") }
        var values: [String: String] = [:]
        var seen = Set<String>()
        for line in lines.dropFirst() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            guard let equals = trimmed.firstIndex(of: "=") else { throw ReaderError("not a key = value line: \(line)") }
            var key = trimmed[..<equals].trimmingCharacters(in: .whitespaces)
            let value = trimmed[trimmed.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            // The web passwords share one key, a `<login>:<password>` line per account (Y5 admin password row):
            // read as one key per login.
            if key == "static.security.user_password", let colon = value.firstIndex(of: ":") {
                key += "." + value[..<colon]
            }
            guard seen.insert(key).inserted else { throw ReaderError("\(key) is set twice") }
            if value != "%NULL%" && !value.isEmpty { values[key] = value }
        }
        return values
    }
}
