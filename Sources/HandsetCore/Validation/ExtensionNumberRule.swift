/// Extensions are dialable numbers, unique within their tenant.
struct ExtensionNumberRule: ValidationRule {
    let codes = ["E0206", "E0207"]
    let why = "a phone registers and monitors extensions by number; two with one number cannot both work"

    func check(_ context: ValidationContext, into sink: inout DiagnosticSink) {
        for tenant in context.fleet.tenants {
            var seen: [String: Mark] = [:]
            for ext in tenant.extensions {
                let number = ext.number
                guard !number.value.isEmpty, number.value.allSatisfy(\.isASCIIDigit) else {
                    let letters = number.value.contains { $0.isLetter }
                    sink.error("E0207", "extension number '\(number.value)' is not dialable: use digits only", at: number.mark,
                               hint: letters ? "check for letters that look like digits (O and 0, l and 1)"
                                             : "extensions are digits only, e.g. \"100\"; quote them to keep leading zeros")
                    continue
                }
                if let first = seen[number.value] {
                    sink.error("E0206", "extension \(number.value) is defined twice in tenant '\(tenant.id.value)'",
                               at: number.mark, notes: [.init("first defined here", at: first)])
                } else {
                    seen[number.value] = number.mark
                }
            }
        }
    }
}
