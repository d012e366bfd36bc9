/// Byte-level checks run before libyaml sees a file, so that their errors point at the exact line and column.
/// One pass over the bytes finds both problems: it runs over every fleet file.
enum TextScan {
    struct Position { var line: Int; var column: Int; var byte: UInt8 }

    struct Findings {
        /// The first byte that breaks UTF-8.
        var invalidUTF8: Position?
        /// The first tab in the leading whitespace of a line with content (YAML forbids tabs in indentation).
        var tabInIndentation: Position?
    }

    static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Findings {
        var findings = Findings()
        var line = 1, column = 1
        var atLineStart = true
        var pendingTab: Position?
        var i = 0
        let count = bytes.count
        while i < count {
            let b = bytes[i]
            if b < 0x80 {
                if b == 0x0A {
                    line += 1; column = 1; atLineStart = true; pendingTab = nil
                    i += 1
                    continue
                }
                if atLineStart {
                    if b == 0x09, pendingTab == nil { pendingTab = Position(line: line, column: column, byte: b) }
                    else if b != 0x20 && b != 0x09 && b != 0x0D {
                        atLineStart = false
                        // A tab before a comment is harmless; before content it breaks the indentation.
                        if let tab = pendingTab, b != 0x23, findings.tabInIndentation == nil { findings.tabInIndentation = tab }
                    }
                }
                column += 1
                i += 1
                continue
            }
            atLineStart = false
            let width: Int
            if b & 0xE0 == 0xC0, b >= 0xC2 { width = 2 }
            else if b & 0xF0 == 0xE0 { width = 3 }
            else if b & 0xF8 == 0xF0, b <= 0xF4 { width = 4 }
            else { findings.invalidUTF8 = Position(line: line, column: column, byte: b); return findings }
            guard i + width <= count else { findings.invalidUTF8 = Position(line: line, column: column, byte: b); return findings }
            for k in 1..<width where bytes[i + k] & 0xC0 != 0x80 {
                findings.invalidUTF8 = Position(line: line, column: column, byte: bytes[i + k])
                return findings
            }
            // Overlong three- and four-byte forms, surrogates and code points past U+10FFFF.
            let b1 = bytes[i + 1]
            if (b == 0xE0 && b1 < 0xA0) || (b == 0xED && b1 >= 0xA0) || (b == 0xF0 && b1 < 0x90) || (b == 0xF4 && b1 >= 0x90) {
                findings.invalidUTF8 = Position(line: line, column: column, byte: b)
                return findings
            }
            i += width
            column += 1
        }
        return findings
    }
}
