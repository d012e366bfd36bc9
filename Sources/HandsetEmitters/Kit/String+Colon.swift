extension String {
    /// `contains(":")` without Foundation's search (a locale-aware one, per phone and per host) for ASCII text, where
    /// a colon is a byte; false only when the text surely has none.
    var mayContainColon: Bool {
        var ascii = true
        for byte in utf8 {
            if byte == UInt8(ascii: ":") { return true }
            if byte >= 0x80 { ascii = false }
        }
        return ascii ? false : contains(":")
    }
}
