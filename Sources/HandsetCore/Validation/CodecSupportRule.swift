/// Codecs must be ones the model speaks, each once.
struct CodecSupportRule: ValidationRule {
    let codes = ["E0407", "E0410"]
    let why = "a codec the phone lacks is ignored, and calls may fail to negotiate"

    func check(_ context: ValidationContext, into sink: inout DiagnosticSink) {
        for device in context.devices {
            guard let codecs = device.settings.codecs else { continue }
            if codecs.value.isEmpty {
                sink.error("E0410", "codecs is empty: the phone could not place a call", at: codecs.mark,
                           hint: "list at least one codec, e.g. [g722, pcma]")
            }
            var seen = Set<Codec>()
            for codec in codecs.value {
                if !seen.insert(codec.value).inserted {
                    sink.error("E0410", "codec '\(codec.value.rawValue)' is listed twice", at: codec.mark)
                }
                if let model = device.model, !model.codecs.contains(codec.value) {
                    sink.error("E0407", "\(model.vendor.displayName) \(model.displayName) does not support codec '\(codec.value.rawValue)'",
                               at: codec.mark, hint: "it supports " + model.codecs.map(\.rawValue).joined(separator: ", "))
                }
            }
        }
    }
}
