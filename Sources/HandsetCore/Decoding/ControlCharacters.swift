/// Characters that no value reaching an emitted file may hold: C0 controls (tab and line breaks included), DEL,
/// C1 controls, the Unicode line and paragraph separators, and the bidirectional overrides and isolates.
///
/// Each vendor treats them differently (Yealink strips a line break, htpasswd hashes it, a key=value file splits
/// at it), so one value would give different phones different passwords or inject a setting; on a terminal they
/// move the cursor or retitle the window.
public enum ControlCharacters {
    /// Whether `scalar` is one of them.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// The first one in `text`, with its offset in characters, or nil.
    public static func first(in text: String) -> (scalar: Unicode.Scalar, offset: Int)? {
        // Fast path: ASCII text without bytes below 0x20 or 0x7F (nearly every value of a fleet).
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return nil }
        for (offset, scalar) in text.unicodeScalars.enumerated() where isControl(scalar) { return (scalar, offset) }
        return nil
    }

    /// `U+000A (line feed)`: how messages name one.
    public static func name(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        let names: [UInt32: String] = [0x09: "tab", 0x0A: "line feed", 0x0D: "carriage return", 0x1B: "escape", 0x00: "NUL",
                                       0x7F: "delete", 0x2028: "line separator", 0x2029: "paragraph separator"]
        return names[scalar.value].map { "\(code) (\($0))" } ?? code
    }

    /// `text` with every such character written as `\u{1B}`, for output that must stay one line and inert.
    public static func escaped(_ text: String) -> String {
        guard first(in: text) != nil else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if isControl(scalar) { out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}" }
            else { out.unicodeScalars.append(scalar) }
        }
        return out
    }
}
