/// Reads an Htek `cfg<mac>.xml` (P-code form, `<hl_provision><config><P47 para="…">value</P47>…`) back into a
/// `NeutralPhone`.
///
/// P-codes and value codes are the ones of `vendors/htek.md` (cited by section and row below; P-codes the
/// tables give only as named tags are taken from `htek-pcodes.txt` beside it), written out here on purpose instead of
/// taken from `HtekEmitter`. The `para` attribute is an annotation (H intro) and is not read.
enum HtekReader {
    /// Line-key type codes (H3 type table, FPBX:devices Htek list; WAZO uses 0, 1, 2, 3, 8).
    static let keyTypes: [Int: NeutralPhone.Function] = [
        0: .blank,      // N/A
        1: .line,       // Line
        2: .speedDial,  // Speed dial
        3: .blf,        // BLF
        8: .park,       // Call park
        9: .intercom,   // Intercom
        21: .dnd,       // DND
        // XML group. H3 found no remote-phonebook key type (UNVERIFIED); XML group is the entry that opens the XML
        // (remote) books, as Yealink's "XML Group" (22) does (Y3 remote phonebook row), so it reads as the phonebook.
        13: .phonebook,
    ]

    /// Codec choice payload numbers (H2 codec order row): 0 PCMU, 8 PCMA, 9 G.722, 18 G.729; 120 Opus per P402;
    /// 2 G.726-32, 3 GSM and 4 G.723, which the peers' templates put in their remaining slots (htek.md corrections).
    static let payloads: [Int: String] = [0: "pcmu", 8: "pcma", 9: "g722", 18: "g729", 120: "opus",
                                          2: "g726-32", 3: "gsm", 4: "g723"]

    /// One account's P-codes (H2 account rows; "Other accounts" for 2...6, in the column order of account 1:
    /// active, label, SIP user, auth ID, password, display name), and its profile selector (`htek-pcodes.txt`
    /// P24082...P24087 `AccountN_Profile`).
    struct AccountCodes {
        let active, user, auth, password, displayName, profile: Int
    }

    static let accountCodes: [AccountCodes] = [
        AccountCodes(active: 271, user: 35, auth: 36, password: 34, displayName: 3, profile: 24082),
        AccountCodes(active: 401, user: 735, auth: 736, password: 734, displayName: 703, profile: 24083),
        AccountCodes(active: 501, user: 504, auth: 505, password: 506, displayName: 507, profile: 24084),
        AccountCodes(active: 601, user: 604, auth: 605, password: 606, displayName: 607, profile: 24085),
        AccountCodes(active: 20360, user: 1704, auth: 1705, password: 1706, displayName: 1707, profile: 24086),
        AccountCodes(active: 20361, user: 1804, auth: 1805, password: 1806, displayName: 1807, profile: 24087),
    ]

    /// Line key `n` (1-based): type, value, label, account (H3 P-code numbering, WAZO:ht/common `_gen_param_num`).
    static func lineKeyCodes(_ n: Int) -> (type: Int, value: Int, label: Int, account: Int) {
        switch n {
        case ...4: return (41200 + n - 1, 41300 + n - 1, 41400 + n - 1, 41500 + n - 1)
        case 5...36: let base = 20200 + 5 * (n - 5); return (base, base + 1, base + 2, base + 3)
        default: let base = 23000 + 5 * (n - 37); return (base, base + 1, base + 2, base + 3)
        }
    }

    static func read(_ bytes: [UInt8]) throws -> NeutralPhone {
        let xml = try XMLElements(bytes)
        guard xml.elements.first?.name == "hl_provision" else { throw ReaderError("root is not <hl_provision> (H1)") }
        var p: [Int: String] = [:]
        for element in xml.all("hl_provision", "config", "*") {
            guard element.name.hasPrefix("P"), let code = Int(element.name.dropFirst()) else {
                throw ReaderError("<\(element.name)> is not a P-code")
            }
            guard p[code] == nil else { throw ReaderError("P\(code) is set twice") }
            p[code] = element.text // a self-closing element is an empty value (H1 empty value row)
        }

        // Profile 1 holds the registrar (P47, one `host:port` value) and the codec choices P57...P62 (H2). Slots are
        // ordered choices with no on/off switch: every written slot is offered, in order, and none may repeat.
        let (host, port) = ReaderValues.hostAndPort(p[47] ?? "")
        var profileCodecs: [String] = []
        for code in 57...62 {
            guard let text = p[code], !text.isEmpty else { continue }
            guard let payload = Int(text), let name = payloads[payload] else { throw ReaderError("P\(code) = \(text)") }
            profileCodecs.append(name)
        }
        guard ReaderValues.uniqued(profileCodecs) == profileCodecs else {
            throw ReaderError("codec slots repeat a codec: \(profileCodecs)")
        }

        // Accounts (H2): active ones, account 1 first. Each selects its profile (`AccountN_Profile`); P47 and the
        // codecs belong to the profile account 1 uses, so an account on another profile gets neither.
        var accounts: [NeutralPhone.Account] = []
        var codecs: [[String]] = []
        var usersByAccount: [Int: String] = [:]
        for (index, codes) in accountCodes.enumerated() where p[codes.active] == "1" {
            let sameProfile = p[codes.profile] == p[accountCodes[0].profile]
            accounts.append(NeutralPhone.Account(
                user: p[codes.user] ?? "", authUser: p[codes.auth] ?? "", password: p[codes.password] ?? "",
                registrarHost: sameProfile && !host.isEmpty ? host : nil, registrarPort: sameProfile ? port : nil,
                displayName: p[codes.displayName] ?? ""))
            codecs.append(sameProfile ? profileCodecs : [])
            usersByAccount[index + 1] = p[codes.user] ?? ""
        }

        // Line keys (H3), n from 1 while the slot is written.
        var keys: [NeutralPhone.Key] = []
        var n = 1
        while let typeText = p[lineKeyCodes(n).type] {
            let codes = lineKeyCodes(n)
            guard let code = Int(typeText), let function = keyTypes[code] else {
                throw ReaderError("line key \(n) type \(typeText) is not a code this test maps")
            }
            let label = p[codes.label]
            switch function {
            case .blank:
                keys.append(NeutralPhone.Key(.blank))
            case .line:
                // The account field counts from 0: htek.md's corrections block, "the evidence leans to 0 = account 1
                // (Sangoma S7xx defaults, Tancredi and FPBX factory dumps)", which overrides H3's reading of FusionPBX's
                // UC924 template (a free per-key line number). So 0 is account 1.
                let field = p[codes.account] ?? ""
                let user = Int(field).flatMap { usersByAccount[$0 + 1] }
                keys.append(NeutralPhone.Key(.line, user ?? "no account \(field)", label: label))
            case .dnd, .phonebook:
                keys.append(NeutralPhone.Key(function, label: label))
            default:
                keys.append(NeutralPhone.Key(function, p[codes.value], label: label))
            }
            n += 1
        }

        return NeutralPhone(accounts: accounts, codecs: codecs, keys: NeutralPhone.trimmed(keys), network: try network(p),
                            services: try services(p))
    }

