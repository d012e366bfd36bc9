import HandsetCore

/// One Htek phone with everything its `cfg<mac>.xml` needs resolved: its accounts in `lines` order, the SIP
/// transport and registrar port it uses, and the defaults Handset applies where the fleet is silent.
struct HtekPhone {
    let device: ResolvedDevice
    let model: PhoneModel
    let tenant: TenantContext
    /// Twelve lowercase hex digits.
    let mac: String
    /// Every line of the device, account 1 first (only the first `accountSlots` are written).
    let accounts: [TenantContext.Account]
    let transport: Transport
    /// The registrar port.
    let sipPort: Int

    /// Codecs when no level of the fleet names any: SCHEMA.md's example default, as for the other vendors.
    static let defaultCodecs: [Codec] = [.g722, .pcma, .pcmu]
    /// Local SIP port when the fleet is silent (SCHEMA.md `sip_port`).
    static let defaultSIPPort = 5060

    /// Resolves `device` (an Htek `model`) against its tenant.
    init(device: ResolvedDevice, model: PhoneModel, tenant: TenantContext) {
        self.device = device
        self.model = model
        self.tenant = tenant
        mac = device.mac.value.lowercased()
        // Validation guarantees every line is an extension of the tenant; should one be missing anyway, the phone
        // still gets a well-formed account that fails to register rather than a shifted account list.
        accounts = device.lines.map { line in
            tenant.accounts[line.value]
                ?? TenantContext.Account(number: line.value, displayName: line.value, authUser: line.value, password: "")
        }
        let transport = device.settings.transport?.value ?? tenant.transport
        self.transport = transport
        // A tenant that wrote no port gets the default of the device's own transport (5061 for TLS).
        sipPort = tenant.sipPortIsExplicit ? tenant.sipPort : (transport == .tls ? 5061 : 5060)
    }

    var settings: DeviceSettings { device.settings }

    /// The codecs in priority order.
    var codecs: [Codec] { settings.codecs.map { $0.value.map(\.value) } ?? Self.defaultCodecs }

    /// Account slots written: the model's accounts, but no more than the six whose P-codes are known (H2).
    var accountSlots: Int { min(model.accounts, HtekCodes.accounts.count) }

    /// The accounts actually written, account 1 first.
    var writtenAccounts: ArraySlice<TenantContext.Account> { accounts.prefix(accountSlots) }

    /// 1-based account index of an extension this phone registers, nil when it registers no such line.
    func accountIndex(of number: String) -> Int? {
        device.lines.firstIndex { $0.value == number }.map { $0 + 1 }
    }
}
