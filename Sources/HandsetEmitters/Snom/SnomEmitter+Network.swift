import HandsetCore

/// The phone's own network: DHCP or a static IPv4 address, and its VLAN (snom.md §5 "DHCP", "VLAN").
extension SnomEmitter {
    /// Writes the address mode and VLAN. The VLAN is always written, empty without one, so a VLAN removed from the
    /// fleet is also removed from the phone (NethServer's Snom template clears it the same way).
    static func writeNetwork(_ phone: SnomPhone, into xml: inout SnomXMLWriter) {
        let network = phone.settings.network
        xml.comment("Network")
        if network?.mode?.value == .static,
           let address = network?.address.flatMap({ IPNetwork($0.value, requirePrefix: true) }) {
            // `ip_adr`, `netmask`, `gateway`, `dns_server1`/`2` with `dhcp` off: the names of Snom's mass-deployment
            // FAQ, and the ones several XML-era (firmware 7+) Snom generators write for a static address.
            let dns = network?.dns?.value.map(\.value) ?? []
            xml.setting("dhcp", off)
            xml.setting("ip_adr", address.address.description)
            xml.setting("netmask", netmask(prefix: address.prefix))
            xml.setting("gateway", network?.gateway?.value ?? "")
            xml.setting("dns_server1", dns.first ?? "")
            xml.setting("dns_server2", dns.count > 1 ? dns[1] : "")
        } else {
            xml.setting("dhcp", on)
        }
        xml.setting("vlan_id", network?.vlan.map { String($0.value) } ?? "")
    }

    /// Dotted IPv4 netmask of a prefix length: 24 -> 255.255.255.0.
    static func netmask(prefix: Int) -> String {
        let bits: UInt32 = prefix <= 0 ? 0 : prefix >= 32 ? .max : ~(UInt32.max >> UInt32(prefix))
        return [24, 16, 8, 0].map { String((bits >> UInt32($0)) & 0xFF) }.joined(separator: ".")
    }
}
