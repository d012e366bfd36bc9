/// Every device names a model Handset knows and can provision.
struct ModelSupportRule: ValidationRule {
    let codes = ["E0401", "E0402", "E0409"]
    let why = "the emitter and every capacity check depend on knowing the exact model"

    func check(_ context: ValidationContext, into sink: inout DiagnosticSink) {
        for device in context.devices {
            guard let written = device.settings.model else {
                sink.error("E0409", "device \(MACAddress.display(device.mac.value)) has no model", at: device.mark,
                           hint: "set 'model:' on the device, in its profile or in defaults, e.g. model: yealink/t54w")
                continue
            }
            guard let model = device.model else {
                let references = Catalog.models.filter { $0.endOfLife == nil }.map(\.reference)
                let hint = Suggestion.closest(to: written.value.lowercased(), among: references).map { "did you mean '\($0)'?" }
                    ?? (written.value.contains("/") ? "run `handset models` for the list"
                                                    : "write vendor/model, e.g. yealink/t54w; run `handset models` for the list")
                sink.error("E0401", "unknown model '\(written.value)'", at: written.mark, hint: hint)
                continue
            }
            if let reason = model.endOfLife {
                sink.error("E0402", "\(model.vendor.displayName) \(model.displayName) is end of life: \(reason)", at: written.mark)
            }
        }
    }
}
