extension Decoder {
    /// Decodes `handset.yaml`: version, provisioning, defaults, profiles, includes and inline tenants. Its keys are
    /// declared in `Fleet.fields`.
    public func decodeFleet(_ root: SourceNode?, file: UInt32) -> Fleet {
        var fleet = Fleet(mark: .start(of: file))
        guard let root else {
            error("E0102", "handset.yaml is empty", at: .start(of: file), hint: "it needs at least 'handset: 1'")
            return fleet
        }
        fleet.mark = root.mark
        guard let fields = mapping(root, in: "handset.yaml", allowed: Fleet.fieldNames) else { return fleet }
        decode(fields, Fleet.fields, into: &fleet)
        return fleet
    }

    /// The `handset:` schema version; only 1 is read.
    func schemaVersion(_ node: SourceNode) -> Located<Int>? {
        guard let version = int(node, "schema version 'handset'", in: 0...Int.max) else { return nil }
        if version.value != 1 {
            error("E0108", "schema version \(version.value) is not supported", at: version.mark, hint: "this handset reads version 1")
        }
        return version
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
