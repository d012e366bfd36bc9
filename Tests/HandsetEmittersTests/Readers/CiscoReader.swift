/// Reads a Cisco MPP `<mac>.xml` (`<flat-profile>` with one element per parameter) back into a `NeutralPhone`.
///
/// Element names and value words are the ones of `vendors/cisco.md` (§3.2 lines, §3.3 keys, §3.5 network and time,
/// its corrections block) and of the FusionPBX and Wazo templates it cites, written out here on purpose instead of
/// taken from `CiscoEmitter`. The phone's rule "if a parameter appears twice the last one wins" (§3.1) is kept, but a
/// repeat is refused: the emitter has no reason to write one.
enum CiscoReader {
    /// `Preferred_Codec_N_` words (§3.2 codec row; FusionPBX `*_Codec_Name` for OPUS).
    static let codecWords: [String: String] = [
        "G711u": "pcmu", "G711a": "pcma", "G729a": "g729", "G722": "g722", "OPUS": "opus", "G722.2": "g722.2",
        "iLBC": "ilbc", "iSAC": "isac",
    ]

    /// `DTMF_Tx_Method_N_` (§3.2): AVT is RFC 2833 events.
    static let dtmfWords = ["InBand": "inband", "AVT": "rfc2833", "INFO": "info"]

    static func read(_ bytes: [UInt8]) throws -> NeutralPhone {
        let xml = try XMLElements(bytes)
        guard xml.elements.first?.name == "flat-profile" else { throw ReaderError("root is not <flat-profile> (§3.1)") }
        var value: [String: String] = [:]
        for element in xml.all("flat-profile", "*") {
            guard value[element.name] == nil else { throw ReaderError("\(element.name) is set twice") }
            value[element.name] = element.text
        }

        // Lines (§3.2), enabled ones from line 1 while lines are written.
        var accounts: [NeutralPhone.Account] = []
        var codecs: [[String]] = []
        var usersByLine: [Int: String] = [:]
        var n = 1
        while let enabled = value["Line_Enable_\(n)_"] {
            defer { n += 1 }
            guard enabled == "Yes" else { continue }
            let (host, port) = ReaderValues.hostAndPort(value["Proxy_\(n)_"] ?? "")
            let user = value["User_ID_\(n)_"] ?? ""
            let authUser = value["Use_Auth_ID_\(n)_"] == "Yes" ? value["Auth_ID_\(n)_"] ?? "" : user
            accounts.append(NeutralPhone.Account(user: user, authUser: authUser, password: value["Password_\(n)_"] ?? "",
                                                 registrarHost: host.isEmpty ? nil : host, registrarPort: port,
                                                 displayName: value["Display_Name_\(n)_"] ?? ""))
            codecs.append(try preferredCodecs(n, value))
            usersByLine[n] = user
        }

        // Line keys (§3.3): `Extension_K_` a line number or `Disabled`, then the function string.
        var keys: [NeutralPhone.Key] = []
        var k = 1
        while let ext = value["Extension_\(k)_"] {
            let label = value["Short_Name_\(k)_"]
            let function = value["Extended_Function_\(k)_"] ?? ""
            if ext != "Disabled" {
                guard let line = Int(ext) else { throw ReaderError("Extension_\(k)_ = \(ext)") }
                keys.append(NeutralPhone.Key(.line, usersByLine[line] ?? "no line \(line)", label: label))
            } else if function.isEmpty {
                keys.append(NeutralPhone.Key(.blank))
            } else {
                keys.append(try functionKey(function))
            }
            k += 1
        }
        return NeutralPhone(accounts: accounts, codecs: codecs, keys: NeutralPhone.trimmed(keys), network: try network(value),
                            services: try services(value))
    }

    /// Preferred, second and third codec, `Unspecified` skipped; a codec the same line switches off
    /// (`G729a_Enable_N_`, `G722_Enable_N_`, `OPUS_Enable_N_` = No) cannot be preferred.
    static func preferredCodecs(_ n: Int, _ value: [String: String]) throws -> [String] {
        var names: [String] = []
        for slot in ["Preferred_Codec", "Second_Preferred_Codec", "Third_Preferred_Codec"] {
            guard let word = value["\(slot)_\(n)_"], word != "Unspecified" else { continue }
            guard let name = codecWords[word] else { throw ReaderError("\(slot)_\(n)_ = \(word)") }
            names.append(name)
        }
        for (name, switchName) in [("g729", "G729a_Enable"), ("g722", "G722_Enable"), ("opus", "OPUS_Enable")]
        where names.contains(name) && value["\(switchName)_\(n)_"] == "No" {
            throw ReaderError("\(name) is preferred on line \(n) but switched off")
        }
        guard ReaderValues.uniqued(names) == names else { throw ReaderError("codecs repeat: \(names)") }
        return names
    }

