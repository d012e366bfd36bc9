/// Reads a Fanvil `<mac>.cfg` in the `sysConf` dialect back into a `NeutralPhone`.
///
/// Element names and codes are the ones of `vendors/fanvil.md` (§2.2 accounts, §2.3 keys and the corrections block's
/// DSS `Type` codes and BLF value form, §2.5 network and time) and of the peers' tables it cites (Wazo
/// `_SIP_DTMF_MODE`, `_COUNTRY`; Tancredi's `Time Display Style`), written out here on purpose instead of taken from
/// `FanvilEmitter`.
enum FanvilReader {
    /// `SelectYourTone` codes (Wazo `plugins/wazo_fanvil/common/common.py` `_COUNTRY`, by locale).
    static let tones: [String: String] = ["2": "DE", "18": "CA", "13": "GB", "11": "US", "33": "ES", "25": "FR", "21": "IT", "5": "NL"]

    /// `DTMFMode` (§2.2: Wazo 0 in-band, 1 RFC 2833, 2 SIP INFO).
    static let dtmf: [String: String] = ["0": "inband", "1": "rfc2833", "2": "info"]

    /// `VoiceCodecMap` names (§2.2).
    static let codecNames: [String: String] = ["PCMU": "pcmu", "PCMA": "pcma", "G722": "g722", "G729": "g729", "opus": "opus"]

    static func read(_ bytes: [UInt8]) throws -> NeutralPhone {
        let xml = try XMLElements(bytes)
        guard xml.elements.first?.name == "sysConf" else { throw ReaderError("root is not <sysConf> (§2.1 format B)") }
        func value(_ path: String...) throws -> String? {
            let found = xml.elements.filter { $0.path == ["sysConf"] + path }
            guard found.count <= 1 else { throw ReaderError("\(path.joined(separator: "/")) is set \(found.count) times") }
            return found.first?.text
        }

        // Lines (§2.2): `<sip><line index="N">`, registered ones in index order.
        var accounts: [NeutralPhone.Account] = []
        var codecs: [[String]] = []
        var usersByLine: [Int: String] = [:]
        let lines = try groups(xml, ["sysConf", "sip", "line"]).sorted { $0.index < $1.index }
        let lineOne = lines.first { $0.index == 1 }?.fields ?? [:]
        for line in lines {
            let field = line.fields
            guard field["EnableReg"] == "1" else { continue }
            accounts.append(NeutralPhone.Account(
                user: field["PhoneNumber"] ?? "", authUser: field["RegisterUser"] ?? "", password: field["RegisterPswd"] ?? "",
                registrarHost: field["RegisterAddr"].flatMap { $0.isEmpty ? nil : $0 },
                registrarPort: field["RegisterPort"].flatMap { Int($0) }, displayName: field["DisplayName"] ?? ""))
            codecs.append(try (field["VoiceCodecMap"] ?? "").split(separator: ",").map { word -> String in
                guard let name = codecNames[String(word)] else { throw ReaderError("codec \(word)") }
                return name
            })
            usersByLine[line.index] = field["PhoneNumber"] ?? ""
        }

        // Keys (§2.3): the side keys, then the function-key pages, each in page and index order.
        var keys: [NeutralPhone.Key] = []
        var pickupCode: String?
        for section in ["dssSide", "internal"] {
            let fkeys = try groups(xml, ["sysConf", "dsskey", section, "Fkey"]).sorted { ($0.page, $0.index) < ($1.page, $1.index) }
            for fkey in fkeys {
                let (key, pickup) = try readKey(fkey.fields, usersByLine)
                keys.append(key)
                if let pickup { pickupCode = pickup }
            }
        }

        var services = NeutralPhone.Services()
        services.tones = try value("mm", "SelectYourTone").map { code in
            guard let iso = tones[code] else { throw ReaderError("tone code \(code)") }
            return iso
        }
        services.ntp = [try value("phone", "date", "SNTPServer"), try value("phone", "date", "SecondSNTPServer")]
            .compactMap { $0 }.filter { !$0.isEmpty }
        services.dtmf = try lineOne["DTMFMode"].map { code in
            guard let mode = dtmf[code] else { throw ReaderError("DTMFMode \(code)") }
            return mode
        }
        // `MediaCrypto` 0 is off (FusionPBX); no source gives the other values, so any other is refused here too.
        services.srtp = try lineOne["MediaCrypto"].map { code in
            guard code == "0" else { throw ReaderError("MediaCrypto \(code)") }
            return "off"
        }
        services.voicemail = lineOne["MWINum"].flatMap { $0.isEmpty ? nil : $0 }
        services.pickupCode = pickupCode
        services.firmware = try value("AUTOUPDATE_CONFIG_MODULE", "Auto_Image_URL")
        services.timeFormat = try value("phone", "timeDisplay", "TimeDisplayStyle").map { code in
            guard let format = ["0": "24h", "1": "12h"][code] else { throw ReaderError("TimeDisplayStyle \(code)") }
            return format
        }
        return NeutralPhone(accounts: accounts, codecs: codecs, keys: NeutralPhone.trimmed(keys), network: try network(value),
                            services: services)
    }

