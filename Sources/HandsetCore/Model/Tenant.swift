/// One customer: its SIP service, provisioning credentials, extensions, phonebook and phones.
public struct Tenant: Sendable {
    public var id: Located<String>
    public var name: Located<String>?
    public var sip: TenantSIP?
    public var provisioning: TenantProvisioning?
    public var adminPassword: Located<SecretReference>?
    public var featureCodes: FeatureCodes?
    public var defaults: DeviceSettings
    public var profiles: [Profile]
    public var extensions: [Extension]
    public var contacts: [Contact]
    public var devices: [Device]
    public var mark: Mark

    /// A tenant with only its id; the decoder fills the rest.
    public init(id: Located<String>, mark: Mark) {
        self.id = id
        defaults = DeviceSettings()
        profiles = []
        extensions = []
        contacts = []
        devices = []
        self.mark = mark
    }
}

/// The PBX's feature codes that phones dial.
public struct FeatureCodes: SettingsGroup {
    /// Directed-pickup prefix: a BLF key with `pickup: true` dials it followed by the monitored extension.
    public var pickup: Located<String>?
    /// Voicemail retrieval number: the phones' message key; MWI is subscribed.
    public var voicemail: Located<String>?
    public var mark: Mark

    public init(mark: Mark) { self.mark = mark }
}

/// The tenant's registrar and how phones reach it.
public struct TenantSIP: SettingsGroup {
    public var server: Located<String>?
    public var port: Located<Int>?
    public var transport: Located<Transport>?
    public var outboundProxy: Located<String>?
    public var mark: Mark

    public init(mark: Mark) { self.mark = mark }
}

/// The HTTP credentials and source networks that guard the tenant's files.
public struct TenantProvisioning: SettingsGroup {
    public var username: Located<String>?
    public var password: Located<SecretReference>?
    public var trustedNetworks: [Located<String>] = []
    public var mark: Mark

    public init(mark: Mark) { self.mark = mark }
}

public enum Transport: String, Sendable, CaseIterable {
    case udp, tcp, tls
}

/// A dialable SIP extension of a tenant.
public struct Extension: Sendable {
    public var number: Located<String>
    public var name: Located<String>?
    public var authUser: Located<String>?
    public var password: Located<SecretReference>?
    public var mark: Mark

    public init(number: Located<String>, mark: Mark) {
        self.number = number
        self.mark = mark
    }
}

/// A phonebook entry; a contact has one or more numbers by kind.
public struct Contact: Sendable {
    public enum NumberKind: String, Sendable, CaseIterable {
        case work, mobile, home, other
    }

    public var name: Located<String>
    public var organization: Located<String>?
    public var numbers: [(kind: NumberKind, number: Located<String>)] = []
    public var mark: Mark

    public init(name: Located<String>, mark: Mark) {
        self.name = name
        self.mark = mark
    }
}

/// A phone, by MAC, with the accounts it registers and its own settings.
public struct Device: Sendable {
    /// Twelve lowercase hex digits.
    public var mac: Located<String>
    public var profile: Located<String>?
    public var lines: Located<[Located<String>]>?
    public var settings: DeviceSettings
    public var mark: Mark

    public init(mac: Located<String>, settings: DeviceSettings, mark: Mark) {
        self.mac = mac
        self.settings = settings
        self.mark = mark
    }
}
