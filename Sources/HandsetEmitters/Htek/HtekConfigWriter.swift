/// One Htek setting in the P-code dialect: the element `P<code>` and the `para` annotation written beside it.
///
/// Its line start (`        <P47 para="Profile1_Sipserver"`) and end tag are rendered once, as `StaticBytes`: every
/// setting is written for every phone, and settings live in static tables (`HtekCodes`) that both emit threads
/// read, so they hold no reference-counted value. Create settings only in such tables.
struct HtekSetting: Equatable, Sendable {
    let code: Int
    /// `        <P47 para="Profile1_Sipserver"`: the indented start of the setting's line, up to its attributes' end.
    let start: StaticBytes
    /// `</P47>` and the line break.
    let end: StaticBytes
    private let paraBytes: StaticBytes

    init(_ code: Int, _ para: String) {
        self.code = code
        paraBytes = StaticBytes(para)
        start = StaticBytes(HtekConfigWriter.indent + "<P\(code) para=\"" + XMLWriter.escape(para, attribute: true) + "\"")
        end = StaticBytes("</P\(code)>\n")
    }

    /// The name the public templates annotate the code with (`htek-pcodes.txt`). The phone reads the element name;
    /// `para` is kept because both template sets write it, so the file stays in the form known to load (H intro).
    var para: String { String(decoding: paraBytes.buffer, as: UTF8.self) }

    /// `P47`.
    var element: String { "P\(code)" }

    static func == (a: HtekSetting, b: HtekSetting) -> Bool { a.code == b.code && a.para == b.para }
}

/// Builds an `hl_provision` file: the XML declaration, `<hl_provision version="1"><config version="1">`, one line per
/// setting in the order written, XML comments between sections (H1 container, empty value and comment rows).
///
/// Values and `para` go through `XMLWriter.escape`, so no value can open or close an element. It appends UTF-8
/// bytes to one buffer, numbers as digits, for the same reason as `KeyValueWriter`.
struct HtekConfigWriter {
    static let indent = "        "
    private static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<hl_provision version=\"1\">\n    <config version=\"1\">\n"
    private static let footer = "    </config>\n</hl_provision>\n"

    private var buffer: [UInt8] = []

    /// `capacity`: the bytes the file is expected to take, so the buffer rarely grows (and is not much larger than the
    /// file it becomes: it is handed over as the file's bytes).
    init(reserving capacity: Int = 8192) {
        buffer.reserveCapacity(capacity)
        buffer.appendUTF8(Self.header)
    }

    /// A writer for a block of settings only (no declaration or container), to render constant blocks once.
    init(bare: Bool) {
        if !bare { self = HtekConfigWriter() }
    }

    /// The settings written so far, without the container (for `bare` writers).
    var body: [UInt8] { buffer }

    /// Appends settings rendered before by a `bare` writer.
    mutating func append(_ block: StaticBytes) { buffer.append(contentsOf: block.buffer) }

    /// `<P47 para="…">value</P47>`; an empty value is written self-closing, `<P48 para="…" />`, as both template
    /// sets write an empty setting (H1 empty value row).
    mutating func set(_ setting: HtekSetting, _ value: String) {
        if XMLWriter.isPlain(value) {
            setPlain(setting, value)
        } else {
            setPlain(setting, XMLWriter.escape(value))
        }
    }

    mutating func set(_ setting: HtekSetting, _ value: Int) {
        buffer.append(contentsOf: setting.start.buffer)
        buffer.append(UInt8(ascii: ">"))
        buffer.appendDecimal(value)
        buffer.append(contentsOf: setting.end.buffer)
    }

    /// Booleans are 0 and 1 (H1 booleans row).
    mutating func set(_ setting: HtekSetting, _ value: Bool) { set(setting, value ? 1 : 0) }

    /// `<!-- text -->` on its own line.
    mutating func comment(_ line: String) {
        buffer.appendUTF8(Self.indent)
        buffer.appendLiteral("<!-- ")
        buffer.appendUTF8(Self.commentText(line))
        buffer.appendLiteral(" -->\n")
    }

    /// The file: closes the container and hands over the buffer.
    mutating func finish() -> [UInt8] {
        buffer.appendUTF8(Self.footer)
        return buffer
    }

    var output: String {
        var copy = self
        return String(decoding: copy.finish(), as: UTF8.self)
    }

    /// `value` needs no escaping.
    private mutating func setPlain(_ setting: HtekSetting, _ value: String) {
        buffer.append(contentsOf: setting.start.buffer)
        if value.isEmpty {
            buffer.appendLiteral(" />\n")
        } else {
            buffer.append(UInt8(ascii: ">"))
            buffer.appendUTF8(value)
            buffer.append(contentsOf: setting.end.buffer)
        }
    }

    /// Text safe inside an XML comment: no `--` (XML 1.0 forbids it there), no line breaks or other control
    /// characters, no trailing `-`. Labels written by users can reach a comment, so this is not cosmetic.
    static func commentText(_ line: String) -> String { xmlCommentText(line) }
}
