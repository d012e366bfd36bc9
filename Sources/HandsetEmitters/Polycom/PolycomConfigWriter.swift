/// Builds a UCS parameter file as Wazo's `base.tpl` writes it: every setting an attribute of one self-closing
/// `<polycomConfig .../>` root, one `name="value"` per line in the order written (fact sheet corrections, "Root/element
/// names"). XML comments go before the root, as attributes cannot hold them.
///
/// Values go through `XMLWriter`'s attribute escaping (quotes, `<`, `&`, line breaks), so no value can end the
/// attribute or the element.
struct PolycomConfigWriter {
    private var buffer: [UInt8] = []

    /// Starts the file: the declaration, the comment lines, the root.
    init(comments: [String], reserving capacity: Int = 8192) {
        buffer.reserveCapacity(capacity)
        buffer.appendLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
        for line in comments {
            buffer.appendLiteral("<!-- ")
            buffer.appendUTF8(PolycomConfigWriter.commentText(line))
            buffer.appendLiteral(" -->\n")
        }
        buffer.appendLiteral("<polycomConfig\n")
    }

    /// A writer for a block of settings only (no declaration or root), to render constant blocks once.
    init(bare: Void) {}

    /// The settings written so far, without the declaration (for `bare` writers).
    var body: [UInt8] { buffer }

    /// Appends settings rendered before by a `bare` writer.
    mutating func append(_ block: StaticBytes) { buffer.append(contentsOf: block.buffer) }

    /// `  name="value"`; an empty value as `name=""`, which Wazo writes to clear a setting (`device.net.vlanId=""`).
    mutating func set(_ name: String, _ value: String) {
        buffer.appendLiteral("  ")
        buffer.appendUTF8(name)
        buffer.appendLiteral("=\"")
        XMLWriter.appendEscaped(value, attribute: true, to: &buffer)
        buffer.appendLiteral("\"\n")
    }

    mutating func set(_ name: String, _ value: Int) { set(name, String(value)) }

    /// Switches are `0` and `1` in both template sets.
    mutating func set(_ name: String, on: Bool) { set(name, on ? "1" : "0") }

    /// A `device.*` setting and its `.set="1"` companion: without it the phone ignores the value (fact sheet §5, "All
    /// need .set").
    mutating func device(_ name: String, _ value: String) {
        set(name + ".set", "1")
        set(name, value)
    }

    /// The file: closes the root and hands over the buffer.
    mutating func finish() -> [UInt8] {
        buffer.appendLiteral("/>\n")
        return buffer
    }

    /// Text safe inside an XML comment: control characters become spaces, `--` is cut to `-`, no trailing `-`.
    static func commentText(_ line: String) -> String { xmlCommentText(line) }
}
