/// Writes XML with escaping done once, here: element text and attribute values are always escaped.
public struct XMLWriter: Sendable {
    private var text: String
    private var open: [String] = []
    private let indentUnit: String

    public init(declaration: Bool = true, indent: String = "  ") {
        text = declaration ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" : ""
        indentUnit = indent
    }

    private var indent: String { String(repeating: indentUnit, count: open.count) }

    /// Opens `<name a="v">`; attributes are written in the order given.
    public mutating func start(_ name: String, _ attributes: [(String, String)] = []) {
        text += indent + "<" + name + Self.attributes(attributes) + ">\n"
        open.append(name)
    }

    public mutating func end() {
        guard let name = open.popLast() else { return }
        text += indent + "</" + name + ">\n"
    }

    /// `<name a="v">text</name>` on one line; an empty text gives `<name a="v"/>`... only when `selfClosing`.
    public mutating func element(_ name: String, _ value: String, _ attributes: [(String, String)] = [],
                                 selfClosing: Bool = false) {
        if value.isEmpty && selfClosing {
            text += indent + "<" + name + Self.attributes(attributes) + "/>\n"
        } else {
            text += indent + "<" + name + Self.attributes(attributes) + ">" + Self.escape(value) + "</" + name + ">\n"
        }
    }

    public var output: String {
        var copy = self
        while !copy.open.isEmpty { copy.end() }
        return copy.text
    }

    static func attributes(_ list: [(String, String)]) -> String {
        list.map { " \($0.0)=\"\(escape($0.1, attribute: true))\"" }.joined()
    }

    /// Escapes markup characters; in attributes also quotes and line breaks. Control characters XML 1.0
    /// forbids are dropped.
    public static func escape(_ value: String, attribute: Bool = false) -> String {
        // Most values need nothing: say so from the bytes, without building a new string (every value of every
        // phone passes here).
        if isPlain(value) { return value }
        var out = ""
        out.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where attribute: out += "&quot;"
            case "'" where attribute: out += "&apos;"
            case "\n" where attribute: out += "&#10;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Whether `escape` returns `value` unchanged, in either form: it holds no markup character, quote, control
    /// character or byte that may start U+FFFE/U+FFFF. Decided from the bytes.
    public static func isPlain(_ value: String) -> Bool {
        func plain(_ byte: UInt8) -> Bool {
            !(byte < 0x20 || byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27 || byte >= 0xEF)
        }
        return value.utf8.withContiguousStorageIfAvailable { $0.allSatisfy(plain) } ?? value.utf8.allSatisfy(plain)
    }

    /// Appends `escape(value, attribute:)` to a byte buffer; a plain value is copied as it is.
    public static func appendEscaped(_ value: String, attribute: Bool = false, to buffer: inout [UInt8]) {
        if isPlain(value) {
            buffer.appendUTF8(value)
        } else {
            buffer.appendUTF8(escape(value, attribute: attribute))
        }
    }
}
