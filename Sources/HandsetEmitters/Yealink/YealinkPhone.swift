import HandsetCore

/// One Yealink phone with everything the per-MAC file needs resolved: its accounts in `lines` order, the SIP
/// transport and port it uses, and the defaults Handset applies where the fleet is silent.
struct YealinkPhone {
    let device: ResolvedDevice
    let model: PhoneModel
    let tenant: TenantContext
    /// Twelve lowercase hex digits, the name of the per-MAC files (Y1 per-MAC filename).
    let mac: String
    /// The registered accounts, account 1 first.
    let accounts: [TenantContext.Account]
    let transport: Transport
    let sipPort: Int

    /// Codecs when no level of the fleet names any: the example default of SCHEMA.md (`[g722, pcma, pcmu]`),
    /// wideband first, then both G.711 laws so any PBX finds a common codec.
    static let defaultCodecs: [Codec] = [.g722, .pcma, .pcmu]
    /// Calls per line key when the fleet is silent (SCHEMA.md `calls_per_line_key`).
    static let defaultCallsPerLineKey = 2
    /// Local SIP port when the fleet is silent (SCHEMA.md `sip_port`).
    static let defaultSIPPort = 5060

    /// Resolves `device` (a Yealink `model`) against its tenant.
    init(device: ResolvedDevice, model: PhoneModel, tenant: TenantContext) {
        self.device = device
        self.model = model
        self.tenant = tenant
        mac = device.mac.value.lowercased()
        // Validation guarantees every line is an extension of the tenant; should one be missing anyway, the phone
        // still gets a well-formed account that simply fails to register, rather than a shifted account list.
        accounts = device.lines.map { line in
            tenant.accounts[line.value]
                ?? TenantContext.Account(number: line.value, displayName: line.value, authUser: line.value, password: "")
        }
        let transport = device.settings.transport?.value ?? tenant.transport
        self.transport = transport
        sipPort = Self.port(for: transport, tenant: tenant)
    }

    var settings: DeviceSettings { device.settings }

    /// The codecs in priority order.
    var codecs: [Codec] { settings.codecs.map { $0.value.map(\.value) } ?? Self.defaultCodecs }

    /// 1-based account index of an extension this phone registers, nil when it registers no such line.
    func accountIndex(of number: String) -> Int? {
        device.lines.firstIndex { $0.value == number }.map { $0 + 1 }
    }

    /// The tenant's registrar port; when the tenant wrote none and a device changes the transport, the default of
    /// the device's transport: a tenant on udp with one phone on tls reaches the registrar on 5061.
    static func port(for transport: Transport, tenant: TenantContext) -> Int {
        tenant.sipPortIsExplicit ? tenant.sipPort : defaultPort(transport)
    }

    static func defaultPort(_ transport: Transport) -> Int { transport == .tls ? 5061 : 5060 }
}
