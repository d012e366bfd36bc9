/// A phone registers at least one account, each an extension of its tenant, no more than the model holds.
struct DeviceLinesRule: ValidationRule {
    let codes = ["E0302", "E0305", "E0306", "E0408"]
    let why = "a line that names no extension registers nothing and leaves the phone dead"

    func check(_ context: ValidationContext, into sink: inout DiagnosticSink) {
        for device in context.devices {
            guard !device.lines.isEmpty else {
                sink.error("E0305", "device \(MACAddress.display(device.mac.value)) has no lines", at: device.linesMark ?? device.mark,
                           hint: "list the extensions it registers: lines: [\"100\"]")
                continue
            }
            var seen: [String: Mark] = [:]
            for line in device.lines {
                if context.extensions[device.tenantIndex][line.value] == nil {
                    let extra = context.extensionNote(tenant: device.tenantIndex, missing: line.value)
                    sink.error("E0302", "line \"\(line.value)\" is not an extension of this tenant", at: line.mark,
                               notes: [extra.note], hint: extra.hint)
                }
                if let first = seen[line.value] {
                    sink.error("E0306", "line \"\(line.value)\" is listed twice", at: line.mark,
                               notes: [.init("first listed here", at: first)])
                } else {
                    seen[line.value] = line.mark
                }
            }
            if let model = device.model, device.lines.count > model.accounts {
                sink.error("E0408", "\(model.vendor.displayName) \(model.displayName) registers at most \(model.accounts) accounts, this device lists \(device.lines.count)",
                           at: device.lines[model.accounts].mark)
            }
        }
    }
}
