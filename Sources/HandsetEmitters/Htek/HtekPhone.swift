import HandsetCore

/// One Htek phone: the shared `PhoneContext` plus what is Htek's own, the six account slots whose P-codes are known.
@dynamicMemberLookup
struct HtekPhone {
    let common: PhoneContext
    /// Twelve lowercase hex digits.
    let mac: String

    init(device: ResolvedDevice, model: PhoneModel, tenant: TenantContext) {
        common = PhoneContext(device: device, model: model, tenant: tenant)
        mac = device.mac.value.lowercased()
    }

    /// Lends the member rather than returning a copy: `phone.settings.keys` then reads one field instead of copying all
    /// of `DeviceSettings` (or `TenantContext`) first, for every setting of every phone.
    subscript<T>(dynamicMember keyPath: KeyPath<PhoneContext, T>) -> T { _read { yield common[keyPath: keyPath] } }

    /// Account slots written: the model's accounts, but no more than the six whose P-codes are known (H2).
    var accountSlots: Int { min(common.model.accounts, HtekCodes.accounts.count) }

    /// The accounts actually written, account 1 first.
    var writtenAccounts: ArraySlice<TenantContext.Account> { common.accounts.prefix(accountSlots) }

    func accountIndex(of number: String) -> Int? { common.accountIndex(of: number) }
}
