extension Decoder {
    public static let settingKeys = ["model", "label", "keys", "expansion_modules", "calls_per_line_key", "codecs", "transport",
                              "sip_port", "call_waiting", "phonebook", "timezone", "language", "ntp", "network"]

    /// Device settings written as their own mapping (`defaults:`, a profile).
    func deviceSettings(_ node: SourceNode, in context: String) -> DeviceSettings {
        if node.isNull { return DeviceSettings() }
        guard let fields = mapping(node, in: context, allowed: Self.settingKeys) else { return DeviceSettings() }
        return deviceSettings(node, fields: fields, in: context)
    }

    /// Device settings from fields already checked for unknown keys (a device mapping also has `mac`, `lines`...).
    func deviceSettings(_ node: SourceNode, fields: Fields, in context: String) -> DeviceSettings {
        var s = DeviceSettings()
        s.model = fields["model"].flatMap { string($0, "model") }
        s.label = fields["label"].flatMap { string($0, "label") }
        if let node = fields["keys"], let items = list(node, of: "keys") {
            s.keys = Located(items.compactMap { key($0) }, at: node.mark)
        }
        if let node = fields["expansion_modules"], let items = list(node, of: "expansion_modules") {
            s.expansionModules = Located(items.compactMap { expansionModule($0) }, at: node.mark)
        }
        s.callsPerLineKey = fields["calls_per_line_key"].flatMap { int($0, "calls_per_line_key", in: 1...10) }
        if let node = fields["codecs"], let items = list(node, of: "codecs") {
            let codecs = items.compactMap { choice($0, "codec", as: Codec.self) }
            // A list whose names were refused is already reported; "codecs is empty" would only mislead.
            if codecs.count == items.count { s.codecs = Located(codecs, at: node.mark) }
        }
        s.transport = fields["transport"].flatMap { choice($0, "transport", as: Transport.self) }
        s.sipPort = fields["sip_port"].flatMap { int($0, "sip_port", in: 1...65_535) }
        if let node = fields["call_waiting"], let sub = mapping(node, in: "call_waiting", allowed: ["enabled", "tone"]) {
            s.callWaiting = CallWaiting(enabled: sub["enabled"].flatMap { bool($0, "call_waiting enabled") },
                                        tone: sub["tone"].flatMap { bool($0, "call_waiting tone") })
        }
        s.phonebook = fields["phonebook"].flatMap { bool($0, "phonebook") }
        s.timezone = fields["timezone"].flatMap { string($0, "timezone") }
        s.language = fields["language"].flatMap { string($0, "language") }
        s.ntp = fields["ntp"].flatMap { string($0, "ntp") }
        if let node = fields["network"] { s.network = network(node) }
        return s
    }

    func network(_ node: SourceNode) -> Network? {
        guard let fields = mapping(node, in: "network", allowed: ["mode", "address", "gateway", "dns", "vlan"]) else { return nil }
        var network = Network(mark: node.mark)
        network.mode = fields["mode"].flatMap { choice($0, "network mode", as: Network.Mode.self) }
        network.address = fields["address"].flatMap { string($0, "network address") }
        network.gateway = fields["gateway"].flatMap { string($0, "gateway") }
        if let node = fields["dns"], let items = list(node, of: "dns") {
            network.dns = Located(items.compactMap { string($0, "dns server") }, at: node.mark)
        }
        // The range is checked by a validation rule so that its message can name 802.1Q's limits.
        network.vlan = fields["vlan"].flatMap { int($0, "vlan", in: Int.min...Int.max) }
        return network
    }

    func expansionModule(_ node: SourceNode) -> ExpansionModule? {
        guard let fields = mapping(node, in: "expansion module", allowed: ["model", "keys"]),
              let model = fields.required("model", self, hint: "name the module: 'model: yealink/exp50'")
                .flatMap({ string($0, "module model") }) else { return nil }
        let keys = fields["keys"].flatMap { list($0, of: "module keys") }?.compactMap { key($0) } ?? []
        return ExpansionModule(model: model, keys: keys, mark: node.mark)
    }
}
