import HandsetCore

/// Value spellings shared by the Htek files.
extension HtekEmitter {
    /// The number as phones dial it (see `DialString`).
    static func dialString(_ text: String) -> String { DialString.emitted(text) }

    /// Splits `host` or `host:port` (an IPv6 literal stays whole, as validation reads it).
    static func hostAndPort(_ text: String) -> (host: String, port: Int?) {
        guard IPAddress(text) == nil, let colon = text.lastIndex(of: ":"),
              let port = Int(text[text.index(after: colon)...]) else { return (text, nil) }
        return (String(text[..<colon]), port)
    }

    /// `host:port` as P47/P48 take it; an IPv6 literal in brackets so its colons stay apart from the port.
    static func hostPort(_ host: String, _ port: Int) -> String {
        // Only an IPv6 literal changes, and every IPv6 literal holds a colon: the usual host name is not parsed.
        guard host.mayContainColon else { return host + ":" + String(port) }
        let shown = IPAddress(host).map { $0.isV4 ? host : "[" + host + "]" } ?? host
        return shown + ":" + String(port)
    }

    /// The four octets of a dotted IPv4 netmask for a prefix length: 24 -> [255, 255, 255, 0].
    static func netmaskOctets(prefix: Int) -> [Int] {
        let bits: UInt32 = prefix <= 0 ? 0 : prefix >= 32 ? .max : ~(UInt32.max >> UInt32(prefix))
        return [24, 16, 8, 0].map { Int((bits >> UInt32($0)) & 0xFF) }
    }

    /// `https://user:password@host/path` from `https://host/path`: the credentials of an HTTP basic-auth URL, each
    /// percent-encoded so a `@`, `:` or `/` in a password cannot end the user part early (RFC 3986 userinfo).
    static func url(_ base: String, user: String, password: String) -> String {
        guard let scheme = base.range(of: "://") else { return base }
        return String(base[..<scheme.upperBound]) + percentEncoded(user) + ":" + percentEncoded(password) + "@"
            + String(base[scheme.upperBound...])
    }

    /// Every byte outside RFC 3986's unreserved set as `%XX`.
    static func percentEncoded(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                 UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF")
                out += "%" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 0xF)])
            }
        }
        return out
    }
}
