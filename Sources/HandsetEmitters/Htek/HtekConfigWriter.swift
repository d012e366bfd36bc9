/// One Htek setting in the P-code dialect: the element `P<code>` and the `para` annotation written beside it.
struct HtekSetting: Equatable, Sendable {
    let code: Int
    /// The name the public templates annotate the code with (`htek-pcodes.txt`). The phone reads the element name;
    /// `para` is kept because both template sets write it, so the file stays in the form known to load (H intro).
    let para: String

    init(_ code: Int, _ para: String) {
        self.code = code
        self.para = para
    }

    /// `P47`.
    var element: String { "P\(code)" }
}

/// Builds an `hl_provision` file: the XML declaration, `<hl_provision version="1"><config version="1">`, one line per
/// setting in the order written, XML comments between sections (H1 container, empty value and comment rows).
///
/// Values and `para` go through `XMLWriter.escape`, so no value can open or close an element.
struct HtekConfigWriter {
    private var text = "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<hl_provision version=\"1\">\n    <config version=\"1\">\n"
    private let indent = "        "

    init() {}

    /// A writer for a block of settings only (no declaration or container), to render constant blocks once.
    init(bare: Bool) { if bare { text = "" } }

    /// The settings written so far, without the container (for `bare` writers).
    var body: String { text }

    /// Appends settings rendered before by a `bare` writer.
    mutating func append(_ block: String) { text += block }

    /// `<P47 para="…">value</P47>`; an empty value is written self-closing, `<P48 para="…" />`, as both template
    /// sets write an empty setting (H1 empty value row).
    mutating func set(_ setting: HtekSetting, _ value: String) {
        // Appended piece by piece: a chain of `+` builds a temporary string per step, for every setting of every phone.
        let element = setting.element
        text += indent
        text += "<"
        text += element
        text += " para=\""
        text += XMLWriter.escape(setting.para, attribute: true)
        let clean = XMLWriter.escape(value)
        if clean.isEmpty {
            text += "\" />\n"
        } else {
            text += "\">"
            text += clean
            text += "</"
            text += element
            text += ">\n"
        }
    }

    mutating func set(_ setting: HtekSetting, _ value: Int) { set(setting, String(value)) }

    /// Booleans are 0 and 1 (H1 booleans row).
    mutating func set(_ setting: HtekSetting, _ value: Bool) { set(setting, value ? "1" : "0") }

    /// `<!-- text -->` on its own line.
    mutating func comment(_ line: String) {
        text += indent + "<!-- " + Self.commentText(line) + " -->\n"
    }

    var output: String { text + "    </config>\n</hl_provision>\n" }

    /// Text safe inside an XML comment: no `--` (XML 1.0 forbids it there), no line breaks or other control
    /// characters, no trailing `-`. Labels written by users can reach a comment, so this is not cosmetic.
    static func commentText(_ line: String) -> String {
        var out = ""
        for scalar in line.unicodeScalars {
            if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                out += " "
            } else if scalar == "-", out.unicodeScalars.last == "-" {
                continue
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out
    }
}
