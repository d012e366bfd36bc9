/// Static network settings must describe a working host: address with prefix, gateway inside the subnet, DNS
/// servers, a VLAN id that 802.1Q allows. DHCP takes none of them.
struct NetworkSettingsRule: ValidationRule {
    let codes = ["E0501", "E0502", "E0503", "E0505", "E0506"]
    let why = "a phone with a wrong static address or VLAN drops off the network and cannot be fixed remotely"

    func check(_ context: ValidationContext, into sink: inout DiagnosticSink) {
        var checked = Set<Mark>()
        for device in context.devices {
            guard let network = device.settings.network, checked.insert(network.mark).inserted else { continue }
            check(network, &sink)
        }
    }

    /// Names what exactly is wrong with an `address/prefix` text.
    static func addressProblem(_ text: String) -> String {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return parts.count == 1 ? "has no prefix length (add /24 or the subnet's)" : "has more than one '/'" }
        guard let address = IPAddress(String(parts[0])) else {
            let octets = parts[0].split(separator: ".", omittingEmptySubsequences: false)
            if octets.count == 4, let big = octets.first(where: { Int($0).map { $0 > 255 } ?? false }) {
                return "has the octet \(big), above 255"
            }
            return "does not start with an IPv4 address"
        }
        guard address.isV4 else { return "is IPv6; static addresses are IPv4 only" }
        if let prefix = Int(parts[1]), prefix > 32 { return "has prefix length /\(prefix), longer than 32" }
        return "has no valid prefix length after '/'"
    }

    private func check(_ network: Network, _ sink: inout DiagnosticSink) {
        if let vlan = network.vlan, !(1...4094).contains(vlan.value) {
            sink.error("E0503", "VLAN \(vlan.value) is out of range", at: vlan.mark, hint: "802.1Q VLAN ids are 1 to 4094")
        }
        let isStatic = network.mode?.value == .static
        guard isStatic else {
            for (name, mark) in [("address", network.address?.mark), ("gateway", network.gateway?.mark), ("dns", network.dns?.mark)] {
                guard let mark else { continue }
                sink.error("E0505", "network '\(name)' is only used with 'mode: static'", at: mark,
                           hint: network.mode == nil ? "add 'mode: static', or remove '\(name)' to use DHCP" : "remove it, or set mode: static")
            }
            return
        }
        var subnet: IPNetwork?
        if let address = network.address {
            if let parsed = IPNetwork(address.value, requirePrefix: true), parsed.address.isV4 {
                if !(1...30).contains(parsed.prefix) {
                    sink.error("E0501", "prefix length /\(parsed.prefix) leaves no room for a gateway", at: address.mark,
                               hint: "use the subnet's prefix, e.g. /24")
                } else if parsed.address == parsed.address.masked(to: parsed.prefix) {
                    sink.error("E0501", "\(parsed.address.description) is the network address of its subnet, not a host", at: address.mark)
                } else {
                    subnet = parsed
                }
            } else {
                sink.error("E0501", "network address '\(address.value)' \(Self.addressProblem(address.value))", at: address.mark,
                           hint: "write it like 192.168.1.50/24")
            }
        } else {
            sink.error("E0505", "static network needs 'address'", at: network.mark, hint: "address: 192.168.1.50/24")
        }
        if let gateway = network.gateway {
            if let ip = IPAddress(gateway.value), ip.isV4 {
                if let subnet, !subnet.contains(ip) {
                    sink.error("E0502", "gateway \(gateway.value) is outside the subnet \(subnet.address.masked(to: subnet.prefix).description)/\(subnet.prefix)",
                               at: gateway.mark, hint: "the gateway must be reachable directly: check the address's prefix length")
                } else if let subnet, subnet.address == ip {
                    sink.error("E0502", "gateway \(gateway.value) is the phone's own address", at: gateway.mark)
                }
            } else {
                sink.error("E0501", "gateway '\(gateway.value)' is not an IPv4 address", at: gateway.mark)
            }
        } else {
            sink.error("E0505", "static network needs 'gateway'", at: network.mark)
        }
        guard let dns = network.dns else {
            sink.error("E0505", "static network needs 'dns' (1 or 2 servers)", at: network.mark)
            return
        }
        if !(1...2).contains(dns.value.count) {
            sink.error("E0506", "static network takes 1 or 2 DNS servers, \(dns.value.count) are listed", at: dns.mark)
        }
        for server in dns.value where IPAddress(server.value) == nil {
            sink.error("E0501", "DNS server '\(server.value)' is not an IP address", at: server.mark)
        }
    }
}
