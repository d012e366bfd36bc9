/// The input format of SCHEMA.md as data: fleet file, tenant, device settings, keys. `handset schema` renders it
/// as JSON Schema; the docs site renders it as the reference page.
public enum InputSchema {
    typealias P = SchemaNode.Property

    static let secretPattern = #"^(\$\{env:[A-Za-z_][A-Za-z0-9_]*\}|\$\{secret:[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*\}|derived|[^$].*)$"#
    static let macPattern = #"^([0-9A-Fa-f]{2}([:-]?)){5}[0-9A-Fa-f]{2}$|^[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}$"#

    static func secret(_ what: String) -> SchemaNode {
        .string(description: "\(what): ${env:NAME}, ${secret:path/in/secrets-file}, derived (HMAC under HANDSET_MASTER_KEY), or plain text (a warning: it lands in git).",
                pattern: secretPattern, example: "${env:ACME_PROV_PASSWORD}")
    }

    static let extensionNumber = SchemaNode.string(description: "An extension number of the tenant, quoted to keep leading zeros.",
                                                   pattern: #"^[0-9]+$"#, example: "\"101\"")
    static let label = SchemaNode.string(description: "Text shown on the key.")

    /// Named definitions, referenced with `.ref(name)`.
    public static let definitions: [(name: String, node: SchemaNode)] = [
        ("deviceSettings", deviceSettings),
        ("key", key),
        ("tenant", tenant),
    ]

    /// The root: a fleet file (`handset.yaml`, recognised by its `handset:` key) or a tenant file.
    public static let fleet = SchemaNode.object(
        description: "handset.yaml: schema version, provisioning URL, fleet-wide defaults, profiles, includes and inline tenants.",
        properties: [
            P("handset", .integer(description: "Schema version of the input format; this handset reads 1.", minimum: 1, maximum: 1)),
            P("provisioning", .object(description: "How phones reach the provisioning server.", properties: [
                P("url", .string(description: "Base URL the phones use; each tenant is served under /<tenant>/.", pattern: "^https?://", example: "https://prov.example.net")),
                P("check_interval", .integer(description: "Minutes between the phones' own re-checks; 0 = only at boot. Default 1440.", minimum: 0, maximum: 43_200)),
            ], required: ["url"])),
            P("defaults", .ref("deviceSettings")),
            P("include", .array(description: "Globs relative to handset.yaml, sorted; each file holds one tenant.",
                                items: .string(description: "A glob such as tenants/*.yaml."))),
            P("profiles", .map(description: "Named partial device settings, reusable by every tenant.", values: .ref("deviceSettings"))),
            P("tenants", .array(description: "Tenants written inline.", items: .ref("tenant"))),
        ],
        required: ["handset", "provisioning"])

    static let tenant = SchemaNode.object(
        description: "One customer: SIP service, provisioning credentials, extensions, phonebook, phones.",
        properties: [
            P("tenant", .string(description: "Tenant id; becomes the URL path /<id>/.", pattern: "^[a-z0-9][a-z0-9-]{0,62}$", example: "acme")),
            P("name", .string(description: "Display name.")),
            P("sip", .object(description: "The registrar.", properties: [
                P("server", .string(description: "Registrar host name or IP address.", example: "pbx.acme.example.net")),
                P("port", .integer(description: "Registrar port; default 5060 (5061 for tls).", minimum: 1, maximum: 65_535)),
                P("transport", .string(description: "SIP transport; default udp.", enumeration: Transport.allCases.map(\.rawValue))),
                P("outbound_proxy", .string(description: "host or host:port of an outbound proxy.", example: "sbc.example.net:5060")),
            ], required: ["server"])),
            P("provisioning", .object(description: "HTTP credentials and source networks that guard the tenant's files.", properties: [
                P("username", .string(description: "HTTP basic-auth user the tenant's phones use.")),
                P("password", secret("HTTP basic-auth password")),
                P("trusted_networks", .array(description: "Only these source addresses or networks may fetch files.",
                                             items: .string(description: "An address (198.51.100.7) or network (203.0.113.0/24)."))),
            ], required: ["username", "password"])),
            P("admin_password", secret("Phone web-UI admin password (default: the provisioning password)")),
            P("defaults", .ref("deviceSettings")),
            P("profiles", .map(description: "Tenant-local profiles; they shadow fleet profiles of the same name.", values: .ref("deviceSettings"))),
            P("extensions", .array(description: "Dialable SIP extensions.", items: .object(description: "An extension.", properties: [
                P("number", extensionNumber),
                P("name", .string(description: "Caller name shown on phones and used as BLF label.")),
                P("auth_user", .string(description: "SIP auth name (default: the number).")),
                P("password", secret("SIP password")),
            ], required: ["number"]))),
            P("contacts", .array(description: "The tenant phonebook, pushed to phones with phonebook: true.", items: .object(
                description: "A phonebook entry.", properties: [
                    P("name", .string(description: "The contact's name.")),
                    P("organization", .string(description: "Company or organisation.")),
                    P("numbers", .map(description: "One or more numbers by kind; spaces, dashes, dots, slashes and parentheses are stripped on output.",
                                      values: .string(description: "A dialable number.", example: "\"+49 30 1234567\""),
                                      keys: Contact.NumberKind.allCases.map(\.rawValue))),
                ], required: ["name", "numbers"]))),
            P("devices", .array(description: "The tenant's phones.", items: device)),
        ],
        required: ["tenant", "sip", "provisioning"])

    static let device: SchemaNode = {
        guard case .object(_, let settings, _) = deviceSettings else { return deviceSettings }
        return .object(description: "A phone, by MAC, with the accounts it registers and any device settings.", properties: [
            P("mac", .string(description: "MAC address: 00:15:65:12:34:56, 00-15-65-12-34-56, 0015.6512.3456 or 001565123456.",
                             pattern: macPattern, example: "00:15:65:12:34:56")),
            P("profile", .string(description: "A profile of the tenant or of the fleet.")),
            P("lines", .array(description: "Accounts registered on the phone; the first is the primary.", items: extensionNumber, minItems: 1)),
        ] + settings, required: ["mac", "lines"])
    }()

    static let deviceSettings = SchemaNode.object(
        description: "Device settings; precedence fleet defaults < tenant defaults < profile < device. Lists replace, mappings merge.",
        properties: [
            P("model", .string(description: "vendor/model from `handset models`.", example: "yealink/t54w")),
            P("label", .string(description: "Device label for reports.")),
            P("keys", .array(description: "The phone's programmable keys, in order (page 1 first).", items: .ref("key"))),
            P("expansion_modules", .array(description: "Expansion modules in order of attachment.", items: .object(
                description: "An expansion module.", properties: [
                    P("model", .string(description: "vendor/module from `handset models`.", example: "yealink/exp50")),
                    P("keys", .array(description: "The module's keys, in order.", items: .ref("key"))),
                ], required: ["model"]))),
            P("calls_per_line_key", .integer(description: "Calls per line key; default 2.", minimum: 1, maximum: 10)),
            P("codecs", .array(description: "Codecs in priority order.", items: .string(description: "A codec.", enumeration: Codec.allCases.map(\.rawValue)))),
            P("transport", .string(description: "Overrides the tenant's sip.transport.", enumeration: Transport.allCases.map(\.rawValue))),
            P("sip_port", .integer(description: "Local SIP port; default 5060.", minimum: 1, maximum: 65_535)),
            P("call_waiting", .object(description: "Call waiting and its tone.", properties: [
                P("enabled", .boolean(description: "Call waiting on or off; default on.")),
                P("tone", .boolean(description: "Call-waiting tone; default on.")),
            ])),
            P("phonebook", .boolean(description: "Push the tenant contacts to this phone (default true when contacts exist).")),
            P("timezone", .string(description: "IANA time zone name, mapped to each vendor's own.", example: "Europe/Berlin")),
            P("language", .string(description: "ISO 639-1 language code, mapped to each vendor's own.", example: "de")),
            P("ntp", .string(description: "NTP server host name or address.", example: "pool.ntp.org")),
            P("network", .object(description: "The phone's network settings.", properties: [
                P("mode", .string(description: "dhcp (default) or static.", enumeration: Network.Mode.allCases.map(\.rawValue))),
                P("address", .string(description: "Static only: address with prefix length.", example: "192.168.1.50/24")),
                P("gateway", .string(description: "Static only: default gateway, inside the subnet.")),
                P("dns", .array(description: "Static only: 1 or 2 DNS servers.", items: .string(description: "An IP address."), minItems: 1, maxItems: 2)),
                P("vlan", .integer(description: "802.1Q VLAN id.", minimum: 1, maximum: 4094)),
            ])),
        ])

    static let key = SchemaNode.oneOf(description: "A programmable key: a bare type, a type with its target, or a type with options.", [
        .string(description: "A key without a target.", enumeration: ["line", "dnd", "phonebook", "blank"]),
        .object(description: "Line appearance of another account in `lines`.", properties: [P("line", .oneOf(description: "The account.", [
            extensionNumber, .object(description: "Account and label.", properties: [P("account", extensionNumber), P("label", label)])]))], required: ["line"]),
        .object(description: "Busy lamp field: monitors an extension (label = its name).", properties: [P("blf", .oneOf(description: "The extension.", [
            extensionNumber, .object(description: "Extension, label and directed pickup.", properties: [
                P("extension", extensionNumber), P("label", label), P("pickup", .boolean(description: "Pick up calls ringing there."))],
                required: ["extension"])]))], required: ["blf"]),
        .object(description: "Speed dial.", properties: [P("speed_dial", .oneOf(description: "The number.", [
            .string(description: "A dialable number."), .object(description: "Number and label.", properties: [
                P("number", .string(description: "A dialable number.")), P("label", label)], required: ["number"])]))], required: ["speed_dial"]),
        .object(description: "Day/night: a BLF on a feature code; lit = night mode.", properties: [P("day_night", .oneOf(description: "The feature code.", [
            .string(description: "A feature code such as \"*28\"."), .object(description: "Code and label.", properties: [
                P("code", .string(description: "A feature code.")), P("label", label)], required: ["code"])]))], required: ["day_night"]),
        .object(description: "Call park slot.", properties: [P("park", .oneOf(description: "The slot.", [
            .string(description: "A park slot such as \"701\"."), .object(description: "Slot and label.", properties: [
                P("slot", .string(description: "A park slot.")), P("label", label)], required: ["slot"])]))], required: ["park"]),
        .object(description: "Intercom call to an extension.", properties: [P("intercom", .oneOf(description: "The extension.", [
            extensionNumber, .object(description: "Extension and label.", properties: [P("extension", extensionNumber), P("label", label)],
                                     required: ["extension"])]))], required: ["intercom"]),
        .object(description: "Do not disturb, phonebook or blank key with a label.", properties: [
            P("dnd", .object(description: "Label only.", properties: [P("label", label)])),
            P("phonebook", .object(description: "Label only.", properties: [P("label", label)])),
            P("blank", .object(description: "Label only.", properties: [P("label", label)])),
        ]),
    ])
}
