import HandsetCore

/// One Snom phone with everything its files need resolved: the upper-case MAC, its accounts in `lines` order, the
/// SIP transport and registrar port it uses, and the defaults Handset applies where the fleet is silent.
struct SnomPhone {
    let device: ResolvedDevice
    let model: PhoneModel
    let tenant: TenantContext
    /// Twelve upper-case hex digits, as Snom names per-MAC files (snom.md §1 "MAC case").
    let mac: String
    /// The registered accounts, identity 1 first.
    let accounts: [TenantContext.Account]
    let transport: Transport
    /// The registrar port.
    let sipPort: Int

    /// Codecs when no level of the fleet names any: SCHEMA.md's example default, as the Yealink emitter uses it.
    static let defaultCodecs: [Codec] = [.g722, .pcma, .pcmu]
    /// Calls per line key when the fleet is silent (SCHEMA.md `calls_per_line_key`).
    static let defaultCallsPerLineKey = 2
    /// Local SIP port when the fleet is silent (SCHEMA.md `sip_port`); Wazo writes the same value (snom.md §5).
    static let defaultLocalSIPPort = 5060

    /// Resolves `device` (a Snom `model`) against its tenant.
    init(device: ResolvedDevice, model: PhoneModel, tenant: TenantContext) {
        self.device = device
        self.model = model
        self.tenant = tenant
        mac = device.mac.value.uppercased()
        // Validation guarantees every line is an extension of the tenant; should one be missing anyway, the phone
        // still gets a well-formed identity that fails to register, rather than a shifted identity list.
        accounts = device.lines.map { line in
            tenant.accounts[line.value]
                ?? TenantContext.Account(number: line.value, displayName: line.value, authUser: line.value, password: "")
        }
        let transport = device.settings.transport?.value ?? tenant.transport
        self.transport = transport
        // A tenant that wrote no port reaches its registrar on the default of the device's own transport: a phone
        // switched to TLS on a UDP tenant uses 5061.
        sipPort = tenant.sipPortIsExplicit ? tenant.sipPort : (transport == .tls ? 5061 : 5060)
    }

    var settings: DeviceSettings { device.settings }

    /// `snomD785`, `snom715`: the phone type the phone puts in the file names it asks for (Snom wiki "Auto
    /// Provisioning"; Wazo's DHCP classes use the same strings as vendor class identifiers).
    var phoneType: String { SnomEmitter.phoneType(model) }

    /// The codecs in priority order.
    var codecs: [Codec] { settings.codecs.map { $0.value.map(\.value) } ?? Self.defaultCodecs }

    var callsPerLineKey: Int { max(1, settings.callsPerLineKey?.value ?? Self.defaultCallsPerLineKey) }

    /// 1-based identity of an extension this phone registers, nil when it registers no such line.
    func identity(of number: String) -> Int? {
        device.lines.firstIndex { $0.value == number }.map { $0 + 1 }
    }
}
