import HandsetCore

/// The VLAN of the phone's LAN port (fact sheet §5). The address stays DHCP's: the static-address names are
/// UNVERIFIED (`device.net.ipAddress`) and in neither template set, so validation says a static address is not
/// provisioned (W0430).
extension PolycomEmitter {
    /// The VLAN always, empty without one, so dropping it from the fleet takes effect (Wazo `base.tpl`).
    static func writeNetwork(_ phone: PolycomPhone, into w: inout PolycomConfigWriter) {
        w.device("device.net.vlanId", (phone.settings.network?.vlan?.value).map(String.init) ?? "")
    }
}
