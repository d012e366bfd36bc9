/// The device settings of the input format: the one place each setting is declared.
///
/// # How to add a device setting
///
/// 1. Add the model field it fills to `DeviceSettings` (`Model/DeviceSettings.swift`), optional and `Located`, so
///    that a level that does not write it leaves the lower level's value and every message can point at it:
///    `public var ringTone: Located<String>?`.
/// 2. Declare it below, in the order the reference page should list it, with the constructor of its kind:
///    `.text("ring_tone", \.ringTone, "Ring tone file name.", example: "Ring3.wav")`, `.number(..., range:)`,
///    `.flag`, `.choice` (an enum's raw values), `.textList`, `.choiceList`, or `.group` for a nested mapping
///    that merges key by key. That one line gives the decoder (unknown keys with did-you-mean, wrong type, range,
///    choices), the overlay of fleet defaults < tenant defaults < profile < device (a value set higher replaces
///    one set lower; groups merge key by key), the JSON Schema of `handset schema`, the reference page of the site
///    and the rows of `handset show` in every format.
/// 3. Write it in each vendor's emitter that can take it (`HandsetEmitters/<Vendor>/`), with the vendor's key
///    name and source beside it, and add a golden fixture per vendor. Where a vendor cannot take it, add that
///    vendor to `VendorFeatureRule` so a fleet that sets it gets a warning instead of a silent drop.
/// 4. If the value needs a check the decoder cannot make (a host name, a value the catalog must know), add a rule
///    under `Validation/` and list it in `ValidationRules.all`.
///
/// Nothing else needs to change: `InputFormatTests` proves that the decoder, the schema, `show` and the reference
/// page know the same keys, and the generated site pages are regenerated with `swift run handset docs --out site`.
extension DeviceSettings {
    /// Every device setting, in reference order.
    public static let fields: [Field<DeviceSettings>] = [
        .text("model", \.model, "vendor/model from `handset models`.", example: "yealink/t54w",
              choices: Catalog.models.filter { $0.endOfLife == nil }.map(\.reference)),
        .text("label", \.label, "Device label for reports."),
        .items("keys", \.keys, .array(description: "The phone's programmable keys, in order (page 1 first).", items: .ref("key")),
               item: { decoder, node in decoder.key(node) }, describe: \.summary),
        .items("expansion_modules", \.expansionModules,
               .array(description: "Expansion modules in order of attachment.", items: ExpansionModule.fields.schemaObject("An expansion module.")),
               item: { decoder, node in decoder.expansionModule(node) },
               describe: { module in ([module.model.value] + module.keys.map(\.summary)).joined(separator: "; ") }),
        .number("calls_per_line_key", \.callsPerLineKey, "Calls per line key; default 2.", range: 1...10),
        .choiceList("codecs", \.codecs, "Codecs in priority order.", item: "A codec.", itemWhat: "codec"),
        .choice("transport", \.transport, "Overrides the tenant's sip.transport."),
        .number("sip_port", \.sipPort, "Local SIP port; default 5060.", range: 1...65_535),
        .group("call_waiting", \.callWaiting, "Call waiting and its tone.", fields: CallWaiting.fields),
        .flag("phonebook", \.phonebook, "Push the tenant contacts to this phone (default true when contacts exist)."),
        .text("timezone", \.timezone, "IANA time zone name, mapped to each vendor's own.", example: "Europe/Berlin"),
        .text("language", \.language, "ISO 639-1 language code, mapped to each vendor's own.", example: "de"),
        .textOrList("ntp", \.ntp, "NTP server, or a list of two; the phone prefers them to the ones DHCP offers.",
                    item: "NTP server host name or address.", example: "pool.ntp.org", maxItems: 2),
        .text("country", \.country, "ISO 3166-1 alpha-2 code: the call-progress tones (dial, busy, ring-back) of that country.",
              example: "DE"),
        .choice("dtmf", \.dtmf, "How DTMF digits are sent: rfc2833 (default, RTP events), info (SIP INFO) or inband (audio tones)."),
        .choice("srtp", \.srtp, "Media encryption: off (default), optional, or required (needs transport tls)."),
        .choice("time_format", \.timeFormat, "Clock on the display and in call lists: 24h (default) or 12h."),
        .keyedTexts("firmware", \.firmware, "Firmware file per model (vendor/model from `handset models`); mappings merge by model, so a tenant or profile can pin its own.",
                    value: "Absolute http or https URL of the firmware file.", example: "https://fw.example.net/yealink/T54W-96.86.0.100.rom"),
        .group("network", \.network, "The phone's network settings.", fields: Network.fields),
    ]

    /// The YAML keys of `fields`, for the decoder's unknown-key check.
    public static let fieldNames = fields.names()
    /// The position of each key in `fields`, and each field's decoder by position (apart from `fields`: reading a
    /// `Field` out of its array copies all its members, on every device).
    static let fieldIndex = Dictionary(uniqueKeysWithValues: fields.enumerated().map { ($1.name, $0) })
    static let decoders = fields.map(\.decode)
}

extension CallWaiting {
    static let fields: [Field<CallWaiting>] = [
        .flag("enabled", \.enabled, "Call waiting on or off; default on.", what: "call_waiting enabled"),
        .flag("tone", \.tone, "Call-waiting tone; default on.", what: "call_waiting tone"),
    ]
}

extension Network {
    static let fields: [Field<Network>] = [
        .choice("mode", \.mode, "dhcp (default) or static.", what: "network mode"),
        .text("address", \.address, "Static only: address with prefix length.", example: "192.168.1.50/24", what: "network address"),
        .text("gateway", \.gateway, "Static only: default gateway, inside the subnet.", what: "gateway"),
        .textList("dns", \.dns, "Static only: 1 or 2 DNS servers.", item: "An IP address.", itemWhat: "dns server",
                  minItems: 1, maxItems: 2),
        // The range is checked by a validation rule so that its message can name 802.1Q's limits.
        .number("vlan", \.vlan, "802.1Q VLAN id.", range: 1...4094, checkedByRule: true),
    ]
}

extension ExpansionModule {
    static let fields: [Field<ExpansionModule>] = [
        .identity("model", "vendor/module from `handset models`.", example: "yealink/exp50", what: "module model",
                  hint: "name the module: 'model: yealink/exp50'"),
        .custom("keys", .array(description: "The module's keys, in order.", items: .ref("key"))) { decoder, node, module in
            module.keys = decoder.list(node, of: "module keys")?.compactMap { decoder.key($0) } ?? []
        },
    ]
    static let fieldNames = fields.names()
}

extension DeviceSettings {
    /// What `show` prints of these settings: a row per setting that is set (groups as `network.mode`...), in
    /// declaration order.
    public static func shown(_ settings: DeviceSettings) -> [ShownSetting] {
        fields.flatMap { $0.show(settings) }
    }
}
