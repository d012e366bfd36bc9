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

    subscript<T>(dynamicMember keyPath: KeyPath<PhoneContext, T>) -> T { common[keyPath: keyPath] }

    func accountIndex(of number: String) -> Int? { common.accountIndex(of: number) }
}
