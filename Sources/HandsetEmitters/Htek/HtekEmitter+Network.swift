import HandsetCore

/// The phone's own network: DHCP or a static IPv4 address, and the VLAN of its internet port (H5).
extension HtekEmitter {
    /// P8 WAN mode: 0 is DHCP (H5 WAN mode row; both template sets write it).
    static let wanModeDHCP = 0
    /// P8 for a static address. UNVERIFIED for Htek (H5: "static/PPPoE codes unverified"): 1 is read from the
    /// numbering Htek's P-codes share with Grandstream's (P8 mode, P9...P28 one octet per code, P57...P62 codec
    /// choices, P193/P194 re-check, P237 config path), where P8 is 0 DHCP, 1 static, 2 PPPoE (grandstream.md
    /// network table). Check on a device before relying on static addressing.
    static let wanModeStatic = 1

    /// Writes the address mode and the VLAN, both always, so returning to DHCP or dropping the VLAN takes effect.
    static func writeNetwork(_ phone: HtekPhone, into w: inout HtekConfigWriter) {
        let network = phone.settings.network
        w.comment("Network")
        if network?.mode?.value == .static, let address = network?.address.flatMap({ IPNetwork($0.value, requirePrefix: true) }),
           address.address.isV4 {
            w.set(HtekCodes.wanMode, wanModeStatic)
            // Each octet is its own setting (H5 static IP, netmask, gateway, DNS rows).
            writeOctets(address.address.bytes.map(Int.init), HtekCodes.ipAddress, into: &w)
            writeOctets(Netmask.octets(prefix: address.prefix), HtekCodes.subnetMask, into: &w)
            writeOctets(ipv4Octets(network?.gateway?.value), HtekCodes.gateway, into: &w)
            let dns = network?.dns?.value.map(\.value) ?? []
            // A static address gets its DNS servers from the file, not from a DHCP server it no longer asks.
            w.set(HtekCodes.staticDNS, true)
            writeOctets(ipv4Octets(dns.first), HtekCodes.primaryDNS, into: &w)
            writeOctets(ipv4Octets(dns.count > 1 ? dns[1] : nil), HtekCodes.secondaryDNS, into: &w)
        } else {
            w.set(HtekCodes.wanMode, wanModeDHCP)
            w.set(HtekCodes.staticDNS, false)
        }
        // The internet-port VLAN: P24053 switches it on, P51 is the tag (H5 VLAN row; Wazo writes both, and 0 for
        // both when a phone has no VLAN). The PC port's own VLAN (P229, P24054) is left alone.
        if let vlan = network?.vlan?.value {
            w.set(HtekCodes.wanVLAN, true)
            w.set(HtekCodes.vlanTag, vlan)
        } else {
            w.set(HtekCodes.wanVLAN, false)
            w.set(HtekCodes.vlanTag, 0)
        }
    }

    /// The four octets of an IPv4 address; 0.0.0.0 when there is none (FusionPBX writes unused octets as 0).
    static func ipv4Octets(_ text: String?) -> [Int] {
        guard let text, let address = IPAddress(text), address.isV4 else { return [0, 0, 0, 0] }
        return address.bytes.map(Int.init)
    }

    private static func writeOctets(_ octets: [Int], _ settings: [HtekSetting], into w: inout HtekConfigWriter) {
        for (setting, octet) in zip(settings, octets) { w.set(setting, octet) }
    }
}
