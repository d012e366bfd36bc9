import HandsetCore

/// The phone's own network: DHCP or a static IPv4 address, and the VLAN of its internet port (Y5).
extension YealinkEmitter {
    /// Writes the address mode and VLAN. Network changes make the phone reboot after provisioning (Y8).
    static func writeNetwork(_ phone: YealinkPhone, into w: inout KeyValueWriter) {
        let network = phone.settings.network
        w.blank()
        w.comment("Network")
        if network?.mode?.value == .static, let address = network?.address.flatMap({ IPNetwork($0.value, requirePrefix: true) }) {
            // 0 DHCP, 1 PPPoE, 2 static (Y5 DHCP vs static row).
            w.set("static.network.internet_port.type", 2)
            w.set("static.network.internet_port.ip", address.address.description)
            w.set("static.network.internet_port.mask", netmask(prefix: address.prefix))
            w.set("static.network.internet_port.gateway", network?.gateway?.value ?? null)
            let dns = network?.dns?.value.map(\.value) ?? []
            w.set("static.network.static_dns_enable", true)
            w.set("static.network.primary_dns", dns.first ?? null)
            w.set("static.network.secondary_dns", dns.count > 1 ? dns[1] : null)
        } else {
            w.set("static.network.internet_port.type", 0)
            w.set("static.network.static_dns_enable", false)
        }
        if let vlan = network?.vlan?.value {
            w.set("static.network.vlan.internet_port_enable", true)
            w.set("static.network.vlan.internet_port_vid", vlan)
        } else {
            // Wazo blanks the VLAN id the same way when a phone has none.
            w.set("static.network.vlan.internet_port_enable", false)
            w.set("static.network.vlan.internet_port_vid", null)
        }
    }

    /// Dotted IPv4 netmask of a prefix length: 24 -> 255.255.255.0.
    static func netmask(prefix: Int) -> String {
        let bits: UInt32 = prefix <= 0 ? 0 : prefix >= 32 ? .max : ~(UInt32.max >> UInt32(prefix))
        return [24, 16, 8, 0].map { String((bits >> UInt32($0)) & 0xFF) }.joined(separator: ".")
    }
}
