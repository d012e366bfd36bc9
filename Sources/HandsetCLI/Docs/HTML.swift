/// Small helpers for writing the documentation pages as XHTML-compatible HTML: every tag closed, every attribute
/// quoted, text escaped, so that tests can read each page with an XML parser.
enum HTML {
    /// Escapes text for element content and attribute values.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }

    /// Escaped text in which `backticked` spans become `<code>` (descriptions in the schema use them).
    static func prose(_ text: String) -> String {
        let parts = text.split(separator: "`", omittingEmptySubsequences: false)
        guard parts.count % 2 == 1 else { return escape(text) }
        return parts.enumerated().map { index, part in index % 2 == 1 ? code(String(part)) : escape(String(part)) }.joined()
    }

    /// `<code>text</code>`, escaped.
    static func code(_ text: String) -> String { "<code>\(escape(text))</code>" }

    /// A `<pre>` block whose text is escaped; `kind` becomes its class.
    static func pre(_ text: String, kind: String) -> String {
        "<pre class=\"\(kind)\">\(escape(text.hasSuffix("\n") ? String(text.dropLast()) : text))</pre>\n"
    }

    /// Joins phrases as "a, b and c".
    static func list(_ items: [String], conjunction: String = "and") -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " \(conjunction) " + items.last!
    }

    /// The text with its first letter uppercased and a full stop at the end.
    static func sentence(_ text: String) -> String {
        guard let first = text.first else { return text }
        let body = first.uppercased() + text.dropFirst()
        return body.hasSuffix(".") ? body : body + "."
    }
}