    /// H5 network rows: P8 WAN mode, P9–P12 address, P13–P16 netmask, P17–P20 gateway, P21–P24 / P25–P28 DNS (one
    /// octet each), `StaticDNS` P20163 (`htek-pcodes.txt`), VLAN enable P24053 with tag P51.
    ///
    /// P8 is 0 for DHCP (H5); the static code is UNVERIFIED for Htek and is read as 1, the value of P8 in the P-code
    /// numbering Htek shares with Grandstream (grandstream.md network table: "IPv4 mode 0 DHCP / 1 static / 2 PPPoE").
    /// Tones (P20058, Htek's country table: Germany 11, United States 28, htek.md corrections), NTP (P30, P8622),
    /// DTMF (P20166: 0 RFC 2833, 1 in-band, 2 SIP INFO), SRTP (P183: 0 off, 1 optional, 2 required), voicemail
    /// (P33 with P99 MWI on), the pickup code (P4705), firmware (P192, a file URL closed with `?`) and time format
    /// (P8624: 0 = 24 hours).
    static func services(_ p: [Int: String]) throws -> NeutralPhone.Services {
        func code(_ number: Int, _ table: [String: String]) throws -> String? {
            guard let text = p[number] else { return nil }
            guard let name = table[text] else { throw ReaderError("P\(number) = \(text) is not a known code") }
            return name
        }
        var s = NeutralPhone.Services()
        s.tones = try code(20058, ["11": "DE", "28": "US", "10": "FR", "12": "GB", "2": "AT", "25": "CH", "17": "IT",
                                   "24": "ES", "21": "NL"])
        s.ntp = [30, 8622].compactMap { p[$0] }.filter { !$0.isEmpty }
        s.dtmf = try code(20166, ["0": "rfc2833", "1": "inband", "2": "info"])
        s.srtp = try code(183, ["0": "off", "1": "optional", "2": "required"])
        if p[99] == "1" { s.voicemail = p[33].flatMap { $0.isEmpty ? nil : $0 } }
        s.pickupCode = p[4705].flatMap { $0.isEmpty ? nil : $0 }
        s.firmware = p[192].map { $0.hasSuffix("?") ? String($0.dropLast()) : $0 }
        s.timeFormat = try code(8624, ["0": "24h", "1": "12h"])
        return s
    }

    static func network(_ p: [Int: String]) throws -> NeutralPhone.Network {
        func octets(_ first: Int) throws -> String? {
            let parts = try (first..<first + 4).map { code -> Int in
                guard let value = p[code].flatMap({ Int($0) }), (0...255).contains(value) else {
                    throw ReaderError("P\(code) is not an octet: \(p[code] ?? "missing")")
                }
                return value
            }
            return parts == [0, 0, 0, 0] ? nil : parts.map(String.init).joined(separator: ".")
        }
        let vlan = p[24053] == "1" ? p[51].flatMap { Int($0) } : nil
        switch p[8] {
        case "1":
            let mask = try octets(13) ?? ""
            guard let prefix = ReaderValues.prefix(ofNetmask: mask) else { throw ReaderError("bad netmask '\(mask)'") }
            let dns = p[20163] == "1" ? try [octets(21), octets(25)].compactMap { $0 } : []
            return NeutralPhone.Network(mode: .static, address: try octets(9), prefix: prefix, gateway: try octets(17),
                                        dns: dns, vlan: vlan)
        case "0", nil:
            return NeutralPhone.Network(mode: .dhcp, dns: [], vlan: vlan)
        case let other?:
            throw ReaderError("P8 = \(other) is not DHCP (0) or static (1)")
        }
    }
}
