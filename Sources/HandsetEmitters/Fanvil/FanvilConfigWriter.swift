/// Builds a Fanvil `sysConf` file: the XML declaration, `<sysConf>`, `<Version>2.0002</Version>` (Wazo
/// `plugins/wazo_fanvil/common/templates/base-new.tpl`), then nested sections (`<sip>`, `<line index="1">`, ...) with
/// one `<Name>value</Name>` element per setting in the order written.
///
/// Names are Handset's own constants; values and labels go through `XMLWriter`'s escaping, so no value can open or
/// close an element (URLs get `&amp;`, as Wazo writes its phonebook URL).
struct FanvilConfigWriter {
    private static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sysConf>\n    <Version>2.0002</Version>\n"
    private static let footer = "</sysConf>\n"

    private var buffer: [UInt8] = []
    /// Open sections, innermost last.
    private var open: [String] = []

    init(reserving capacity: Int = 8192) {
        buffer.reserveCapacity(capacity)
        buffer.appendUTF8(Self.header)
    }

    /// A writer for a block at a given depth only (no declaration or container), to render constant blocks once.
    init(bareAtDepth depth: Int) {
        open = Array(repeating: "", count: depth)
    }

    /// The bytes written so far, without the container (for bare writers).
    var body: [UInt8] { buffer }

    /// Appends a block rendered before by a bare writer at the current depth.
    mutating func append(_ block: StaticBytes) { buffer.append(contentsOf: block.buffer) }

    private mutating func indent() {
        for _ in 0...open.count { buffer.appendLiteral("    ") }
    }

    /// Opens `<name>` or `<name index="n">`.
    mutating func open(_ name: String, index: Int? = nil) {
        indent()
        buffer.appendLiteral("<")
        buffer.appendUTF8(name)
        if let index {
            buffer.appendLiteral(" index=\"")
            buffer.appendUTF8(String(index))
            buffer.appendLiteral("\"")
        }
        buffer.appendLiteral(">\n")
        open.append(name)
    }

    /// Closes the innermost open section.
    mutating func close() {
        guard let name = open.popLast() else { return }
        indent()
        buffer.appendLiteral("</")
        buffer.appendUTF8(name)
        buffer.appendLiteral(">\n")
    }

    /// `<name>value</name>`; an empty value as `<name></name>`, as both template sets write a blank setting.
    mutating func set(_ name: String, _ value: String) {
        indent()
        buffer.appendLiteral("<")
        buffer.appendUTF8(name)
        buffer.appendLiteral(">")
        XMLWriter.appendEscaped(value, to: &buffer)
        buffer.appendLiteral("</")
        buffer.appendUTF8(name)
        buffer.appendLiteral(">\n")
    }

    mutating func set(_ name: String, _ value: Int) { set(name, String(value)) }

    /// Switches are 0 and 1 in both template sets (`EnableReg`, `EnableVLAN`, `CallWaiting`).
    mutating func set(_ name: String, on: Bool) { set(name, on ? "1" : "0") }

    /// `<!-- text -->` on its own line; text from users (labels in the file title) is made safe for a comment first
    /// (`xmlCommentText`).
    mutating func comment(_ line: String) {
        indent()
        buffer.appendLiteral("<!-- ")
        buffer.appendUTF8(xmlCommentText(line))
        buffer.appendLiteral(" -->\n")
    }

    /// The file: closes every open section and the container, and hands over the buffer.
    mutating func finish() -> [UInt8] {
        while !open.isEmpty { close() }
        buffer.appendUTF8(Self.footer)
        return buffer
    }
}
