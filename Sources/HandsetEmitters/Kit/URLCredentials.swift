/// HTTP basic-auth credentials written into a URL, for phones that take them only that way.
enum URLCredentials {
    /// `https://user:password@host/path` from `https://host/path`: the credentials of an HTTP basic-auth URL, each
    /// percent-encoded so a `@`, `:` or `/` in a password cannot end the user part early (RFC 3986 userinfo).
    static func embed(user: String, password: String, in base: String) -> String {
        guard let scheme = base.range(of: "://") else { return base }
        return String(base[..<scheme.upperBound]) + percentEncoded(user) + ":" + percentEncoded(password) + "@"
            + String(base[scheme.upperBound...])
    }

    /// Every byte outside RFC 3986's unreserved set as `%XX`.
    static func percentEncoded(_ text: String) -> String {
        let hex = Array("0123456789ABCDEF")
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                 UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out += "%" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 0xF)])
            }
        }
        return out
    }
}
