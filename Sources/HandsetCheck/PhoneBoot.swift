import HandsetCore

/// How one phone asks for its files at boot: the User-Agent it sends, the files it asks for first, and the files a
/// fetched file leads it to. Facts from the vendor notes (`vendors/*.md`, sections named below); the file names are
/// the phone's own request names, not the emitters' choice.
public struct PhoneBoot: Sendable {
    public var vendor: Vendor
    /// The maker's model spelling (`T54W`, `D785`, `UC926`).
    public var model: String
    /// Twelve lowercase hex digits.
    public var mac: String

    public init(vendor: Vendor, model: String, mac: String) {
        self.vendor = vendor
        self.model = model
        self.mac = mac
    }

    /// The User-Agent the phone sends, with its MAC where the vendor puts it (yealink.md Y7 `Yealink SIP-T46G
    /// 28.72.0.1 00:15:65:4a:a9:37`; snom.md §7 firmware 10.x `snomD785-SIP 10.1.33.33 … 000413922D24`; htek.md H7
    /// `Htek UC903 2.0.4.2 00:1f:c1:1c:22:a9`). Firmware versions are sample values from those rows.
    public var userAgent: String {
        switch vendor {
        case .yealink: return "Yealink SIP-\(model) 96.86.0.100 \(colonMAC)"
        case .snom: return "Mozilla/4.0 (compatible; snom\(model)-SIP 10.1.33.33 2010.12-00004-g9ba52f5 \(mac.uppercased()) SXM:0 UXM:0)"
        case .htek: return "Htek \(model) 2.0.4.2 \(colonMAC)"
        // grandstream.md corrections block (Wazo's User-Agent regex): `Grandstream Model HW <model> SW <fw> DevId <mac>`.
        case .grandstream: return "Grandstream Model HW \(model) SW 1.0.5.15 DevId \(mac)"
        // fanvil.md corrections block (Wazo's User-Agent regex and samples): `Fanvil X4U 2.12.16.17 0c383e07e16c`.
        case .fanvil: return "Fanvil \(model) 2.12.16.17 \(mac)"
        // polycom.md §7 (Wazo `_UA_REGEX`): `FileTransport Polycom<family>-<MODEL_WITH_UNDERSCORE>-UA/<version>`, no MAC.
        case .polycom: return "FileTransport PolycomVVX-\(model.replacingOccurrences(of: "VVX", with: "VVX_"))-UA/6.4.6.2453 Type/Application"
        // cisco.md §3.6 and corrections block (Wazo's `_CISCO_UA_REGEX`): `Cisco-CP-<model>-3PCC/<fw> (<mac>)`; the
        // model spelling is already `CP-8841-3PCC`.
        case .cisco: return "Cisco-\(model)/12.0.7 (\(mac))"
        }
    }

    /// The files the phone asks for before it has read anything, in order.
    /// Yealink: `<mac>.boot` (yealink.md Y1 boot-file order). Snom: `snom<MODEL>.htm`, then
    /// `snom<MODEL>-<MAC>.htm` (snom.md §1 default request order, MAC upper case). Htek: `cfg<DeviceCode>.xml`, the
    /// encrypted `cfg<mac>`, then `cfg<mac>.xml` (htek.md H1 request order).
    public var firstRequests: [String] {
        switch vendor {
        case .yealink: return [mac + ".boot"]
        case .snom: return ["snom\(model).htm", "snom\(model)-\(mac.uppercased()).htm"]
        case .htek:
            let common = Self.htekDeviceCodes[model].map { ["cfg\($0).xml"] } ?? []
            return common + ["cfg" + mac, "cfg\(mac).xml"]
        // Grandstream: its binary `cfg<mac>` first (a 404: Handset writes only the XML form), then `cfg<mac>.xml`
        // (Grandstream provisioning guide; the Grandstream emitter's notes).
        case .grandstream: return ["cfg" + mac, "cfg\(mac).xml"]
        // Fanvil: `<mac>.cfg` (fanvil.md §2.1; the Fanvil emitter's notes: the common file is switched off).
        case .fanvil: return [mac + ".cfg"]
        // Poly: the master file the boot server URL names (Wazo's DHCP entry names `000000000000.cfg`, polycom.md
        // corrections); without one, `<mac>.cfg` first (a 404: Handset writes no per-MAC master, like Wazo).
        case .polycom: return ["000000000000.cfg"]
        // Cisco: the profile rule points at `$MA.xml`, and the per-MAC file empties rules B to D (the Cisco emitter's
        // notes), so that file is the only one.
        case .cisco: return [mac + ".xml"]
        }
    }

