import HandsetCore

/// One Fanvil phone: the shared `PhoneContext` plus what is Fanvil's own (the lowercase MAC, the key layout).
@dynamicMemberLookup
struct FanvilPhone {
    let common: PhoneContext
    /// Twelve lowercase hex digits.
    let mac: String
    let layout: FanvilKeyLayout

    init(device: ResolvedDevice, model: PhoneModel, tenant: TenantContext) {
        common = PhoneContext(device: device, model: model, tenant: tenant)
        mac = device.mac.value.lowercased()
        layout = FanvilKeyLayout.of(model)
    }

    /// Lends the member rather than returning a copy (see `HtekPhone` for why this matters).
    subscript<T>(dynamicMember keyPath: KeyPath<PhoneContext, T>) -> T { _read { yield common[keyPath: keyPath] } }

    /// The accounts written, account 1 first: no more than the model has.
    var writtenAccounts: ArraySlice<TenantContext.Account> { common.accounts.prefix(common.model.accounts) }

    func accountIndex(of number: String) -> Int? { common.accountIndex(of: number) }
}
