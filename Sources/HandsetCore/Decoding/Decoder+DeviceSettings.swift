extension Decoder {
    /// Device settings written as their own mapping (`defaults:`, a profile).
    func deviceSettings(_ node: SourceNode, in context: String) -> DeviceSettings {
        if node.isNull { return DeviceSettings() }
        guard let fields = mapping(node, in: context, allowed: DeviceSettings.fieldNames) else { return DeviceSettings() }
        return deviceSettings(fields)
    }

    /// Device settings from fields already checked for unknown keys (a device mapping also has `mac`, `lines`...).
    func deviceSettings(_ fields: Fields) -> DeviceSettings {
        var settings = DeviceSettings()
        decode(fields, decoders: DeviceSettings.decoders, index: DeviceSettings.fieldIndex, into: &settings)
        return settings
    }

    /// One entry of `expansion_modules`; nil (after an error) without its model.
    func expansionModule(_ node: SourceNode) -> ExpansionModule? {
        guard let fields = mapping(node, in: "expansion module", allowed: ExpansionModule.fieldNames),
              let model = identity(fields, ExpansionModule.fields) else { return nil }
        var module = ExpansionModule(model: model, keys: [], mark: node.mark)
        decode(fields, ExpansionModule.fields, into: &module)
        return module
    }
}
