/// One node of a loaded YAML document, as written: raw scalar text (never implicitly typed), style, tag and mark.
public struct SourceNode: Sendable {
    public enum Style: UInt8, Sendable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    public enum Kind: Sendable {
        case scalar(String, Style)
        case sequence([SourceNode])
        case mapping([Pair])
    }

    /// A key and its value; `key` is a node so that a diagnostic can point at either.
    public struct Pair: Sendable {
        public var key: SourceNode
        public var value: SourceNode
    }

    public var kind: Kind
    public var mark: Mark
    /// The explicit tag (`!!str`, `!custom`), if the author wrote one.
    public var tag: String?

    public init(_ kind: Kind, mark: Mark, tag: String? = nil) {
        self.kind = kind
        self.mark = mark
        self.tag = tag
    }

    /// The scalar text, or nil for collections.
    public var scalarText: String? {
        if case .scalar(let text, _) = kind { return text }
        return nil
    }

    /// True for `~`, `null`, `Null`, `NULL` and the empty plain scalar: YAML's spellings of "nothing here".
    public var isNull: Bool {
        guard case .scalar(let text, .plain) = kind, tag == nil else { return false }
        return text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
    }

    /// A short name of the node's kind for messages: "a mapping", "a list", "a string".
    public var kindDescription: String {
        switch kind {
        case .scalar: return isNull ? "nothing (null)" : "a scalar"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        }
    }
}
