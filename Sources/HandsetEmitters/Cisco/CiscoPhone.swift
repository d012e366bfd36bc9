import HandsetCore

/// One Cisco phone: the shared `PhoneContext` plus what is Cisco's own (the lowercase MAC of `$MA`).
@dynamicMemberLookup
struct CiscoPhone {
    let common: PhoneContext
    /// Twelve lowercase hex digits.
    let mac: String

    init(device: ResolvedDevice, model: PhoneModel, tenant: TenantContext) {
        common = PhoneContext(device: device, model: model, tenant: tenant)
        mac = device.mac.value.lowercased()
    }

    /// Lends the member rather than returning a copy (see `HtekPhone` for why this matters).
    subscript<T>(dynamicMember keyPath: KeyPath<PhoneContext, T>) -> T { _read { yield common[keyPath: keyPath] } }

    /// The accounts written, account 1 first: no more than the model has.
    var writtenAccounts: ArraySlice<TenantContext.Account> { common.accounts.prefix(common.model.accounts) }

    func accountIndex(of number: String) -> Int? { common.accountIndex(of: number) }
}
