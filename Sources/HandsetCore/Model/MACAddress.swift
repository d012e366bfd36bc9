/// MAC address spellings: `00:15:65:12:34:56`, `00-15-65-12-34-56`, `0015.6512.3456`, `001565123456`,
/// any case. Normalised to twelve lowercase hex digits.
public enum MACAddress {
    public enum Problem: Error, Equatable {
        case syntax(String)
    }

    /// Works on UTF-8 bytes: it runs once per device, 100k times in a large fleet.
    public static func normalize(_ text: String) -> Result<String, Problem> {
        var digits: [UInt8] = []
        digits.reserveCapacity(12)
        var separator: UInt8 = 0
        var groups: [Int] = [0]
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "f"):
                digits.append(byte)
                groups[groups.count - 1] += 1
            case UInt8(ascii: "A")...UInt8(ascii: "F"):
                digits.append(byte + 32)
                groups[groups.count - 1] += 1
            case UInt8(ascii: ":"), UInt8(ascii: "-"), UInt8(ascii: "."):
                if separator != 0, separator != byte { return .failure(.syntax("mixes separators")) }
                separator = byte
                groups.append(0)
            default:
                return .failure(.syntax("contains characters that are not hex digits"))
            }
        }
        guard digits.count == 12 else {
            return .failure(.syntax("has \(digits.count) hex digits, a MAC has 12"))
        }
        if separator != 0 {
            let shapeOK = separator == UInt8(ascii: ".")
                ? groups.count == 3 && groups.allSatisfy { $0 == 4 }
                : groups.count == 6 && groups.allSatisfy { $0 == 2 }
            guard shapeOK else { return .failure(.syntax("groups its digits in an unknown way")) }
        }
        return .success(String(decoding: digits, as: UTF8.self))
    }

    /// Colon-separated lowercase, for messages.
    public static func display(_ mac: String) -> String {
        var out = ""
        for (i, c) in mac.enumerated() {
            if i > 0, i % 2 == 0 { out.append(":") }
            out.append(c)
        }
        return out
    }
}
