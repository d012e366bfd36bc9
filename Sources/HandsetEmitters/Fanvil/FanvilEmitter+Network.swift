import HandsetCore

/// The phone's own network (`<net>`, FusionPBX `fanvil/x6u/{$mac}.cfg`) and its VLAN (`<qos>`, Wazo and FusionPBX).
extension FanvilEmitter {
    /// Writes the address mode and the VLAN, both always, so returning to DHCP or dropping the VLAN takes effect.
    static func writeNetwork(_ phone: FanvilPhone, into w: inout FanvilConfigWriter) {
        let network = phone.settings.network
        w.open("net")
        if network?.mode?.value == .static, let address = network?.address.flatMap({ IPNetwork($0.value, requirePrefix: true) }),
           address.address.isV4 {
            // `EnableDHCP` switches DHCP (FusionPBX and Tancredi write 1 with blank addresses); off, the phone takes
            // `WANIP`, `WANSubnetMask`, `WANGateway` and the DNS servers, all in dotted form. `WANTYPE` is left alone:
            // both sets write 0 beside DHCP, and no source says what a static address needs there.
            w.set("EnableDHCP", on: false)
            w.set("WANIP", address.address.description)
            w.set("WANSubnetMask", Netmask.octets(prefix: address.prefix).map(String.init).joined(separator: "."))
            w.set("WANGateway", network?.gateway?.value ?? "")
            let dns = network?.dns?.value.map(\.value) ?? []
            w.set("PrimaryDNS", dns.first ?? "")
            w.set("SecondaryDNS", dns.count > 1 ? dns[1] : "")
        } else {
            w.set("EnableDHCP", on: true)
        }
        w.close()
        let vlan = network?.vlan?.value
        w.open("qos")
        w.set("EnableVLAN", on: vlan != nil)
        // 256 when off: the value both Wazo and FusionPBX leave there.
        w.set("VLANID", vlan ?? 256)
        w.close()
    }
}
