import HandsetCore

extension MACAddress {
    /// `display(mac)` on bytes: a normalised MAC is twelve ASCII hex digits, where every byte is one Character.
    /// Anything else goes through `display` itself. It runs once per phone, for the file titles.
    static func emittedDisplay(_ mac: String) -> String {
        let count = mac.utf8.count
        guard count > 0, mac.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return display(mac) }
        // Written straight into the String's storage: a colon before every pair but the first.
        return String(unsafeUninitializedCapacity: count + (count - 1) / 2) { out in
            var written = 0
            for (index, byte) in mac.utf8.enumerated() {
                if index > 0, index % 2 == 0 {
                    out[written] = UInt8(ascii: ":")
                    written += 1
                }
                out[written] = byte
                written += 1
            }
            return written
        }
    }
}
