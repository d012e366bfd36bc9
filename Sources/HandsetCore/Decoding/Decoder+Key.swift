extension Decoder {
    public static let keyTypes = ["line", "blf", "speed_dial", "day_night", "dnd", "park", "intercom", "phonebook", "blank"]

    /// One key: a bare type (`dnd`), a type with its target (`blf: "102"`), or a type with options
    /// (`blf: {extension: "103", label: Carol, pickup: true}`).
    func key(_ node: SourceNode) -> Key? {
        switch node.kind {
        case .scalar(let text, _):
            switch text {
            case "line": return Key(.line(account: nil), at: node.mark)
            case "dnd": return Key(.dnd, at: node.mark)
            case "phonebook": return Key(.phonebook, at: node.mark)
            case "blank": return Key(.blank, at: node.mark)
            default:
                if Self.keyTypes.contains(text) {
                    error("E0103", "key type '\(text)' needs a target", at: node.mark, hint: "write '\(text): ...'")
                } else {
                    unknownKeyType(text, at: node.mark)
                }
                return nil
            }
        case .mapping(let pairs):
            guard pairs.count == 1, case let keyNode = pairs.key(0), let type = keyNode.scalarText else {
                error("E0103", "a key is one type with its target, found a mapping of \(pairs.count) entries", at: node.mark,
                      hint: "write one key per list item, e.g. '- blf: \"102\"'; options go inside: blf: {extension: \"102\", label: Bob}")
                return nil
            }
            return typedKey(type, pairs.value(0), keyMark: keyNode.mark, at: node.mark)
        case .sequence:
            error("E0103", "a key must be a type name or a mapping, found a list", at: node.mark)
            return nil
        }
    }

    private func unknownKeyType(_ type: String, at mark: Mark) {
        let hint = Suggestion.closest(to: type, among: Self.keyTypes).map { "did you mean '\($0)'?" }
            ?? "key types: " + Self.keyTypes.joined(separator: ", ")
        error("E0101", "unknown key type '\(type)'", at: mark, hint: hint)
    }

    private func typedKey(_ type: String, _ value: SourceNode, keyMark: Mark, at mark: Mark) -> Key? {
        switch type {
        case "line":
            guard let target = target(value, type, field: "account", extra: []) else { return nil }
            return Key(.line(account: target.value), label: target.label, at: mark)
        case "blf":
            guard let target = target(value, type, field: "extension", extra: ["pickup"]), let ext = target.value else { return nil }
            let pickup = target.fields?["pickup"].flatMap { bool($0, "blf pickup") }?.value ?? false
            return Key(.blf(extension: ext, pickup: pickup), label: target.label, at: mark)
        case "speed_dial":
            guard let target = target(value, type, field: "number", extra: []), let number = target.value else { return nil }
            return Key(.speedDial(number: number), label: target.label, at: mark)
        case "day_night":
            guard let target = target(value, type, field: "code", extra: []), let code = target.value else { return nil }
            return Key(.dayNight(code: code), label: target.label, at: mark)
        case "park":
            guard let target = target(value, type, field: "slot", extra: []), let slot = target.value else { return nil }
            return Key(.park(slot: slot), label: target.label, at: mark)
        case "intercom":
            guard let target = target(value, type, field: "extension", extra: []), let ext = target.value else { return nil }
            return Key(.intercom(extension: ext), label: target.label, at: mark)
        case "dnd", "phonebook", "blank":
            guard let target = target(value, type, field: nil, extra: []) else { return nil }
            let function: Key.Function = type == "dnd" ? .dnd : type == "phonebook" ? .phonebook : .blank
            return Key(function, label: target.label, at: mark)
        default:
            unknownKeyType(type, at: keyMark)
            return nil
        }
    }

    private struct Target {
        var value: Located<String>?
        var label: Located<String>?
        var fields: Fields?
    }

    /// The target of a key: a scalar (`"102"`) or a mapping with the target field, `label` and extras.
    /// With `field == nil` the key takes no target, only an optional `{label: ...}`.
    private func target(_ node: SourceNode, _ type: String, field: String?, extra: [String]) -> Target? {
        if node.isMapping {
            let allowed = (field.map { [$0] } ?? []) + ["label"] + extra
            guard let fields = mapping(node, in: "\(type) key", allowed: allowed) else { return nil }
            var target = Target(fields: fields)
            target.label = fields["label"].flatMap { string($0, "key label") }
            if let field, type != "line" {
                guard let value = fields.required(field, self).flatMap({ string($0, "\(type) \(field)") }) else { return nil }
                target.value = value
            } else if let field {
                target.value = fields[field].flatMap { string($0, "line \(field)") }
            }
            return target
        }
        guard field != nil else {
            if node.isNull { return Target() }
            error("E0103", "key type '\(type)' takes no target", at: node.mark, hint: "write '- \(type)' on its own")
            return nil
        }
        if node.isNull && type == "line" { return Target() }
        return string(node, "\(type) target").map { Target(value: $0) }
    }
}
