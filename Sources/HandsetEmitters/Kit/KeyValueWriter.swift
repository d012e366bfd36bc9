/// Builds `key = value` files (Yealink `.cfg`) line by line, in the order written.
///
/// Values are written as they are, with line breaks and NULs removed: a value can never start a second setting.
/// It appends UTF-8 bytes to one buffer and filters a value only when it holds such a byte, because it runs for
/// every line of every phone (measured: building Strings and filtering every value cost 55 µs per Yealink phone).
/// For the same reason a key can be given as a prefix rendered once (`account.3.`, see `StaticBytes`) plus a field
/// name, and numbers are written as digits straight into the buffer: no String is built per line.
public struct KeyValueWriter: Sendable {
    private var buffer: [UInt8] = []

    /// Between key and value, the form Yealink's own files use.
    public static let separator: StaticString = " = "

    public init(header: String? = nil, reserving capacity: Int = 8192) {
        buffer.reserveCapacity(capacity)
        if let header {
            buffer.append(contentsOf: header.utf8)
            if !header.hasSuffix("\n") { buffer.append(0x0A) }
        }
    }

    public mutating func set(_ key: String, _ value: String) {
        buffer.appendUTF8(key)
        appendValue(value)
    }

    public mutating func set(_ key: String, _ value: Int) {
        buffer.appendUTF8(key)
        appendValue(value)
    }

    public mutating func set(_ key: String, _ value: Bool) {
        buffer.appendUTF8(key)
        appendValue(value)
    }

    /// `<prefix><field> = value`: the prefix is a key's start (`linekey.12.`), rendered once per slot by the caller,
    /// and the field a literal, so the key is never assembled as a String.
    public mutating func set(_ prefix: StaticBytes, _ field: StaticString, _ value: String) {
        append(prefix)
        append(field)
        appendValue(value)
    }

    public mutating func set(_ prefix: StaticBytes, _ field: StaticString, _ value: Int) {
        append(prefix)
        append(field)
        appendValue(value)
    }

    public mutating func set(_ prefix: StaticBytes, _ field: StaticString, _ value: Bool) {
        append(prefix)
        append(field)
        appendValue(value)
    }

    /// A key and the separator after it (`linekey.12.type = `), rendered once into a static table for keys every
    /// phone writes: one copy per line instead of three.
    public struct RenderedKey: Sendable {
        let bytes: StaticBytes

        public init(_ key: String) { bytes = StaticBytes(key + separator.description) }
    }

    public mutating func set(_ key: RenderedKey, _ value: String) {
        append(key.bytes)
        appendClean(value)
        buffer.append(0x0A)
    }

    public mutating func set(_ key: RenderedKey, _ value: Int) {
        append(key.bytes)
        buffer.appendDecimal(value)
        buffer.append(0x0A)
    }

    public mutating func comment(_ line: String) {
        buffer.appendLiteral("# ")
        appendClean(line)
        buffer.append(0x0A)
    }

    public mutating func blank() { buffer.append(0x0A) }

    /// A line that is not a setting (`include:config "…"`), cleaned like a value.
    public mutating func line(_ text: String) {
        appendClean(text)
        buffer.append(0x0A)
    }

    /// Appends lines rendered once into a static table, such as a run of cleared keys.
    public mutating func append(_ bytes: StaticBytes) { buffer.append(contentsOf: bytes.buffer) }

    public var output: String { String(decoding: buffer, as: UTF8.self) }

    public var bytes: [UInt8] { buffer }

    private mutating func append(_ literal: StaticString) { buffer.appendLiteral(literal) }

    private mutating func appendValue(_ value: String) {
        append(Self.separator)
        appendClean(value)
        buffer.append(0x0A)
    }

    private mutating func appendValue(_ value: Int) {
        append(Self.separator)
        buffer.appendDecimal(value)
        buffer.append(0x0A)
    }

    private mutating func appendValue(_ value: Bool) {
        append(Self.separator)
        buffer.append(value ? UInt8(ascii: "1") : UInt8(ascii: "0"))
        buffer.append(0x0A)
    }

    private mutating func appendClean(_ value: String) {
        let utf8 = value.utf8
        // One pass over contiguous bytes in the common case (native and small strings are contiguous).
        let done = utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard !bytes.contains(where: { $0 == 0x0A || $0 == 0x0D || $0 == 0x00 }) else { return false }
            buffer.append(contentsOf: bytes)
            return true
        }
        if done == true { return }
        buffer.append(contentsOf: utf8.filter { $0 != 0x0A && $0 != 0x0D && $0 != 0x00 })
    }
}
