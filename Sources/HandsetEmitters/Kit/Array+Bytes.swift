/// The appends the writers are made of. Files are built from short pieces (a key, ` = `, a value, a line break),
/// so how a piece is copied matters: `append(contentsOf: text.utf8)` goes through a generic copy of the String
/// (8% of the emit time on the mixed fleet), while these copy from contiguous storage.
extension Array where Element == UInt8 {
    /// Appends the UTF-8 of `text`, straight from its storage when it is contiguous (native and small Strings).
    mutating func appendUTF8(_ text: String) {
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { append(contentsOf: $0) }
        if done == nil { append(contentsOf: text.utf8) }
    }

    /// Appends a literal, read in place. A literal of a few bytes (`="`, `</`, ` = `) is appended byte by byte,
    /// which the compiler unrolls: cheaper than a call into memmove for each.
    @inline(__always)
    mutating func appendLiteral(_ literal: StaticString) {
        let count = literal.utf8CodeUnitCount
        if count <= 4 {
            for index in 0..<count { append(literal.utf8Start[index]) }
        } else {
            append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: count))
        }
    }

    /// Appends `value` in decimal, as `String(value)` spells it, without building the String. Most numbers in the
    /// files are below 100 (key types, indexes, priorities), so those take one or two byte appends.
    mutating func appendDecimal(_ value: Int) {
        if value < 0 { append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        if magnitude < 10 {
            append(UInt8(ascii: "0") &+ UInt8(magnitude))
            return
        }
        if magnitude < 100 {
            append(UInt8(ascii: "0") &+ UInt8(magnitude / 10))
            append(UInt8(ascii: "0") &+ UInt8(magnitude % 10))
            return
        }
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes of stack: room for the 20 digits of UInt.max
        Swift.withUnsafeMutableBytes(of: &digits) { scratch in
            var start = scratch.count
            while magnitude > 0 {
                start -= 1
                scratch[start] = UInt8(ascii: "0") &+ UInt8(magnitude % 10)
                magnitude /= 10
            }
            append(contentsOf: UnsafeRawBufferPointer(rebasing: scratch[start...]).bindMemory(to: UInt8.self))
        }
    }
}
