/// Byte-level checks run before libyaml sees a file, so that their errors point at the exact line and column.
enum TextScan {
    struct Position { var line: Int; var column: Int; var byte: UInt8 }

    /// The first byte that breaks UTF-8, with its 1-based line and character column.
    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Position? {
        var line = 1, column = 1
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            if b < 0x80 {
                if b == 0x0A { line += 1; column = 1 } else { column += 1 }
                i += 1
                continue
            }
            let width: Int
            if b & 0xE0 == 0xC0, b >= 0xC2 { width = 2 }
            else if b & 0xF0 == 0xE0 { width = 3 }
            else if b & 0xF8 == 0xF0, b <= 0xF4 { width = 4 }
            else { return Position(line: line, column: column, byte: b) }
            guard i + width <= bytes.endIndex else { return Position(line: line, column: column, byte: b) }
            for k in 1..<width where bytes[i + k] & 0xC0 != 0x80 {
                return Position(line: line, column: column, byte: bytes[i + k])
            }
            // Overlong three- and four-byte forms, surrogates and code points past U+10FFFF.
            let b1 = bytes[i + 1]
            if (b == 0xE0 && b1 < 0xA0) || (b == 0xED && b1 >= 0xA0) || (b == 0xF0 && b1 < 0x90) || (b == 0xF4 && b1 >= 0x90) {
                return Position(line: line, column: column, byte: b)
            }
            i += width
            column += 1
        }
        return nil
    }

    /// The first tab in the leading whitespace of a line that has content: YAML forbids tabs in indentation.
    static func firstTabInIndentation(_ bytes: ArraySlice<UInt8>) -> Position? {
        var line = 1
        var atLineStart = true
        var column = 1
        var tab: Position?
        for b in bytes {
            if b == 0x0A {
                line += 1; column = 1; atLineStart = true; tab = nil
                continue
            }
            if atLineStart {
                if b == 0x20 { column += 1; continue }
                if b == 0x09 {
                    if tab == nil { tab = Position(line: line, column: column, byte: b) }
                    column += 1
                    continue
                }
                if b == 0x0D { continue }
                if let tab, b != 0x23 { return tab }
                atLineStart = false
            }
        }
        return nil
    }
}