    /// Whether the server serves `path` only to a client presenting the phone's own TLS device certificate, which a
    /// checker does not hold: Poly's `<mac>-…` files (Poly's User-Agent names no MAC; the nginx configuration binds
    /// them to the certificate). Asked without it, they must be refused.
    public func needsDeviceCertificate(_ path: String) -> Bool {
        vendor == .polycom && path.hasPrefix(mac + "-")
    }

    /// Htek device codes of the common file (htek.md H1 device-code row: WAZO:ht/entry `COMMON_FILES`).
    static let htekDeviceCodes = ["UC926": "0010", "UC926E": "0010", "UC924": "0012", "UC924E": "0012",
                                  "UC923": "0013", "UC903": "0016", "UC902": "0017", "UC912": "0019",
                                  "UC912G": "0019", "UC912E": "0019"]

    /// The files a fetched file makes the phone ask for next, as written in it: a Yealink boot file's
    /// `include:config "<file>"` lines (relative to the boot file), a Snom `<setting-files>` container's
    /// `<file url="…"/>` entries (absolute URLs; the part after `/<tenant>/` is taken). Nothing for other files.
    public func follow(path: String, body: [UInt8], tenant: String) -> [String] {
        let text = String(decoding: body, as: UTF8.self)
        switch vendor {
        case .yealink where path.hasSuffix(".boot"):
            return text.split(whereSeparator: \.isNewline).compactMap { line in
                guard line.hasPrefix("include:config") else { return nil }
                let parts = line.split(separator: "\"")
                return parts.count >= 2 ? String(parts[1]) : nil
            }
        case .snom where path.hasSuffix(".htm"):
            return Self.attributeValues("url", in: text).compactMap { url in
                guard let range = url.range(of: "/\(tenant)/") else { return nil }
                return String(url[range.upperBound...])
            }
        case .polycom where path == "000000000000.cfg":
            // `CONFIG_FILES="a, b"` with `[PHONE_MAC_ADDRESS]` filled in lowercase, then the directory the phone asks for.
            let files = Self.attributeValues("CONFIG_FILES", in: text).first?.split(separator: ",") ?? []
            return files.map { $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "[PHONE_MAC_ADDRESS]", with: mac) }
                + [mac + "-directory.xml", "000000000000-directory.xml"]  // polycom.md §4: own directory, then the default
        default:
            return []
        }
    }

    private var colonMAC: String {
        stride(from: 0, to: 12, by: 2).map { i in
            let start = mac.index(mac.startIndex, offsetBy: i)
            return String(mac[start..<mac.index(start, offsetBy: 2)])
        }.joined(separator: ":")
    }

    /// Values of `name="…"` attributes, XML entities `&amp;` undone (the only one a URL of ours can hold).
    static func attributeValues(_ name: String, in text: String) -> [String] {
        var out: [String] = []
        var rest = Substring(text)
        while let start = rest.range(of: name + "=\"") {
            let after = rest[start.upperBound...]
            guard let end = after.firstIndex(of: "\"") else { break }
            out.append(after[..<end].replacingOccurrences(of: "&amp;", with: "&"))
            rest = after[after.index(after: end)...]
        }
        return out
    }
}
