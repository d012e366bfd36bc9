/// Keys point at things that exist: BLF and intercom at extensions of the tenant, line keys at the phone's lines.
struct KeyTargetRule: ValidationRule {
    let codes = ["E0301", "E0303", "E0304"]
    let why = "a key that monitors or calls an unknown extension stays dark or rings nobody"

    func check(_ context: ValidationContext, into sink: inout DiagnosticSink) {
        for device in context.devices {
            let extensions = context.extensions[device.tenantIndex]
            device.forEachKey { key in
                switch key.function {
                case .blf(let ext, _):
                    guard extensions[ext.value] == nil else { return }
                    reportUnknown(ext, "E0301", device, context, &sink) { "line key 'blf: \"\($0)\"' monitors" }
                case .intercom(let ext):
                    guard extensions[ext.value] == nil else { return }
                    reportUnknown(ext, "E0304", device, context, &sink) { "key 'intercom: \"\($0)\"' calls" }
                case .line(let account?) where !device.lines.contains(where: { $0.value == account.value }):
                    sink.error("E0303", "line key for \"\(account.value)\" names an account this phone does not register",
                               at: account.mark, notes: [.init("the phone's lines: " + device.lines.map(\.value).joined(separator: ", "))],
                               hint: "add \"\(account.value)\" to the device's lines, or use a plain 'line' key")
                default:
                    break
                }
            }
        }
    }

    /// `what` builds the message only when there is an error.
    private func reportUnknown(_ ext: Located<String>, _ code: String, _ device: ResolvedDevice,
                               _ context: ValidationContext, _ sink: inout DiagnosticSink, what: (String) -> String) {
        let extra = context.extensionNote(tenant: device.tenantIndex, missing: ext.value)
        sink.error(code, "\(what(ext.value)) an unknown extension", at: ext.mark, notes: [extra.note], hint: extra.hint)
    }
}
