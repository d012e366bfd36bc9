import HandsetCore

/// Host and port as every vendor's SIP and URL values spell them.
enum HostPort {
    /// `host:port`, `[v6]:port` or a bare host/address (an IPv6 literal alone has colons but no port).
    static func split(_ text: String) -> (host: String, port: Int?) {
        if text.hasPrefix("["), let close = text.firstIndex(of: "]") {
            let host = String(text[text.index(after: text.startIndex)..<close])
            let rest = text[text.index(after: close)...]
            return (host, rest.hasPrefix(":") ? Int(rest.dropFirst()) : nil)
        }
        guard IPAddress(text) == nil, let colon = text.lastIndex(of: ":"),
              let port = Int(text[text.index(after: colon)...]) else { return (text, nil) }
        return (String(text[..<colon]), port)
    }

    /// `host:port`, with an IPv6 literal in brackets.
    static func join(_ host: String, _ port: Int) -> String {
        // Only an IPv6 literal changes, and every IPv6 literal holds a colon: the usual host name is not parsed.
        guard host.mayContainColon else { return host + ":" + String(port) }
        let shown = IPAddress(host).map { $0.isV4 ? host : "[" + host + "]" } ?? host
        return shown + ":" + String(port)
    }
}

/// Dotted IPv4 netmasks.
enum Netmask {
    /// The four octets of the netmask of a prefix length: 24 -> [255, 255, 255, 0].
    static func octets(prefix: Int) -> [Int] {
        let bits: UInt32 = prefix <= 0 ? 0 : prefix >= 32 ? .max : ~(UInt32.max >> UInt32(prefix))
        return [24, 16, 8, 0].map { Int((bits >> UInt32($0)) & 0xFF) }
    }
}
