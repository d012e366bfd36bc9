/// Settings allowed in defaults, profiles and devices. Every field is optional: a level sets what it names, and
/// resolution lays the levels over each other (lists replace, mappings merge key by key).
public struct DeviceSettings: Sendable {
    public var model: Located<String>?
    public var label: Located<String>?
    public var keys: Located<[Key]>?
    public var expansionModules: Located<[ExpansionModule]>?
    public var callsPerLineKey: Located<Int>?
    public var codecs: Located<[Located<Codec>]>?
    public var transport: Located<Transport>?
    public var sipPort: Located<Int>?
    public var callWaiting: CallWaiting?
    public var phonebook: Located<Bool>?
    public var timezone: Located<String>?
    public var language: Located<String>?
    public var ntp: Located<String>?
    public var timeFormat: Located<TimeFormat>?
    public var network: Network?

    public init() {}
}

/// How the phone shows the time of day.
public enum TimeFormat: String, Sendable, CaseIterable {
    case hours24 = "24h", hours12 = "12h"
}

/// Call waiting and its tone.
public struct CallWaiting: SettingsGroup {
    public var enabled: Located<Bool>?
    public var tone: Located<Bool>?
    public var mark: Mark

    public init(mark: Mark) { self.mark = mark }
}

/// The phone's own network settings.
public struct Network: SettingsGroup {
    public enum Mode: String, Sendable, CaseIterable {
        case dhcp, `static`
    }

    public var mode: Located<Mode>?
    public var address: Located<String>?
    public var gateway: Located<String>?
    public var dns: Located<[Located<String>]>?
    public var vlan: Located<Int>?
    public var mark: Mark

    public init(mark: Mark) { self.mark = mark }
}

/// An expansion module attached to a phone, with its own keys.
public struct ExpansionModule: Sendable {
    public var model: Located<String>
    public var keys: [Key]
    public var mark: Mark
}
