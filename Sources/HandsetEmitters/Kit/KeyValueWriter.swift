/// Builds `key = value` files (Yealink `.cfg`) line by line, in the order written.
///
/// Values are written as they are, with line breaks and NULs removed: a value can never start a second setting.
/// It appends UTF-8 bytes to one buffer and filters a value only when it holds such a byte, because it runs for
/// every line of every phone (measured: building Strings and filtering every value cost 55 µs per Yealink phone).
public struct KeyValueWriter: Sendable {
    private var buffer: [UInt8] = []
    private let separator: [UInt8]

    public init(header: String? = nil, separator: String = " = ", reserving capacity: Int = 8192) {
        self.separator = Array(separator.utf8)
        buffer.reserveCapacity(capacity)
        if let header {
            buffer.append(contentsOf: header.utf8)
            if !header.hasSuffix("\n") { buffer.append(0x0A) }
        }
    }

    public mutating func set(_ key: String, _ value: String) {
        buffer.append(contentsOf: key.utf8)
        buffer.append(contentsOf: separator)
        appendClean(value)
        buffer.append(0x0A)
    }

    public mutating func set(_ key: String, _ value: Int) { set(key, String(value)) }

    public mutating func set(_ key: String, _ value: Bool) { set(key, value ? "1" : "0") }

    public mutating func comment(_ line: String) {
        buffer.append(contentsOf: "# ".utf8)
        appendClean(line)
        buffer.append(0x0A)
    }

    public mutating func blank() { buffer.append(0x0A) }

    /// Appends lines rendered before (by another writer with the same separator): constant blocks such as a
    /// cleared key are rendered once and reused for every phone.
    public mutating func append(_ block: KeyValueWriter) { buffer.append(contentsOf: block.buffer) }

    public var output: String { String(decoding: buffer, as: UTF8.self) }

    public var bytes: [UInt8] { buffer }

    private mutating func appendClean(_ value: String) {
        let utf8 = value.utf8
        if !utf8.contains(where: { $0 == 0x0A || $0 == 0x0D || $0 == 0x00 }) {
            buffer.append(contentsOf: utf8)
        } else {
            buffer.append(contentsOf: utf8.filter { $0 != 0x0A && $0 != 0x0D && $0 != 0x00 })
        }
    }
}
