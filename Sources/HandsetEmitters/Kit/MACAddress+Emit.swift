import HandsetCore

extension MACAddress {
    /// `display(mac)` on bytes: a normalised MAC is twelve ASCII hex digits, where every byte is one Character.
    /// Anything else goes through `display` itself. It runs twice per phone (file titles, the Yealink boot file).
    static func emittedDisplay(_ mac: String) -> String {
        guard mac.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return display(mac) }
        var out: [UInt8] = []
        out.reserveCapacity(mac.utf8.count * 3 / 2)
        for (index, byte) in mac.utf8.enumerated() {
            if index > 0, index % 2 == 0 { out.append(UInt8(ascii: ":")) }
            out.append(byte)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
