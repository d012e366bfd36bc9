/// Settings allowed in defaults, profiles and devices. Every field is optional: a level sets what it names, and
/// resolution lays the levels over each other (lists replace, mappings merge key by key).
public struct DeviceSettings: Sendable, TracksWrittenFields {
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
    /// One or two NTP servers, preferred to the ones DHCP offers.
    public var ntp: Located<[Located<String>]>?
    /// ISO 3166-1 alpha-2 code: the country whose call-progress tones the phone plays.
    public var country: Located<String>?
    public var dtmf: Located<DTMFMode>?
    public var srtp: Located<SRTPMode>?
    public var timeFormat: Located<TimeFormat>?
    /// Firmware file per model (`yealink/t54w`), merged by model across levels.
    public var firmware: Located<[KeyedText]>?
    public var network: Network?
    /// Which fields of `DeviceSettings.fields` this level (or a level laid under it) wrote.
    public var written = WrittenFields()

    public init() {}

    /// The firmware file these settings give for `model`, if any (entries merge by model; the highest level's wins).
    public func firmwareURL(for model: PhoneModel) -> String? {
        let reference = model.reference
        return firmware?.value.last { $0.key.value.lowercased() == reference }?.text.value
    }
}

/// How DTMF digits travel: RTP events (RFC 2833/4733), SIP INFO, or as tones in the audio.
public enum DTMFMode: String, Sendable, CaseIterable {
    case rfc2833, info, inband
}

/// Whether calls are encrypted with SRTP: never, when the other side offers it, or always.
public enum SRTPMode: String, Sendable, CaseIterable {
    case off, optional, required
}

/// One entry of a mapping with free keys (`firmware: {yealink/t54w: https://...}`): the key and the text, each
/// where it was written.
public struct KeyedText: Sendable {
    public var key: Located<String>
    public var text: Located<String>

    public init(key: Located<String>, text: Located<String>) {
        self.key = key
        self.text = text
    }
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
