/// A whole fleet as written: `handset.yaml` and every tenant, inline or included.
public struct Fleet: Sendable {
    public var version: Located<Int>?
    public var provisioning: FleetProvisioning?
    public var defaults: DeviceSettings
    public var profiles: [Profile]
    public var includes: [Located<String>]
    public var tenants: [Tenant]
    /// Where the fleet's root file starts, for problems that belong to the fleet as a whole.
    public var mark: Mark
    /// The root file could not be parsed: what it lacks is unknown, not missing (no "no provisioning URL").
    public var rootUnreadable = false

    public init(version: Located<Int>? = nil, provisioning: FleetProvisioning? = nil, defaults: DeviceSettings = .init(),
                profiles: [Profile] = [], includes: [Located<String>] = [], tenants: [Tenant] = [], mark: Mark) {
        self.version = version
        self.provisioning = provisioning
        self.defaults = defaults
        self.profiles = profiles
        self.includes = includes
        self.tenants = tenants
        self.mark = mark
    }
}

/// The fleet-wide provisioning block: the base URL phones use and how often they re-check.
public struct FleetProvisioning: SettingsGroup {
    public var url: Located<String>?
    public var checkInterval: Located<Int>?
    public var mark: Mark

    public init(mark: Mark) { self.mark = mark }
}

/// A named set of device settings that devices pick with `profile:`.
public struct Profile: Sendable {
    public var name: Located<String>
    public var settings: DeviceSettings
}
