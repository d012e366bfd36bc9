/// The keys of `handset.yaml`, declared once: `Decoder+Fleet.swift` reads them, `handset schema` and the reference
/// page describe them.
extension Fleet {
    public static let fields: [Field<Fleet>] = [
        Field.custom("handset", .integer(description: "Schema version of the input format; this handset reads 1.",
                                         minimum: 1, maximum: 1)) { decoder, node, fleet in
            fleet.version = decoder.schemaVersion(node)
        }.required(hint: "start the file with 'handset: 1'"),
        Field.group("provisioning", \.provisioning, "How phones reach the provisioning server.",
                    fields: FleetProvisioning.fields).requiredByRule(),
        .custom("defaults", .ref("deviceSettings")) { decoder, node, fleet in
            fleet.defaults = decoder.deviceSettings(node, in: "defaults")
        },
        .custom("include", .array(description: "Globs relative to handset.yaml, sorted; each file holds one tenant.",
                                  items: .string(description: "A glob such as tenants/*.yaml."))) { decoder, node, fleet in
            fleet.includes = decoder.list(node, of: "include")?.compactMap { decoder.string($0, "include pattern") } ?? []
        },
        .custom("profiles", .map(description: "Named partial device settings, reusable by every tenant.",
                                 values: .ref("deviceSettings"))) { decoder, node, fleet in
            fleet.profiles = decoder.profiles(node)
        },
        .custom("tenants", .array(description: "Tenants written inline.", items: .ref("tenant"))) { decoder, node, fleet in
            fleet.tenants = decoder.list(node, of: "tenants")?.compactMap { decoder.tenant($0) } ?? []
        },
    ]
    public static let fieldNames = fields.names()
}

extension FleetProvisioning {
    static let fields: [Field<FleetProvisioning>] = [
        Field.text("url", \.url, "Base URL the phones use; each tenant is served under /<tenant>/.", example: "https://prov.example.net",
                   pattern: "^https?://", what: "provisioning url").requiredByRule(),
        .number("check_interval", \.checkInterval, "Minutes between the phones' own re-checks; 0 = only at boot. Default 1440.",
                range: 0...43_200),
    ]
}
