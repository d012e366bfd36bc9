import HandsetCore

/// The resolved settings of one device as `show` prints them, each with the file and line that set it.
enum DeviceDescription {
    static func render(_ device: ResolvedDevice, tenant: Tenant, files: SourceFiles) -> String {
        func at(_ mark: Mark) -> String { "  (\(files.path(mark.file)):\(mark.line))" }
        func row<T>(_ name: String, _ value: Located<T>?, _ text: (T) -> String) -> String {
            guard let value else { return "" }
            return "  \(name): \(text(value.value))\(at(value.mark))\n"
        }
        let s = device.settings
        var out = "device \(MACAddress.display(device.mac.value)) in tenant \(tenant.id.value)\(at(device.mac.mark))\n"
        out += row("model", s.model) { $0 }
        out += row("label", s.label) { $0 }
        out += "  lines: " + device.lines.map(\.value).joined(separator: ", ") + "\n"
        if let keys = s.keys {
            out += "  keys:\(at(keys.mark))\n"
            for (i, key) in keys.value.enumerated() { out += "    \(i + 1). \(describe(key))\n" }
        }
        for (i, module) in (s.expansionModules?.value ?? []).enumerated() {
            out += "  module \(i + 1): \(module.model.value)\(at(module.mark))\n"
            for (k, key) in module.keys.enumerated() { out += "    \(k + 1). \(describe(key))\n" }
        }
        out += row("codecs", s.codecs) { $0.map(\.value.rawValue).joined(separator: ", ") }
        out += row("transport", s.transport) { $0.rawValue }
        out += row("sip_port", s.sipPort) { String($0) }
        out += row("calls_per_line_key", s.callsPerLineKey) { String($0) }
        out += row("call_waiting.enabled", s.callWaiting?.enabled) { String($0) }
        out += row("call_waiting.tone", s.callWaiting?.tone) { String($0) }
        out += row("phonebook", s.phonebook) { String($0) }
        out += row("timezone", s.timezone) { $0 }
        out += row("language", s.language) { $0 }
        out += row("ntp", s.ntp) { $0 }
        if let network = s.network {
            out += row("network.mode", network.mode) { $0.rawValue }
            out += row("network.address", network.address) { $0 }
            out += row("network.gateway", network.gateway) { $0 }
            out += row("network.dns", network.dns) { $0.map(\.value).joined(separator: ", ") }
            out += row("network.vlan", network.vlan) { String($0) }
        }
        return out
    }

    static func describe(_ key: Key) -> String {
        var text: String
        switch key.function {
        case .line(let account): text = "line" + (account.map { " \($0.value)" } ?? "")
        case .blf(let ext, let pickup): text = "blf \(ext.value)" + (pickup ? " (pickup)" : "")
        case .speedDial(let number): text = "speed_dial \(number.value)"
        case .dayNight(let code): text = "day_night \(code.value)"
        case .park(let slot): text = "park \(slot.value)"
        case .intercom(let ext): text = "intercom \(ext.value)"
        case .dnd, .phonebook, .blank: text = key.typeName
        }
        if let label = key.label { text += " \"\(label.value)\"" }
        return text
    }
}
