/// Builds `key = value` files (Yealink `.cfg`, Htek named form) line by line, in the order written.
///
/// Values are written as they are, with line breaks removed: a value can never start a second setting.
public struct KeyValueWriter: Sendable {
    private var text = ""
    private let separator: String

    public init(header: String? = nil, separator: String = " = ") {
        self.separator = separator
        if let header { text = header.hasSuffix("\n") ? header : header + "\n" }
    }

    public mutating func set(_ key: String, _ value: String) {
        text += key + separator + Self.clean(value) + "\n"
    }

    public mutating func set(_ key: String, _ value: Int) { set(key, String(value)) }

    public mutating func set(_ key: String, _ value: Bool) { set(key, value ? "1" : "0") }

    public mutating func comment(_ line: String) { text += "# " + Self.clean(line) + "\n" }

    public mutating func blank() { text += "\n" }

    public var output: String { text }

    static func clean(_ value: String) -> String {
        String(value.unicodeScalars.filter { $0 != "\n" && $0 != "\r" && $0 != "\0" })
    }
}
