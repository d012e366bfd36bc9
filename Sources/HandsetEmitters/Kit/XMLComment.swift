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

/// Text safe inside an XML comment: control characters become spaces, `--` is cut to `-`, no trailing `-`. Labels
/// from the fleet go into file titles this way.
func xmlCommentText(_ line: String) -> String {
    if isSafeComment(line, below: 0x7F) { return line }
    var out = String.UnicodeScalarView()
    for scalar in line.unicodeScalars {
        if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
            out.append(" ")
        } else if scalar != "-" || out.last != "-" {
            out.append(scalar)
        }
    }
    while out.last == "-" { out.removeLast() }
    return String(out)
}
