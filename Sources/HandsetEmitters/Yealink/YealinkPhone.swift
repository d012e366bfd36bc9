import HandsetCore

/// One Yealink phone: the shared `PhoneContext` plus what is Yealink's own, the lowercase MAC of its file names.
@dynamicMemberLookup
struct YealinkPhone {
    let common: PhoneContext
    /// Twelve lowercase hex digits, the name of the per-MAC files (Y1 per-MAC filename).
    let mac: String

    init(device: ResolvedDevice, model: PhoneModel, tenant: TenantContext) {
        common = PhoneContext(device: device, model: model, tenant: tenant)
        mac = device.mac.value.lowercased()
    }

    /// Lends the member rather than returning a copy: `phone.settings.keys` then reads one field instead of copying all
    /// of `DeviceSettings` (or `TenantContext`) first, for every setting of every phone.
    subscript<T>(dynamicMember keyPath: KeyPath<PhoneContext, T>) -> T { _read { yield common[keyPath: keyPath] } }

    func accountIndex(of number: String) -> Int? { common.accountIndex(of: number) }
}
