/// Builds Snom XML files line by line: elements as `XMLWriter` writes them (its `escape` does all escaping), plus
/// comments, which `XMLWriter` has no call for and which keep the generated files readable.
///
/// It appends UTF-8 bytes to one buffer, for the same reason as `KeyValueWriter`: a setting is written for every
/// line of every phone. The usual element is written piece by piece (`beginElement`, `attribute`, `endElement`)
/// rather than from an attribute list, which would be an array per line.
struct SnomXMLWriter {
    private var buffer: [UInt8] = []
    private var open: [String] = []
    /// Two spaces per open element.
    private var depth = 0

    /// `capacity`: the bytes the file is expected to take, so the buffer rarely grows (and is not much larger than the
    /// file it becomes: it is handed over as the file's bytes).
    init(reserving capacity: Int = 8192) {
        buffer.reserveCapacity(capacity)
        buffer.appendLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
    }

    /// A writer of lines inside `depth` open elements, with no declaration: renders constant blocks once, indented
    /// as they stand in a file.
    init(fragmentAtDepth depth: Int) {
        self.depth = depth
    }

    /// Opens `<name a="v">`; attributes in the order given.
    mutating func start(_ name: String, _ attributes: [(String, String)] = []) {
        beginElement(name)
        for (attribute, value) in attributes { self.attribute(attribute, value) }
        buffer.appendLiteral(">\n")
        open.append(name)
        depth += 1
    }

    mutating func end() {
        guard let name = open.popLast() else { return }
        depth -= 1
        appendIndent()
        buffer.appendLiteral("</")
        buffer.appendUTF8(name)
        buffer.appendLiteral(">\n")
    }

    /// `<name a="v">value</name>` on one line, also when the value is empty: `<vlan_id perm="R"></vlan_id>` is how
    /// Snom templates clear a setting (snom.md §1 "Setting syntax").
    mutating func element(_ name: String, _ value: String, _ attributes: [(String, String)] = []) {
        beginElement(name)
        for (attribute, value) in attributes { self.attribute(attribute, value) }
        endElement(name, text: value)
    }

    /// `<name` on a new line; then `attribute` for each attribute and `endElement` for the text and end tag.
    mutating func beginElement(_ name: String) {
        appendIndent()
        buffer.append(UInt8(ascii: "<"))
        buffer.appendUTF8(name)
    }

    /// ` name="value"`, the value escaped.
    mutating func attribute(_ name: String, _ value: String) {
        buffer.append(UInt8(ascii: " "))
        buffer.appendUTF8(name)
        buffer.appendLiteral("=\"")
        XMLWriter.appendEscaped(value, attribute: true, to: &buffer)
        buffer.append(UInt8(ascii: "\""))
    }

    /// ` name="42"`.
    mutating func attribute(_ name: String, _ value: Int) {
        buffer.append(UInt8(ascii: " "))
        buffer.appendUTF8(name)
        buffer.appendLiteral("=\"")
        buffer.appendDecimal(value)
        buffer.append(UInt8(ascii: "\""))
    }

    /// `>value</name>` and the line break, the value escaped.
    mutating func endElement(_ name: String, text value: String) {
        buffer.append(UInt8(ascii: ">"))
        XMLWriter.appendEscaped(value, to: &buffer)
        buffer.appendLiteral("</")
        buffer.appendUTF8(name)
        buffer.appendLiteral(">\n")
    }

    /// `<name idx="N" perm="R">value</name>`, the shape of nearly every Snom setting, written with its constant
    /// pieces merged (some forty per phone). `R` (read-only for the user, rewritten by every provisioning run) is
    /// the default: the fleet is the source of truth, as in Wazo's templates (snom.md §1 "Permission flags").
    mutating func setting(_ name: String, _ value: String, idx: Int? = nil, perm: String = "R") {
        beginElement(name)
        if let idx {
            buffer.appendLiteral(" idx=\"")
            buffer.appendDecimal(idx)
            buffer.append(UInt8(ascii: "\""))
        }
        if perm == "R" {
            buffer.appendLiteral(" perm=\"R\">")
        } else {
            attribute("perm", perm)
            buffer.append(UInt8(ascii: ">"))
        }
        XMLWriter.appendEscaped(value, to: &buffer)
        buffer.appendLiteral("</")
        buffer.appendUTF8(name)
        buffer.appendLiteral(">\n")
    }

    /// `<fkey idx="N" context="C" label="L" perm="R">value</fkey>`, with its constant pieces merged: every key slot
    /// of every phone is one.
    mutating func functionKey(idx: Int, context: String, label: String, value: String) {
        appendIndent()
        buffer.appendLiteral("<fkey idx=\"")
        buffer.appendDecimal(idx)
        buffer.appendLiteral("\" context=\"")
        XMLWriter.appendEscaped(context, attribute: true, to: &buffer)
        buffer.appendLiteral("\" label=\"")
        XMLWriter.appendEscaped(label, attribute: true, to: &buffer)
        buffer.appendLiteral("\" perm=\"R\">")
        XMLWriter.appendEscaped(value, to: &buffer)
        buffer.appendLiteral("</fkey>\n")
    }

    /// `<name a="v"/>`, for the `<file url=…/>` entries of a container.
    mutating func empty(_ name: String, _ attributes: [(String, String)]) {
        beginElement(name)
        for (attribute, value) in attributes { self.attribute(attribute, value) }
        buffer.appendLiteral("/>\n")
    }

    /// `<!-- text -->`. XML forbids `--` inside a comment and a `-` right before its end, so both are broken up;
    /// control characters are dropped as `XMLWriter.escape` drops them.
    mutating func comment(_ line: String) {
        appendIndent()
        buffer.appendLiteral("<!-- ")
        buffer.appendUTF8(Self.commentBody(line))
        buffer.appendLiteral(" -->\n")
    }

    /// Appends lines rendered before by a fragment writer at the current depth.
    mutating func append(_ block: StaticBytes) { buffer.append(contentsOf: block.buffer) }

    /// The lines written so far (for fragment writers).
    var body: [UInt8] { buffer }

    /// The document, with every open element closed.
    mutating func finish() -> [UInt8] {
        while !open.isEmpty { end() }
        return buffer
    }

    var output: String {
        var copy = self
        return String(decoding: copy.finish(), as: UTF8.self)
    }

    private static func commentBody(_ line: String) -> String {
        // The usual comment is printable ASCII with no `--` and no trailing `-`: nothing to change.
        if isSafeComment(line, below: 0x80) { return line }
        var body = String(line.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0xFFFE && $0.value != 0xFFFF })
        while body.contains("--") { body = body.replacingOccurrences(of: "--", with: "- -") }
        if body.hasSuffix("-") { body += " " }
        return body
    }

    private static let spaces = StaticBytes(String(repeating: " ", count: 64))

    private mutating func appendIndent() {
        let width = 2 * depth
        if width <= Self.spaces.count {
            append(Self.spaces[0..<width])
        } else {
            buffer.append(contentsOf: repeatElement(UInt8(ascii: " "), count: width))
        }
    }
}
