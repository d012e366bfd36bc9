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
}
