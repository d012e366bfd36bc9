import HandsetCore

/// What every vendor's files need of one device, resolved once and the same way for all vendors: its accounts in
/// `lines` order, the SIP transport and registrar port it uses, and the defaults Handset applies where the fleet
/// is silent (SCHEMA.md). Each vendor's `...Phone` wraps it and adds only what is its own (MAC case, file names).
///
/// A class, not a struct, for the same reason as `ResolvedDevice`: every `phone.x` read through a vendor's
/// `@dynamicMemberLookup` copied the whole struct first (a dozen reference-count operations per read, some 10% of
/// the emit time on 100k Yealink phones); a class reference costs one.
public final class PhoneContext: Sendable {
    public let device: ResolvedDevice
    public let model: PhoneModel
    public let tenant: TenantContext
    /// The registered accounts, account 1 first.
    public let accounts: [TenantContext.Account]
    public let transport: Transport
    /// The registrar port: the tenant's when it wrote one, else the default of the device's own transport, so a
    /// phone switched to TLS on a UDP tenant reaches its registrar on 5061.
    public let sipPort: Int

    /// Codecs when no level of the fleet names any: SCHEMA.md's example (`[g722, pcma, pcmu]`), wideband first,
    /// then both G.711 laws so any PBX finds a common codec.
    public static let defaultCodecs: [Codec] = [.g722, .pcma, .pcmu]
    /// SCHEMA.md `calls_per_line_key` default.
    public static let defaultCallsPerLineKey = 2
    /// SCHEMA.md `sip_port` default: the phone's local SIP port.
    public static let defaultLocalSIPPort = 5060

    public init(device: ResolvedDevice, model: PhoneModel, tenant: TenantContext) {
        self.device = device
        self.model = model
        self.tenant = tenant
        // Validation guarantees every line is an extension of the tenant; should one be missing anyway, the phone
        // still gets a well-formed account that fails to register, rather than a shifted account list.
        accounts = device.lines.map { line in
            tenant.accounts[line.value]
                ?? TenantContext.Account(number: line.value, displayName: line.value, authUser: line.value, password: "")
        }
        settings = device.settings
        transport = device.settings.transport?.value ?? tenant.transport
        sipPort = tenant.sipPortIsExplicit ? tenant.sipPort : (transport == .tls ? 5061 : 5060)
        fileTitle = Self.title(model, device, tenant)
    }

    private static func title(_ model: PhoneModel, _ device: ResolvedDevice, _ tenant: TenantContext) -> String {
        // Appended into one reserved String: interpolation grows its buffer step by step, for every phone.
        var title = "Handset: "
        title.reserveCapacity(96)
        title += model.vendor.displayName
        title += " "
        title += model.displayName
        title += " "
        title += MACAddress.emittedDisplay(device.mac.value)
        title += ", tenant "
        title += tenant.id
        if let label = device.settings.label {
            title += ", "
            title += label.value
        }
        return title
    }

    /// `device.settings`, copied once here: read through the computed property, every `phone.settings.x` copied
    /// the whole struct.
    public let settings: DeviceSettings

    /// The codecs in priority order.
    public var codecs: [Codec] { settings.codecs.map { $0.value.map(\.value) } ?? Self.defaultCodecs }

    public var callsPerLineKey: Int { max(1, settings.callsPerLineKey?.value ?? Self.defaultCallsPerLineKey) }

    public var localSIPPort: Int { settings.sipPort?.value ?? Self.defaultLocalSIPPort }

    /// The fleet's NTP servers (one or two), none when it gives none.
    public var ntpServers: [String] { settings.ntp?.value.map(\.value) ?? [] }

    /// The tones of the phone's `country`, nil when the fleet names none (the phone keeps its own).
    public var tones: CountryTones? { settings.country.flatMap { Catalog.country($0.value) } }

    /// SCHEMA.md `dtmf` default: RFC 2833 events.
    public var dtmf: DTMFMode { settings.dtmf?.value ?? .rfc2833 }

    /// SCHEMA.md `srtp` default: off.
    public var srtp: SRTPMode { settings.srtp?.value ?? .off }

    /// The firmware file the fleet gives for this phone's model, if any (the entry set at the highest level wins).
    public var firmwareURL: String? { settings.firmwareURL(for: model) }

    /// Whether a BLF key of the phone or its modules asks for directed pickup.
    public var usesBLFPickup: Bool {
        func asksPickup(_ key: Key) -> Bool {
            if case .blf(_, let pickup) = key.function { return pickup }
            return false
        }
        return (settings.keys?.value ?? []).contains(where: asksPickup)
            || (settings.expansionModules?.value ?? []).contains { $0.keys.contains(where: asksPickup) }
    }

    /// SCHEMA.md `time_format` default: 24h.
    public var timeFormat: TimeFormat { settings.timeFormat?.value ?? .hours24 }

    /// The first comment of a per-phone file: "Handset: Yealink T54W 00:15:65:12:34:56, tenant acme, Front desk".
    /// Stored: every vendor writes it, Snom twice.
    public let fileTitle: String

    /// 1-based account index of an extension this phone registers, nil when it registers no such line.
    public func accountIndex(of number: String) -> Int? {
        device.lines.firstIndex { $0.value == number }.map { $0 + 1 }
    }
}
