/// Feature codes are dialled by the phones: digits, `*` and `#` only.
struct FeatureCodeRule: ValidationRule {
    let codes = ["E0802"]
    let why = "a feature code with other characters cannot be dialled from a keypad and breaks the key syntax of some vendors (Snom's 'blf 102|*8')"

    func check(_ context: ValidationContext, into sink: inout DiagnosticSink) {
        for tenant in context.fleet.tenants {
            for (name, code) in [("pickup", tenant.featureCodes?.pickup), ("voicemail", tenant.featureCodes?.voicemail)] {
                guard let code, code.value.isEmpty || !code.value.allSatisfy({ $0.isASCIIDigit || $0 == "*" || $0 == "#" }) else { continue }
                sink.error("E0802", "feature code \(name) '\(code.value)' is not dialable", at: code.mark,
                           hint: "digits, * and # only, quoted: \(name): \"*8\"")
            }
        }
    }
}
