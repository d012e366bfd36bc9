import HandsetCore

/// Value spellings of the Grandstream files.
extension GrandstreamEmitter {
    /// The number as phones dial it (see `DialString`).
    static func dialString(_ text: String) -> String { DialString.emitted(text) }



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

}
