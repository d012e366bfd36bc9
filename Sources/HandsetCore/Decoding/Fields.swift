/// The known fields of one mapping, in source order, with the key nodes kept for "missing" and "duplicate" marks.
struct Fields {
    var mark: Mark
    var context: String
    var pairs: [(name: String, key: SourceNode, value: SourceNode)] = []

    init(mark: Mark, context: String) {
        self.mark = mark
        self.context = context
    }

    subscript(_ name: String) -> SourceNode? {
        pairs.first(where: { $0.name == name })?.value
    }

    /// The field's value, or an error naming the missing key at the mapping.
    func required(_ name: String, _ decoder: Decoder, hint: String? = nil) -> SourceNode? {
        if let value = self[name] { return value }
        decoder.error("E0102", "\(context) is missing the required key '\(name)'", at: mark, hint: hint)
        return nil
    }
}
