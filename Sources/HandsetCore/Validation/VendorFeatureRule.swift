/// Settings a vendor's phones have no equivalent for are said, not silently dropped.
struct VendorFeatureRule: ValidationRule {
    let codes = ["W0411"]
    let why = "a setting that a phone cannot take would otherwise vanish without a word"

    func check(_ context: ValidationContext, into sink: inout DiagnosticSink) {
        for device in context.devices where device.model?.vendor == .htek {
            if let calls = device.settings.callsPerLineKey {
                sink.warning("W0411", "Htek phones have no calls-per-line-key setting: calls_per_line_key is not provisioned",
                             at: calls.mark, hint: "remove it for Htek devices, or set it only on other vendors' profiles")
            }
        }
    }
}
