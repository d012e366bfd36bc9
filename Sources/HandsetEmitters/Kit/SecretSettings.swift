import Foundation
import HandsetCore

/// Masks secret values in lines of emitted files by knowing which settings hold them (each emitter declares its
/// own, `Emitter.secretSettings`), so a diff can show that a password changed without showing either value; and
/// masks the password of every URL with credentials (`https://user:pass@host`, percent-encoded or not).
public enum SecretSettings {
    /// Every vendor's secret settings. Vendors' names do not clash (dotted keys, element names, P-codes).
    public static let names: Set<String> = Vendor.allCases.reduce(into: []) { $0.formUnion(Emitters.emitter(for: $1).secretSettings) }

    /// `line` with the value of a secret setting, and the password of every URL in it, replaced by `mask`.
    public static func mask(_ line: String, with mask: String) -> String {
        var out = Substring(line)
        let body = out.drop { $0 == " " || $0 == "\t" }
        if body.hasPrefix("<") {
            var name = body.dropFirst().prefix { $0 != " " && $0 != ">" && $0 != "/" && $0 != "\t" }
            // Grandstream's `<item name="account.1.sip.subscriber.password">`: the setting is the name attribute.
            if name == "item", let start = body.range(of: "name=\"") {
                name = body[start.upperBound...].prefix { $0 != "\"" }
            }
            if names.contains(String(name)), let open = body.firstIndex(of: ">"),
               let close = body[body.index(after: open)...].firstIndex(of: "<") {
                out = out[..<body.index(after: open)] + mask + out[close...]
            }
        } else if let equals = body.firstIndex(of: "=") {
            let name = String(body[..<equals]).trimmingCharacters(in: .whitespaces)
            // Poly's `reg.1.auth.password="…"` attribute lines keep their quotes around the mask.
            let quoted = body[body.index(after: equals)...].hasPrefix("\"")
            if names.contains(String(name)) { out = out[..<body.index(after: equals)] + (quoted ? "\"" + mask + "\"" : " " + mask) }
        }
        return maskURLPasswords(String(out), with: mask)
    }

    /// Every `scheme://user:password@` in `text` with the password replaced.
    static func maskURLPasswords(_ text: String, with mask: String) -> String {
        guard text.contains("://") else { return text }
        var out = ""
        var rest = Substring(text)
        while let scheme = rest.range(of: "://") {
            out += rest[..<scheme.upperBound]
            rest = rest[scheme.upperBound...]
            // The authority ends at the first '/', '?', '#', space, quote or markup character.
            let authority = rest.prefix { !"/?# \t\"'<>".contains($0) }
            if let at = authority.lastIndex(of: "@"), let colon = authority[..<at].firstIndex(of: ":") {
                out += rest[...colon] + mask
                rest = rest[at...]
            }
        }
        return out + rest
    }
}

