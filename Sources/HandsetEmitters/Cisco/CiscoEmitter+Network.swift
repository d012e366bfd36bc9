import HandsetCore

/// The phone's own network: DHCP or a static IPv4 address, and the VLAN (fact sheet §3.5).
extension CiscoEmitter {
    /// Writes the address mode and the VLAN, both always, so returning to DHCP or dropping the VLAN takes effect.
    static func writeNetwork(_ phone: CiscoPhone, into w: inout CiscoProfileWriter) {
        let network = phone.settings.network
        w.comment("Network")
        // `Connection_Type`: `DHCP` or `Static IP` (Wazo's `base.tpl` comment: "available options: DHCP|Static IP").
        if network?.mode?.value == .static, let address = network?.address.flatMap({ IPNetwork($0.value, requirePrefix: true) }),
           address.address.isV4 {
            w.set("Connection_Type", "Static IP")
            w.set("Static_IP", address.address.description)
            w.set("NetMask", Netmask.octets(prefix: address.prefix).map(String.init).joined(separator: "."))
            w.set("Gateway", network?.gateway?.value ?? "")
            let dns = network?.dns?.value.map(\.value) ?? []
            w.set("Primary_DNS", dns.first ?? "")
            w.set("Secondary_DNS", dns.count > 1 ? dns[1] : "")
        } else {
            w.set("Connection_Type", "DHCP")
        }
        // `Enable_VLAN` and `VLAN_ID` (Wazo writes `No` and 1 when no VLAN is set).
        let vlan = phone.settings.network?.vlan?.value
        w.set("Enable_VLAN", yes: vlan != nil)
        w.set("VLAN_ID", vlan ?? 1)
    }
}