    /// The elements at `path` (each with its `index` attribute and that of its parent, the page) and the text of
    /// their child elements, in document order. A child set twice in one element is a defect.
    static func groups(_ xml: XMLElements, _ path: [String]) throws -> [(page: Int, index: Int, fields: [String: String])] {
        var out: [(page: Int, index: Int, fields: [String: String])] = []
        var page = 0
        for element in xml.elements {
            if element.path == Array(path.dropLast()) { page = element.attributes["index"].flatMap { Int($0) } ?? 0 }
            if element.path == path {
                out.append((page, element.attributes["index"].flatMap { Int($0) } ?? 0, [:]))
            } else if element.path.count == path.count + 1, Array(element.path.prefix(path.count)) == path, !out.isEmpty {
                guard out[out.count - 1].fields[element.name] == nil else {
                    throw ReaderError("\(element.path.joined(separator: "/")) is set twice")
                }
                out[out.count - 1].fields[element.name] = element.text
            }
        }
        return out
    }

    /// One key (corrections block, DSS `Type`): 0 none, 1 memory key `<number>@<line>/<suffix>` (§2.3 suffix table:
    /// `f` speed dial, `ba`/`bb`/`bc` BLF with the pickup code and number after it when directed pickup is on, `c` park,
    /// `i` intercom), 2 line `SIP<n>`, 3 function (`F_DND`). Returns the pickup code a BLF value carries.
    static func readKey(_ field: [String: String], _ usersByLine: [Int: String]) throws -> (NeutralPhone.Key, String?) {
        let value = field["Value"] ?? ""
        let title = field["Title"]
        switch field["Type"] {
        case "0":
            return (NeutralPhone.Key(.blank), nil)
        case "2":
            guard value.hasPrefix("SIP"), let n = Int(value.dropFirst(3)) else { throw ReaderError("line key value \(value)") }
            return (NeutralPhone.Key(.line, usersByLine[n] ?? "no line \(n)", label: title), nil)
        case "3":
            guard value == "F_DND" else { throw ReaderError("function key value \(value)") }
            return (NeutralPhone.Key(.dnd, label: title), nil)
        case "1":
            guard let at = value.firstIndex(of: "@"), let slash = value[at...].firstIndex(of: "/") else {
                throw ReaderError("memory key value \(value)")
            }
            let number = String(value[..<at])
            let suffix = String(value[value.index(after: slash)...])
            switch suffix {
            case "f": return (NeutralPhone.Key(.speedDial, number, label: title), nil)
            case "c": return (NeutralPhone.Key(.park, number, label: title), nil)
            case "i": return (NeutralPhone.Key(.intercom, number, label: title), nil)
            default:
                guard suffix.hasPrefix("b"), suffix.count >= 2 else { throw ReaderError("memory key suffix \(suffix)") }
                let rest = suffix.dropFirst(2)
                var pickup: String?
                if !rest.isEmpty {
                    guard rest.hasSuffix(number) else { throw ReaderError("BLF pickup part \(rest) does not end in \(number)") }
                    pickup = String(rest.dropLast(number.count))
                }
                return (NeutralPhone.Key(.blf, number, label: title), pickup)
            }
        case let other:
            throw ReaderError("key type \(other ?? "missing")")
        }
    }

    /// §2.5: `<net>` `EnableDHCP`, `WANIP`, `WANSubnetMask`, `WANGateway`, `PrimaryDNS`, `SecondaryDNS`; `<qos>`
    /// `EnableVLAN`, `VLANID`.
    static func network(_ value: (String...) throws -> String?) throws -> NeutralPhone.Network {
        let vlan = try value("qos", "EnableVLAN") == "1" ? try value("qos", "VLANID").flatMap { Int($0) } : nil
        switch try value("net", "EnableDHCP") {
        case "0":
            let mask = try value("net", "WANSubnetMask") ?? ""
            guard let prefix = ReaderValues.prefix(ofNetmask: mask) else { throw ReaderError("bad netmask '\(mask)'") }
            let dns = try [value("net", "PrimaryDNS"), value("net", "SecondaryDNS")].compactMap { $0 }.filter { !$0.isEmpty }
            return NeutralPhone.Network(mode: .static, address: try value("net", "WANIP"), prefix: prefix,
                                        gateway: try value("net", "WANGateway"), dns: dns, vlan: vlan)
        case "1", nil:
            return NeutralPhone.Network(mode: .dhcp, dns: [], vlan: vlan)
        case let other?:
            throw ReaderError("EnableDHCP = \(other)")
        }
    }
}
