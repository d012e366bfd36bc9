/// Tenant ids become URL paths and folder names: they must be safe path segments and unique.
struct TenantIDRule: ValidationRule {
    let codes = ["E0204", "E0205"]
    let why = "a tenant id is a folder and a URL path; '../x' or '/abs' would escape the output tree"

    static func isValid(_ id: String) -> Bool {
        let scalars = Array(id.unicodeScalars)
        guard (1...63).contains(scalars.count) else { return false }
        func ok(_ c: Unicode.Scalar, dash: Bool) -> Bool {
            ("a"..."z").contains(c) || ("0"..."9").contains(c) || (dash && c == "-")
        }
        return ok(scalars[0], dash: false) && scalars.dropFirst().allSatisfy { ok($0, dash: true) }
    }

    func check(_ context: ValidationContext, into sink: inout DiagnosticSink) {
        var seen: [String: Mark] = [:]
        for tenant in context.fleet.tenants {
            let id = tenant.id
            if !Self.isValid(id.value) {
                let why = id.value.isEmpty ? "it is empty"
                    : id.value.count > 63 ? "it has \(id.value.count) characters, at most 63 are allowed"
                    : id.value.lowercased() != id.value ? "it has uppercase letters"
                    : "it must start with a-z or 0-9 and hold only a-z, 0-9 and '-'"
                sink.error("E0204", "tenant id '\(id.value)' is not allowed: \(why)", at: id.mark,
                           hint: "tenant ids become URL paths: use a-z, 0-9 and '-', e.g. '\(Self.suggestion(for: id.value))'")
                continue
            }
            if let first = seen[id.value] {
                sink.error("E0205", "tenant id '\(id.value)' is used twice", at: id.mark,
                           notes: [.init("first used here", at: first)], hint: "each tenant needs its own id")
            } else {
                seen[id.value] = id.mark
            }
        }
    }

    private static func suggestion(for id: String) -> String {
        var out = ""
        for c in id.lowercased().unicodeScalars {
            if ("a"..."z").contains(c) || ("0"..."9").contains(c) { out.unicodeScalars.append(c) }
            else if !out.isEmpty, out.last != "-" { out.append("-") }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "acme" : String(out.prefix(63))
    }
}
