/// Recognises lines of emitted files that carry a secret by the setting's name, in the two shapes emitters
/// write: `key = value` and `<element ...>value</element>` (or `attribute="value"`).
enum SecretLines {
    /// Name fragments of secret settings across vendors (`account.1.password`, `user_pass`, `http_pass`, ...).
    static let fragments = ["pass", "pwd", "secret", "aes_key"]

    static func mask(_ line: String) -> String {
        let line = maskURLCredentials(line)
        let lowered = line.lowercased()
        guard fragments.contains(where: lowered.contains) else { return line }
        if let equals = line.firstIndex(of: "="), !line.hasPrefix("<") {
            let name = line[..<equals]
            guard fragments.contains(where: name.lowercased().contains) else { return line }
            return String(name) + "= " + Compilation.mask
        }
        // XML: the text between the first '>' and the last '<', and every attribute value.
        var out = line
        if let open = out.firstIndex(of: ">"), let close = out.lastIndex(of: "<"), open < close {
            out.replaceSubrange(out.index(after: open)..<close, with: Compilation.mask)
        }
        return out
    }

    /// `scheme://user:password@host` with the password masked, wherever a line carries a URL with credentials
    /// (Yealink's remote phonebook URL, Htek's P4401).
    static func maskURLCredentials(_ line: String) -> String {
        var out = ""
        var rest = Substring(line)
        while let scheme = rest.range(of: "://") {
            out += rest[..<scheme.upperBound]
            rest = rest[scheme.upperBound...]
            let authority = rest.prefix { $0 != "/" && $0 != " " && $0 != "<" && $0 != "\"" }
            guard let at = authority.lastIndex(of: "@"), let colon = authority[..<at].firstIndex(of: ":") else { continue }
            out += rest[...colon] + Compilation.mask
            rest = rest[at...]
        }
        return out + rest
    }
}
