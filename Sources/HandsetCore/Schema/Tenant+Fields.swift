/// The tenant's keys and the keys of its parts (registrar, provisioning credentials, extensions, contacts,
/// devices), declared once: `Decoder+Tenant.swift` reads them, `handset schema` and the reference page describe
/// them. Device settings are declared in `DeviceSettings+Fields.swift`.
extension Tenant {
    public static let fields: [Field<Tenant>] = [
        .identity("tenant", "Tenant id; becomes the URL path /<id>/.", example: "acme", pattern: "^[a-z0-9][a-z0-9-]{0,62}$",
                  what: "tenant id", hint: "name the tenant: 'tenant: acme'"),
        .text("name", \.name, "Display name.", what: "tenant name"),
        Field.group("sip", \.sip, "The registrar.", fields: TenantSIP.fields)
            .required(hint: "every tenant names its registrar under 'sip: {server: ...}'"),
        .group("provisioning", \.provisioning, "HTTP credentials and source networks that guard the tenant's files.",
               fields: TenantProvisioning.fields, context: "tenant provisioning").requiredByRule(),
        .secret("admin_password", \.adminPassword, "Phone web-UI admin password (default: the provisioning password)"),
        .group("feature_codes", \.featureCodes, "The PBX's feature codes that phones dial.", fields: FeatureCodes.fields),
        .custom("defaults", .ref("deviceSettings")) { decoder, node, tenant in
            tenant.defaults = decoder.deviceSettings(node, in: "tenant defaults")
        },
        .custom("profiles", .map(description: "Tenant-local profiles; they shadow fleet profiles of the same name.",
                                 values: .ref("deviceSettings"))) { decoder, node, tenant in
            tenant.profiles = decoder.profiles(node)
        },
        .custom("extensions", .array(description: "Dialable SIP extensions.",
                                     items: Extension.fields.schemaObject("An extension."))) { decoder, node, tenant in
            tenant.extensions = decoder.list(node, of: "extensions")?.compactMap { decoder.extension($0) } ?? []
        },
        .custom("contacts", .array(description: "The tenant phonebook, pushed to phones with phonebook: true.",
                                   items: Contact.fields.schemaObject("A phonebook entry."))) { decoder, node, tenant in
            tenant.contacts = decoder.list(node, of: "contacts")?.compactMap { decoder.contact($0) } ?? []
        },
        .custom("devices", .array(description: "The tenant's phones.", items: Device.schema)) { decoder, node, tenant in
            tenant.devices = decoder.list(node, of: "devices")?.compactMap { decoder.device($0) } ?? []
        },
    ]
    public static let fieldNames = fields.names()
}

extension FeatureCodes {
    static let fields: [Field<FeatureCodes>] = [
        .text("pickup", \.pickup, "Directed-pickup prefix: a BLF key with pickup: true dials it followed by the extension.",
              example: "\"*8\"", what: "pickup code"),
        .text("voicemail", \.voicemail, "Voicemail retrieval number: the phones' message key; MWI is subscribed.",
              example: "\"*97\"", what: "voicemail code"),
    ]
}

extension TenantSIP {
    static let fields: [Field<TenantSIP>] = [
        Field.text("server", \.server, "Registrar host name or IP address.", example: "pbx.acme.example.net", what: "sip server")
            .required(),
        .number("port", \.port, "Registrar port; default 5060 (5061 for tls).", range: 1...65_535, what: "sip port"),
        .choice("transport", \.transport, "SIP transport; default udp."),
        .text("outbound_proxy", \.outboundProxy, "host or host:port of an outbound proxy.", example: "sbc.example.net:5060"),
    ]
}

extension TenantProvisioning {
    static let fields: [Field<TenantProvisioning>] = [
        Field.text("username", \.username, "HTTP basic-auth user the tenant's phones use.", what: "provisioning username")
            .requiredByRule(),
        Field.secret("password", \.password, "HTTP basic-auth password", what: "provisioning password").requiredByRule(),
        .custom("trusted_networks", .array(description: "Only these source addresses or networks may fetch files.",
                                           items: .string(description: "An address (198.51.100.7) or network (203.0.113.0/24)."))) {
            decoder, node, provisioning in
            provisioning.trustedNetworks = decoder.list(node, of: "trusted_networks")?
                .compactMap { decoder.string($0, "trusted network") } ?? []
        },
    ]
}

extension Extension {
    static let fields: [Field<Extension>] = [
        .identity("number", InputSchema.extensionNumber.description, example: "\"101\"", pattern: #"^[0-9]+$"#,
                  what: "extension number"),
        .text("name", \.name, "Caller name shown on phones and used as BLF label.", what: "extension name"),
        .text("auth_user", \.authUser, "SIP auth name (default: the number)."),
        .custom("password", InputSchema.secret("SIP password")) { decoder, node, ext in
            ext.password = decoder.secret(node, "SIP password of extension \(ext.number.value)")
        },
    ]
    static let fieldNames = fields.names()
}

extension Contact {
    static let fields: [Field<Contact>] = [
        .identity("name", "The contact's name.", what: "contact name"),
        .text("organization", \.organization, "Company or organisation."),
        Field.custom("numbers", .map(description: "One or more numbers by kind; spaces, dashes, dots, slashes and parentheses are stripped on output.",
                                     values: .string(description: "A dialable number.", example: "\"+49 30 1234567\""),
                                     keys: NumberKind.allCases.map(\.rawValue))) { decoder, node, contact in
            contact.numbers = decoder.contactNumbers(node, of: contact.name.value)
        }.required(hint: "give at least one number: numbers: {work: \"+49 30 1234567\"}"),
    ]
    static let fieldNames = fields.names()
}

extension Device {
    /// The keys a device has besides the device settings.
    static let fields: [Field<Device>] = [
        .identity("mac", "MAC address: 00:15:65:12:34:56, 00-15-65-12-34-56, 0015.6512.3456 or 001565123456.",
                  example: "00:15:65:12:34:56", pattern: InputSchema.macPattern, what: "mac",
                  hint: "every device is known by its MAC: 'mac: 00:15:65:12:34:56'"),
        .text("profile", \.profile, "A profile of the tenant or of the fleet."),
        .custom("lines", .array(description: "Accounts registered on the phone; the first is the primary.",
                                items: InputSchema.extensionNumber, minItems: 1)) { decoder, node, device in
            device.lines = decoder.list(node, of: "lines").map { Located($0.compactMap { decoder.string($0, "line") }, at: node.mark) }
        }.requiredByRule(),
    ]
    /// A device mapping: these keys and every device setting.
    public static let fieldNames = fields.names() + DeviceSettings.fieldNames
    static let schema = fields.schemaObject("A phone, by MAC, with the accounts it registers and any device settings.",
                                            more: DeviceSettings.fields.schemaProperties())
}