    /// `fnc=<kinds>;sub=|ext=<number>@$PROXY;nme=<label>` (§3.3, Wazo `_add_fkeys`; Cisco's 6800/8800 MPP guides,
    /// "Key Expansion Module" chapters): `sd` alone is a speed dial, with `blf` a BLF key; `prk` call park on the slot
    /// in `ext`, `dnd` do not disturb, `xml` an XML service (the `url`), which is how a phonebook key opens a directory.
    static func functionKey(_ text: String) throws -> NeutralPhone.Key {
        var fields: [String: String] = [:]
        for part in text.split(separator: ";") {
            let pair = part.split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2 else { throw ReaderError("function field '\(part)' in \(text)") }
            fields[pair[0]] = pair[1]
        }
        let kinds = Set((fields["fnc"] ?? "").split(separator: "+").map(String.init))
        let target = (fields["sub"] ?? fields["ext"]).map { $0.hasSuffix("@$PROXY") ? String($0.dropLast(7)) : $0 }
        if kinds.contains("blf") { return NeutralPhone.Key(.blf, target, label: fields["nme"]) }
        if kinds == ["sd"] { return NeutralPhone.Key(.speedDial, target, label: fields["nme"]) }
        if kinds == ["prk"] { return NeutralPhone.Key(.park, target, label: fields["nme"]) }
        if kinds == ["dnd"] { return NeutralPhone.Key(.dnd, label: fields["nme"]) }
        if kinds == ["xml"], fields["url"]?.hasSuffix("directory.xml") == true {
            return NeutralPhone.Key(.phonebook, label: fields["nme"])
        }
        throw ReaderError("function \(text)")
    }

    /// §3.5: `Connection_Type` DHCP / Static IP, dotted address, netmask, gateway and DNS; `Enable_VLAN` and `VLAN_ID`.
    static func network(_ value: [String: String]) throws -> NeutralPhone.Network {
        let vlan = value["Enable_VLAN"] == "Yes" ? value["VLAN_ID"].flatMap { Int($0) } : nil
        switch value["Connection_Type"] {
        case "Static IP":
            let mask = value["NetMask"] ?? ""
            guard let prefix = ReaderValues.prefix(ofNetmask: mask) else { throw ReaderError("bad netmask '\(mask)'") }
            let dns = [value["Primary_DNS"], value["Secondary_DNS"]].compactMap { $0 }.filter { !$0.isEmpty }
            return NeutralPhone.Network(mode: .static, address: value["Static_IP"], prefix: prefix,
                                        gateway: value["Gateway"], dns: dns, vlan: vlan)
        case "DHCP", nil:
            return NeutralPhone.Network(mode: .dhcp, dns: [], vlan: vlan)
        case let other?:
            throw ReaderError("Connection_Type = \(other)")
        }
    }

    /// Tones: Cisco has one tone script per tone and no country (§3.5 has none), so none is read. NTP
    /// (`Primary_`/`Secondary_NTP_Server`), DTMF of line 1, SRTP (`Secure_Call_Setting` Yes / No), voicemail
    /// (`Voice_Mail_Number`), pickup (`Call_Pickup_Code`, which `sd+blf+cp` keys use), firmware (`Upgrade_Rule` when
    /// `Upgrade_Enable` is Yes), time format (`12hr` / `24hr`, FusionPBX `spa_time_format`).
    static func services(_ value: [String: String]) throws -> NeutralPhone.Services {
        var s = NeutralPhone.Services()
        s.ntp = ["Primary_NTP_Server", "Secondary_NTP_Server"].compactMap { value[$0] }.filter { !$0.isEmpty }
        if let word = value["DTMF_Tx_Method_1_"] {
            guard let dtmf = dtmfWords[word] else { throw ReaderError("DTMF_Tx_Method_1_ = \(word)") }
            s.dtmf = dtmf
        }
        if let secure = value["Secure_Call_Setting"] {
            guard let mode = ["Yes": "required", "No": "off"][secure] else { throw ReaderError("Secure_Call_Setting \(secure)") }
            s.srtp = mode
        }
        s.voicemail = value["Voice_Mail_Number"].flatMap { $0.isEmpty ? nil : $0 }
        s.pickupCode = value["Call_Pickup_Code"].flatMap { $0.isEmpty ? nil : $0 }
        if value["Upgrade_Enable"] == "Yes" { s.firmware = value["Upgrade_Rule"] }
        if let format = value["Time_Format"] {
            guard let hours = ["12hr": "12h", "24hr": "24h"][format] else { throw ReaderError("Time_Format \(format)") }
            s.timeFormat = hours
        }
        return s
    }
}
