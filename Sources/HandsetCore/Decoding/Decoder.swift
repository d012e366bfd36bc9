/// Reads `SourceNode`s by the type each field declares. One decoder per file; problems go to `diagnostics`.
///
/// YAML's implicit typing is never consulted: a field that wants a string gets the scalar's source text as it is,
/// a field that wants a number or a boolean parses that text by its own strict rules.
public final class Decoder {
    public private(set) var diagnostics = DiagnosticSink()

    public init() {}

    func error(_ code: String, _ message: String, at mark: Mark, notes: [Diagnostic.Note] = [], hint: String? = nil) {
        diagnostics.error(code, message, at: mark, notes: notes, hint: hint)
    }

    func warning(_ code: String, _ message: String, at mark: Mark, hint: String? = nil) {
        diagnostics.warning(code, message, at: mark, hint: hint)
    }

    /// The fields of a mapping, after unknown keys were reported. Nil (with an error) when `node` is no mapping.
    func mapping(_ node: SourceNode, in context: String, allowed: [String]) -> Fields? {
        guard case .mapping(let pairs) = node.kind else {
            error("E0103", "\(context) must be a mapping, found \(node.kindDescription)", at: node.mark)
            return nil
        }
        var fields = Fields(mark: node.mark, context: context, source: pairs)
        for index in pairs.indices {
            let keyNode = pairs.key(index)
            guard let key = keyNode.scalarText else {
                error("E0103", "keys in \(context) must be plain names, found \(keyNode.kindDescription)", at: keyNode.mark)
                continue
            }
            guard allowed.contains(key) else {
                let hint = Suggestion.closest(to: key, among: allowed).map { "did you mean '\($0)'?" }
                    ?? "allowed keys: " + allowed.joined(separator: ", ")
                error("E0101", "unknown key '\(key)' in \(context)", at: keyNode.mark, hint: hint)
                continue
            }
            fields.add(key, at: index)
        }
        return fields
    }

    /// A list's items. Nil (with an error) when `node` is no list.
    func list(_ node: SourceNode, of what: @autoclosure () -> String) -> SourceNode.Items? {
        guard case .sequence(let items) = node.kind else {
            error("E0103", "\(what()) must be a list, found \(node.kindDescription)", at: node.mark,
                  hint: node.scalarText != nil && !node.isNull ? "write it as a list: [\(node.scalarText!)]" : nil)
            return nil
        }
        return items
    }

    /// The scalar's text as written. Refuses collections, null and control characters (`ControlCharacters`). (`what` names the field in messages; it is an
    /// autoclosure so that the name is only built when there is a message: this runs for every scalar of the fleet.)
    func string(_ node: SourceNode, _ what: @autoclosure () -> String) -> Located<String>? {
        guard let scalar = node.scalar else {
            error("E0103", "\(what()) must be a single value, found \(node.kindDescription)", at: node.mark)
            return nil
        }
        guard !scalar.isNull else {
            error("E0107", "\(what()) has no value", at: node.mark, hint: "write a value after the ':' or remove the key")
            return nil
        }
        if let control = ControlCharacters.first(in: scalar.text) {
            error("E0109", "\(what()) holds the control character \(ControlCharacters.name(control.scalar))", at: node.mark,
                  hint: "values reach phone files, htpasswd and terminals: write them on one line, without control characters")
            return nil
        }
        return Located(scalar.text, at: node.mark)
    }

    /// A whole decimal number in `range`; octal, hex, base-60 and floating forms are refused.
    func int(_ node: SourceNode, _ what: @autoclosure () -> String, in range: ClosedRange<Int>) -> Located<Int>? {
        guard let text = string(node, what()) else { return nil }
        let digits = text.value.hasPrefix("+") || text.value.hasPrefix("-") ? text.value.dropFirst() : Substring(text.value)
        guard !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit) else {
            let hint = text.value.hasPrefix("0x") || text.value.hasPrefix("0o") ? "hex and octal are not read: write the decimal value"
                : text.value.contains(":") ? "write the plain decimal number; 1:30 is not read as a time or base 60"
                : "write decimal digits only"
            error("E0105", "\(what()) must be a whole number, found '\(text.value)'", at: node.mark, hint: hint)
            return nil
        }
        guard let value = Int(text.value), range.contains(value) else {
            error("E0106", "\(what()) \(text.value) is out of range", at: node.mark,
                  hint: "allowed: \(range.lowerBound) to \(range.upperBound)")
            return nil
        }
        return Located(value, at: node.mark)
    }

    /// `true` or `false`; YAML 1.1 spellings (`yes`, `no`, `on`, `off`) are errors with a hint.
    func bool(_ node: SourceNode, _ what: @autoclosure () -> String) -> Located<Bool>? {
        guard let text = string(node, what()) else { return nil }
        switch text.value {
        case "true": return Located(true, at: node.mark)
        case "false": return Located(false, at: node.mark)
        default:
            let lowered = text.value.lowercased()
            let hint: String
            if ["yes", "y", "on", "true"].contains(lowered) { hint = "write true" }
            else if ["no", "n", "off", "false"].contains(lowered) { hint = "write false" }
            else { hint = "write true or false" }
            error("E0104", "\(what()) must be true or false, found '\(text.value)'", at: node.mark, hint: hint)
            return nil
        }
    }

    /// One of an enum's raw values, with a suggestion when close.
    func choice<E: RawRepresentable & CaseIterable>(_ node: SourceNode, _ what: @autoclosure () -> String, as: E.Type) -> Located<E>?
    where E.RawValue == String {
        guard let text = string(node, what()) else { return nil }
        if let value = E(rawValue: text.value) { return Located(value, at: node.mark) }
        // Codec names are written both ways in vendor manuals (G722, g722); like model names, any case is accepted.
        if E.self == Codec.self, let value = E(rawValue: text.value.lowercased()) { return Located(value, at: node.mark) }
        let names = E.allCases.map(\.rawValue)
        if E.self == Codec.self, text.value.lowercased().hasPrefix("g711") || text.value.lowercased() == "g.711" {
            error("E0106", "\(what()) '\(text.value)' is not one of \(names.joined(separator: ", "))", at: node.mark,
                  hint: "G.711 is two codecs: write pcma (A-law, Europe) or pcmu (µ-law, North America)")
            return nil
        }
        let hint = Suggestion.closest(to: text.value.lowercased(), among: names).map { "did you mean '\($0)'?" }
            ?? "allowed: " + names.joined(separator: ", ")
        error("E0106", "\(what()) '\(text.value)' is not one of \(names.joined(separator: ", "))", at: node.mark, hint: hint)
        return nil
    }

    /// A secret field: `${env:NAME}`, `${secret:PATH}`, `derived`, or a plain string.
    func secret(_ node: SourceNode, _ what: @autoclosure () -> String) -> Located<SecretReference>? {
        guard let text = string(node, what()) else { return nil }
        switch SecretReference.parse(text.value) {
        case .success(let reference): return Located(reference, at: node.mark)
        case .failure(let problem):
            // The text may be a password that merely starts like a reference: name the field, never show the line.
            var refused = Diagnostic.error("E0601", "\(what()): \(problem.message)", at: node.mark, hint: problem.hint)
            refused.quotesSource = false
            diagnostics.emit(refused)
            return Located(.malformed, at: node.mark)
        }
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
