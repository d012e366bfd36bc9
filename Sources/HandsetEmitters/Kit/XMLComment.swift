/// Whether `line` can go into an XML comment as it is: every byte at least a space and below `limit`, no `--`, no
/// `-` at the end. Decided from the bytes in place; most comments (section titles, file titles) are like that, and
/// the vendors' comment repairs run only for the rest.
func isSafeComment(_ line: String, below limit: UInt8) -> Bool {
    func check(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previous: UInt8 = 0
        for byte in bytes {
            if byte < 0x20 || byte >= limit || (byte == UInt8(ascii: "-") && previous == byte) { return false }
            previous = byte
        }
        return bytes.last != UInt8(ascii: "-")
    }
    if let safe = line.utf8.withContiguousStorageIfAvailable(check) { return safe }
    return Array(line.utf8).withUnsafeBufferPointer(check)
}
