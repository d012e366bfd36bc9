/// The input format of SCHEMA.md as JSON Schema nodes: fleet file, tenant and device settings come from their
/// field declarations (`Fleet.fields`, `Tenant.fields`, `DeviceSettings.fields`); the key shapes are described here.
/// `handset schema` renders it as JSON Schema; the docs site renders it as the reference page.
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
    public static let fleet = Fleet.fields.schemaObject(
        "handset.yaml: schema version, provisioning URL, fleet-wide defaults, profiles, includes and inline tenants.")

    static let tenant = Tenant.fields.schemaObject("One customer: SIP service, provisioning credentials, extensions, phonebook, phones.")

    public static let deviceSettings = DeviceSettings.fields.schemaObject(
        "Device settings; precedence fleet defaults < tenant defaults < profile < device. Lists replace, mappings merge.")

    public static let key = SchemaNode.oneOf(description: "A programmable key: a bare type, a type with its target, or a type with options.", [
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
