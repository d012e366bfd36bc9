/// Keys point at things that exist: BLF and intercom at extensions of the tenant, line keys at the phone's lines.
struct KeyTargetRule: ValidationRule {
    let codes = ["E0301", "E0303", "E0304"]
    let why = "a key that monitors or calls an unknown extension stays dark or rings nobody"

    func check(_ context: ValidationContext, into sink: inout DiagnosticSink) {
        for device in context.devices {
            let lines = Set(device.lines.map(\.value))
            let keys = (device.settings.keys?.value ?? []) + (device.settings.expansionModules?.value.flatMap(\.keys) ?? [])
            for key in keys {
                switch key.function {
                case .blf(let ext, _):
                    checkExtension(ext, "line key 'blf: \"\(ext.value)\"' monitors", "E0301", device, context, &sink)
                case .intercom(let ext):
                    checkExtension(ext, "key 'intercom: \"\(ext.value)\"' calls", "E0304", device, context, &sink)
                case .line(let account?) where !lines.contains(account.value):
                    sink.error("E0303", "line key for \"\(account.value)\" names an account this phone does not register",
                               at: account.mark, notes: [.init("the phone's lines: " + device.lines.map(\.value).joined(separator: ", "))],
                               hint: "add \"\(account.value)\" to the device's lines, or use a plain 'line' key")
                default:
                    break
                }
            }
        }
    }

    private func checkExtension(_ ext: Located<String>, _ what: String, _ code: String, _ device: ResolvedDevice,
                                _ context: ValidationContext, _ sink: inout DiagnosticSink) {
        guard context.extensions[device.tenantIndex][ext.value] == nil else { return }
        let extra = context.extensionNote(tenant: device.tenantIndex, missing: ext.value)
        sink.error(code, "\(what) an unknown extension", at: ext.mark, notes: [extra.note], hint: extra.hint)
    }
}
