/// Builds a Cisco `<flat-profile>`: the XML declaration, then one `<Element ua="na">value</Element>` line per
/// parameter in the order written, XML comments between sections (FusionPBX `cisco/8851/{$mac}.xml`, Wazo
/// `wazo_cisco_sip/v12_0_7/templates/base.tpl`).
///
/// `ua="na"` (no user access from the phone's menus) on every parameter, as FusionPBX writes almost all of them: the
/// fleet is the only source of truth. An empty value is written `<X ua="na"></X>`, the form Wazo uses to clear a
/// parameter (`<Extended_Function_N_></Extended_Function_N_>`, `<User_Password></User_Password>`). Element names are
/// Handset's own constants; values go through `XMLWriter`'s escaping, so no value can open or close an element.
struct CiscoProfileWriter {
    private static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<flat-profile>\n"
    private static let footer = "</flat-profile>\n"

    private var buffer: [UInt8] = []

    init(reserving capacity: Int = 8192) {
        buffer.reserveCapacity(capacity)
        buffer.appendUTF8(Self.header)
    }

    /// A writer for a block of parameters only (no declaration or profile), to render constant blocks once.
    init(bare: Bool) {
        if !bare { self = CiscoProfileWriter() }
    }

    /// The parameters written so far, without the profile (for `bare` writers).
    var body: [UInt8] { buffer }

    /// Appends parameters rendered before by a `bare` writer.
    mutating func append(_ block: StaticBytes) { buffer.append(contentsOf: block.buffer) }

    /// `<name ua="na">value</name>`.
    mutating func set(_ name: String, _ value: String) {
        buffer.appendLiteral("  <")
        buffer.appendUTF8(name)
        buffer.appendLiteral(" ua=\"na\">")
        XMLWriter.appendEscaped(value, to: &buffer)
        buffer.appendLiteral("</")
        buffer.appendUTF8(name)
        buffer.appendLiteral(">\n")
    }

    mutating func set(_ name: String, _ value: Int) { set(name, String(value)) }

    /// Drop-downs with two states take `Yes` and `No` (both template sets).
    mutating func set(_ name: String, yes: Bool) { set(name, yes ? "Yes" : "No") }

    /// `<!-- text -->` on its own line; text from users (labels) is made safe for a comment first.
    mutating func comment(_ line: String) {
        buffer.appendLiteral("  <!-- ")
        buffer.appendUTF8(Self.commentText(line))
        buffer.appendLiteral(" -->\n")
    }

    /// The file: closes the profile and hands over the buffer.
    mutating func finish() -> [UInt8] {
        buffer.appendUTF8(Self.footer)
        return buffer
    }

    /// Text safe inside an XML comment: control characters become spaces, `--` is cut to `-`, no trailing `-`.
    static func commentText(_ line: String) -> String { xmlCommentText(line) }
}
