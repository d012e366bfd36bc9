/// MAC address spellings: `00:15:65:12:34:56`, `00-15-65-12-34-56`, `0015.6512.3456`, `001565123456`,
/// any case. Normalised to twelve lowercase hex digits.
public enum MACAddress {
    public enum Problem: Error, Equatable {
        case syntax(String)
    }

    public static func normalize(_ text: String) -> Result<String, Problem> {
        let hex = Array("0123456789abcdef")
        let lowered = text.lowercased()
        let separators: Set<Character> = [":", "-", "."]
        let used = Set(lowered.filter { separators.contains($0) })
        let digits = lowered.filter { !separators.contains($0) }
        guard digits.allSatisfy({ hex.contains($0) }) else {
            return .failure(.syntax("contains characters that are not hex digits"))
        }
        guard digits.count == 12 else {
            return .failure(.syntax("has \(digits.count) hex digits, a MAC has 12"))
        }
        guard used.count <= 1 else { return .failure(.syntax("mixes separators")) }
        if let separator = used.first {
            let groups = lowered.split(separator: separator, omittingEmptySubsequences: false)
            let shapeOK = separator == "."
                ? groups.count == 3 && groups.allSatisfy { $0.count == 4 }
                : groups.count == 6 && groups.allSatisfy { $0.count == 2 }
            guard shapeOK else { return .failure(.syntax("groups its digits in an unknown way")) }
        }
        return .success(String(digits))
    }

    /// Colon-separated lowercase, for messages.
    public static func display(_ mac: String) -> String {
        var out = ""
        for (i, c) in mac.enumerated() {
            if i > 0, i % 2 == 0 { out.append(":") }
            out.append(c)
        }
        return out
    }
}
