import HandsetCore

/// One Snom phone: the shared `PhoneContext` plus what is Snom's own, the upper-case MAC of its file names and its
/// phone type.
@dynamicMemberLookup
struct SnomPhone {
    let common: PhoneContext
    /// Twelve upper-case hex digits, as Snom names per-MAC files (snom.md §1 "MAC case").
    let mac: String

    init(device: ResolvedDevice, model: PhoneModel, tenant: TenantContext) {
        common = PhoneContext(device: device, model: model, tenant: tenant)
        mac = device.mac.value.uppercased()
    }

    /// Lends the member rather than returning a copy: `phone.settings.keys` then reads one field instead of copying all
    /// of `DeviceSettings` (or `TenantContext`) first, for every setting of every phone.
    subscript<T>(dynamicMember keyPath: KeyPath<PhoneContext, T>) -> T { _read { yield common[keyPath: keyPath] } }

    /// `snomD785`, `snom715`: the phone type the phone puts in the file names it asks for (Snom wiki "Auto
    /// Provisioning"; Wazo's DHCP classes use the same strings as vendor class identifiers).
    var phoneType: String { SnomEmitter.phoneType(common.model) }

    /// 1-based identity of an extension this phone registers, nil when it registers no such line.
    func identity(of number: String) -> Int? { common.accountIndex(of: number) }
}
