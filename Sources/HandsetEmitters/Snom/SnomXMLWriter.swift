/// Builds Snom XML files line by line: elements as `XMLWriter` writes them (its `escape` does all escaping), plus
/// comments, which `XMLWriter` has no call for and which keep the generated files readable.
struct SnomXMLWriter {
    private var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    private var open: [String] = []
    /// Two spaces per open element, kept as it changes rather than rebuilt for every line.
    private var indent = ""

    /// Opens `<name a="v">`; attributes in the order given.
    mutating func start(_ name: String, _ attributes: [(String, String)] = []) {
        text += indent + "<" + name + Self.attributes(attributes) + ">\n"
        open.append(name)
        indent += "  "
    }

    mutating func end() {
        guard let name = open.popLast() else { return }
        indent.removeLast(2)
        text += indent + "</" + name + ">\n"
    }

    /// `<name a="v">value</name>` on one line, also when the value is empty: `<vlan_id perm="R"></vlan_id>` is how
    /// Snom templates clear a setting (snom.md §1 "Setting syntax").
    mutating func element(_ name: String, _ value: String, _ attributes: [(String, String)] = []) {
        // Appended piece by piece: a chain of `+` builds a temporary string per step, for every setting of every phone.
        text += indent
        text += "<"
        text += name
        appendAttributes(attributes)
        text += ">"
        text += XMLWriter.escape(value)
        text += "</"
        text += name
        text += ">\n"
    }

    /// `<name a="v"/>`, for the `<file url=…/>` entries of a container.
    mutating func empty(_ name: String, _ attributes: [(String, String)]) {
        text += indent + "<" + name + Self.attributes(attributes) + "/>\n"
    }

    /// `<!-- text -->`. XML forbids `--` inside a comment and a `-` right before its end, so both are broken up;
    /// control characters are dropped as `XMLWriter.escape` drops them.
    mutating func comment(_ line: String) {
        var body = String(line.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0xFFFE && $0.value != 0xFFFF })
        while body.contains("--") { body = body.replacingOccurrences(of: "--", with: "- -") }
        if body.hasSuffix("-") { body += " " }
        text += indent + "<!-- " + body + " -->\n"
    }

    /// The document, with every open element closed.
    var output: String {
        var copy = self
        while !copy.open.isEmpty { copy.end() }
        return copy.text
    }

    private mutating func appendAttributes(_ list: [(String, String)]) {
        for (name, value) in list {
            text += " "
            text += name
            text += "=\""
            text += XMLWriter.escape(value, attribute: true)
            text += "\""
        }
    }

    private static func attributes(_ list: [(String, String)]) -> String {
        list.map { " \($0.0)=\"\(XMLWriter.escape($0.1, attribute: true))\"" }.joined()
    }
}
