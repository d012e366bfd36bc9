import HandsetCore

/// Value spellings of the Grandstream files.
extension GrandstreamEmitter {
    /// The number as phones dial it (see `DialString`).
    static func dialString(_ text: String) -> String { DialString.emitted(text) }

    /// `host:port` as `sip.server.1.address` takes it (host[:port], fact sheet §1.3); an IPv6 literal in brackets.
    static func hostPort(_ host: String, _ port: Int) -> String {
        let shown = IPAddress(host).map { $0.isV4 ? host : "[" + host + "]" } ?? host
        return shown + ":" + String(port)
    }

    /// `host` or `host:port` split in two (an IPv6 literal stays whole).
    static func hostAndPort(_ text: String) -> (host: String, port: Int?) {
        guard IPAddress(text) == nil, let colon = text.lastIndex(of: ":"),
              let port = Int(text[text.index(after: colon)...]) else { return (text, nil) }
        return (String(text[..<colon]), port)
    }

    /// `HTTPS` or `HTTP` for a URL's scheme, as `provisioning.config.protocol` and `provisioning.firmware.protocol`
    /// take them (FusionPBX comments: "TFTP, HTTP, HTTPS").
    static func protocolWord(_ url: String) -> String { url.lowercased().hasPrefix("https:") ? "HTTPS" : "HTTP" }

    /// The host/path form the server-path settings take (no scheme, no trailing `/`): FusionPBX writes
    /// `<domain>/app/provision` there (fact sheet corrections, "Server URL").
    static func hostPath(_ url: String) -> String {
        var rest = Substring(url)
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        while rest.hasSuffix("/") { rest = rest.dropLast() }
        return String(rest)
    }

    /// The four octets of an IPv4 address; 0.0.0.0 when there is none (FusionPBX writes unused octets as 0).
    static func ipv4Octets(_ text: String?) -> [Int] {
        guard let text, let address = IPAddress(text), address.isV4 else { return [0, 0, 0, 0] }
        return address.bytes.map(Int.init)
    }

    /// The four octets of a dotted IPv4 netmask for a prefix length: 24 -> [255, 255, 255, 0].
    static func netmaskOctets(prefix: Int) -> [Int] {
        let bits: UInt32 = prefix <= 0 ? 0 : prefix >= 32 ? .max : ~(UInt32.max >> UInt32(prefix))
        return [24, 16, 8, 0].map { Int((bits >> UInt32($0)) & 0xFF) }
    }
}
