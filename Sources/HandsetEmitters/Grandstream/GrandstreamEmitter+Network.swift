import HandsetCore

/// The phone's own network: DHCP or a static IPv4 address, and the VLAN of its internet port (fact sheet §1.6).
extension GrandstreamEmitter {
    /// Writes the address mode and the VLAN, both always, so returning to DHCP or dropping the VLAN takes effect.
    static func writeNetwork(_ phone: GrandstreamPhone, into w: inout GrandstreamConfigWriter) {
        let network = phone.settings.network
        w.comment("Network")
        // `network.port.eth.1.type`: DHCP, StaticIP, PPPoE (FusionPBX comment, P8).
        if network?.mode?.value == .static, let address = network?.address.flatMap({ IPNetwork($0.value, requirePrefix: true) }),
           address.address.isV4 {
            w.set("network.port.eth.1.type", "StaticIP")
            // One octet per item (P9-P28).
            writeOctets("network.port.eth.1.address", address.address.bytes.map(Int.init), into: &w)
            writeOctets("network.port.eth.1.mask", Netmask.octets(prefix: address.prefix), into: &w)
            writeOctets("network.port.eth.1.gateway", ipv4Octets(network?.gateway?.value), into: &w)
            let dns = network?.dns?.value.map(\.value) ?? []
            writeOctets("network.dns.1.ip", ipv4Octets(dns.first), into: &w)
            writeOctets("network.dns.2.ip", ipv4Octets(dns.count > 1 ? dns[1] : nil), into: &w)
        } else {
            w.set("network.port.eth.1.type", "DHCP")
        }
        // P22174 switches the manual VLAN on, P51 is the tag (FusionPBX writes both; 0 is "no tag").
        let vlan = network?.vlan?.value
        w.set("network.port.eth.1.vlan.enable", yes: vlan != nil)
        w.set("network.port.eth.1.vlan.tag", vlan ?? 0)
    }

    private static func writeOctets(_ prefix: String, _ octets: [Int], into w: inout GrandstreamConfigWriter) {
        for (index, octet) in octets.enumerated() { w.set(prefix + ".\(index + 1)", octet) }
    }
}
