/// The known fields of one mapping, in source order. It keeps a view of the mapping's pairs (one reference, no
/// copies of nodes) and the index of each known key: decoding touches every mapping of the fleet.
struct Fields {
    var mark: Mark
    var context: String
    private let source: SourceNode.Pairs
    private(set) var known: [(name: String, index: Int)] = []

    init(mark: Mark, context: String, source: SourceNode.Pairs) {
        self.mark = mark
        self.context = context
        self.source = source
        known.reserveCapacity(source.count)
    }

    mutating func add(_ name: String, at index: Int) { known.append((name, index)) }

    var isEmpty: Bool { known.isEmpty }

    /// The known fields as (name, value), in source order.
    var pairs: [(name: String, value: SourceNode)] { known.map { ($0.name, source.value($0.index)) } }

    /// Each known field, in source order, without building an array (this runs for every device).
    func forEachKnown(_ body: (String, SourceNode) -> Void) {
        for entry in known { body(entry.name, source.value(entry.index)) }
    }

    subscript(_ name: String) -> SourceNode? {
        for entry in known where entry.name == name { return source.value(entry.index) }
        return nil
    }

    /// The field's value, or an error naming the missing key at the mapping.
    func required(_ name: String, _ decoder: Decoder, hint: String? = nil) -> SourceNode? {
        if let value = self[name] { return value }
        decoder.error("E0102", "\(context) is missing the required key '\(name)'", at: mark, hint: hint)
        return nil
    }
}
