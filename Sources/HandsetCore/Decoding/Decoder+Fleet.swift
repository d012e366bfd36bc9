extension Decoder {
    public static let fleetKeys = ["handset", "provisioning", "defaults", "include", "profiles", "tenants"]

    /// Decodes `handset.yaml`: version, provisioning, defaults, profiles, includes and inline tenants.
    public func decodeFleet(_ root: SourceNode?, file: UInt32) -> Fleet {
        var fleet = Fleet(mark: .start(of: file))
        guard let root else {
            error("E0102", "handset.yaml is empty", at: .start(of: file), hint: "it needs at least 'handset: 1'")
            return fleet
        }
        fleet.mark = root.mark
        guard let fields = mapping(root, in: "handset.yaml", allowed: Self.fleetKeys) else { return fleet }
        if let node = fields.required("handset", self, hint: "start the file with 'handset: 1'") {
            if let version = int(node, "schema version 'handset'", in: 0...Int.max) {
                if version.value != 1 {
                    error("E0108", "schema version \(version.value) is not supported", at: version.mark,
                          hint: "this handset reads version 1")
                }
                fleet.version = version
            }
        }
        if let node = fields["provisioning"], let sub = mapping(node, in: "provisioning", allowed: ["url", "check_interval"]) {
            fleet.provisioning = FleetProvisioning(
                url: sub["url"].flatMap { string($0, "provisioning url") },
                checkInterval: sub["check_interval"].flatMap { int($0, "check_interval", in: 0...43_200) },
                mark: node.mark)
        }
        if let node = fields["defaults"] { fleet.defaults = deviceSettings(node, in: "defaults") }
        if let node = fields["profiles"] { fleet.profiles = profiles(node) }
        if let node = fields["include"], let items = list(node, of: "include") {
            fleet.includes = items.compactMap { string($0, "include pattern") }
        }
        if let node = fields["tenants"], let items = list(node, of: "tenants") {
            fleet.tenants = items.compactMap { tenant($0) }
        }
        return fleet
    }

    /// Profiles by name, in source order.
    func profiles(_ node: SourceNode) -> [Profile] {
        guard case .mapping(let pairs) = node.kind else {
            error("E0103", "profiles must be a mapping of names to settings, found \(node.kindDescription)", at: node.mark)
            return []
        }
        return pairs.compactMap { pair in
            guard let name = string(pair.key, "profile name") else { return nil }
            return Profile(name: name, settings: deviceSettings(pair.value, in: "profile '\(name.value)'"))
        }
    }
}
