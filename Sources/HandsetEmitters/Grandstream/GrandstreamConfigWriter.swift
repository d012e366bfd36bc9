/// Builds a `gs_provision` file in the alias form: the XML declaration, `<gs_provision version="1">`,
/// `<config version="2">`, one `<item name="…">value</item>` line per setting in the order written, XML comments
/// between sections (Wazo `base_v2.tpl`; FusionPBX `grandstream/grp2614/{$mac}.xml`).
///
/// Names and values go through `XMLWriter`'s escaping, so no value can open or close an element.
struct GrandstreamConfigWriter {
    private static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<gs_provision version=\"1\">\n  <config version=\"2\">\n"
    private static let footer = "  </config>\n</gs_provision>\n"

    private var buffer: [UInt8] = []

    init(reserving capacity: Int = 8192) {
        buffer.reserveCapacity(capacity)
        buffer.appendUTF8(Self.header)
    }

    /// A writer for a block of items only (no declaration or container), to render constant blocks once.
    init(bare: Bool) {
        if !bare { self = GrandstreamConfigWriter() }
    }

    /// The items written so far, without the container (for `bare` writers).
    var body: [UInt8] { buffer }

    /// Appends items rendered before by a `bare` writer.
    mutating func append(_ block: StaticBytes) { buffer.append(contentsOf: block.buffer) }

    /// `<item name="name">value</item>`; an empty value as `<item name="name"></item>`, as both template sets write
    /// a blank setting (Wazo's `sip.server.2.address`).
    mutating func set(_ name: String, _ value: String) {
        buffer.appendLiteral("    <item name=\"")
        XMLWriter.appendEscaped(name, attribute: true, to: &buffer)
        buffer.appendLiteral("\">")
        XMLWriter.appendEscaped(value, to: &buffer)
        buffer.appendLiteral("</item>\n")
    }

    mutating func set(_ name: String, _ value: Int) { set(name, String(value)) }

    /// Drop-downs with two states take `Yes` and `No` (FusionPBX's comments, Wazo's template).
    mutating func set(_ name: String, yes: Bool) { set(name, yes ? "Yes" : "No") }

    /// `<!-- text -->` on its own line; text from users (labels) is made safe for a comment first.
    mutating func comment(_ line: String) {
        buffer.appendLiteral("    <!-- ")
        buffer.appendUTF8(Self.commentText(line))
        buffer.appendLiteral(" -->\n")
    }

    /// The file: closes the container and hands over the buffer.
    mutating func finish() -> [UInt8] {
        buffer.appendUTF8(Self.footer)
        return buffer
    }

    /// Text safe inside an XML comment (`xmlCommentText`).
    static func commentText(_ line: String) -> String { xmlCommentText(line) }
}
