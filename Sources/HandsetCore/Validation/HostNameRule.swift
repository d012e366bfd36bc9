/// Registrar, outbound proxy and NTP server must be host names or IP addresses (a proxy may add `:port`).
struct HostNameRule: ValidationRule {
    let codes = ["E0507", "E0504"]
    let why = "a malformed host name makes every phone of the tenant fail to register or keep time"

    static func isHost(_ text: String) -> Bool {
        if IPAddress(text) != nil { return true }
        guard !text.isEmpty, text.count <= 253 else { return false }
        let labels = text.hasSuffix(".") ? text.dropLast().split(separator: ".", omittingEmptySubsequences: false)
                                         : text.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.last.map({ !$0.allSatisfy(\.isASCIIDigit) }) ?? false else { return false }
        return labels.allSatisfy { label in
            (1...63).contains(label.count) && label.first != "-" && label.last != "-"
                && label.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        }
    }

    func check(_ context: ValidationContext, into sink: inout DiagnosticSink) {
        for tenant in context.fleet.tenants {
            if let server = tenant.sip?.server { host(server, "sip server", &sink) }
            if let proxy = tenant.sip?.outboundProxy { hostPort(proxy, &sink) }
        }
        var checked = Set<Mark>()
        for device in context.devices {
            if let ntp = device.settings.ntp, checked.insert(ntp.mark).inserted {
                for server in ntp.value { host(server, "ntp server", &sink) }
            }
        }
    }

    private func host(_ value: Located<String>, _ what: String, _ sink: inout DiagnosticSink) {
        guard !Self.isHost(value.value) else { return }
        sink.error("E0507", "\(what) '\(value.value)' is not a host name or IP address", at: value.mark,
                   hint: value.value.contains(":") && what == "sip server" ? "give the host alone; the port goes in 'sip: {port: ...}'"
                       : value.value.contains(":") ? "give the host alone, without a port" : "e.g. pbx.example.net or 192.0.2.10")
    }

    private func hostPort(_ value: Located<String>, _ sink: inout DiagnosticSink) {
        var host = value.value
        if host.hasPrefix("["), let close = host.firstIndex(of: "]") {
            // [IPv6]:port, the bracketed form of RFC 3986.
            let inner = String(host[host.index(after: host.startIndex)..<close])
            let rest = host[host.index(after: close)...]
            let portOK = rest.isEmpty || (rest.hasPrefix(":") && Int(rest.dropFirst()).map { (1...65_535).contains($0) } == true
                                          && rest.dropFirst().allSatisfy(\.isASCIIDigit))
            if IPAddress(inner)?.isV4 == false, portOK { return }
            sink.error("E0507", "outbound proxy '\(value.value)' is not [IPv6]:port", at: value.mark, hint: "e.g. [2001:db8::10]:5060")
            return
        }
        if let colon = host.lastIndex(of: ":"), IPAddress(host) == nil {
            let port = host[host.index(after: colon)...]
            host = String(host[..<colon])
            guard let number = Int(port), port.allSatisfy(\.isASCIIDigit), (1...65_535).contains(number) else {
                sink.error("E0504", "outbound proxy port '\(port)' is not a port number", at: value.mark, hint: "ports are 1 to 65535")
                return
            }
        }
        guard !Self.isHost(host) else { return }
        sink.error("E0507", "outbound proxy '\(value.value)' is not host[:port]", at: value.mark, hint: "e.g. sbc.example.net:5060")
    }
}
