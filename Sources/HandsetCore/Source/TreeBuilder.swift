import CYAML

/// Turns libyaml events into a `SourceDocument`: one frame per open collection, anchors remembered with their size,
/// aliases expanded within `YAMLLoader.aliasExpansionLimit`, duplicate keys reported, merge keys applied.
///
/// Nodes are appended to flat arrays as their events arrive. The children of open collections wait on one shared
/// stack (`open`); when a collection ends, its run is copied to `children` in one piece, so a collection costs no
/// allocation of its own.
struct TreeBuilder {
    private struct Frame {
        var isMapping: Bool
        var mark: Mark
        var tag: UInt32
        var anchor: String?
        /// Where this collection's children start on `open`.
        var start: Int
        var pendingKey: UInt32?
        var merges: [(source: UInt32, at: Mark)] = []
        var size = 1
        /// Bytes of scalar text below this collection, aliases counted as expanded.
        var bytes = 0
        /// Key text to key node, built once a mapping has too many keys to search for duplicates one by one.
        var keyIndex: [String: UInt32]?
    }

    /// A mapping with more keys than this finds duplicates through a dictionary instead of a linear search.
    private static let linearKeySearchLimit = 16

    let loader: YAMLLoader
    var diagnostics = DiagnosticSink()
    private(set) var root: UInt32?
    private var records: [SourceDocument.Record] = []
    private var children: [UInt32] = []
    private var text: [UInt8] = []
    private var tags: [String] = []
    private var open: [UInt32] = []
    private var stack: [Frame] = []
    private var anchors: [String: (node: UInt32, size: Int, bytes: Int)] = [:]
    private var expandedByAliases = 0
    private var expandedBytesByAliases = 0

    init(loader: YAMLLoader, expectedBytes: Int) {
        self.loader = loader
        // A fleet file has about one node per 6 bytes and about as many bytes of scalar text as it has bytes.
        records.reserveCapacity(expectedBytes / 6 + 16)
        children.reserveCapacity(expectedBytes / 6 + 16)
        text.reserveCapacity(expectedBytes)
    }

    /// The finished document, or nil when no root node was read.
    func document() -> (SourceDocument, root: UInt32)? {
        guard let root else { return nil }
        return (SourceDocument(records: records, children: children, text: text, tags: tags), root)
    }

    /// Handles one event; returns false when the file cannot be read further (alias bomb, unknown alias).
    mutating func handle(_ event: yaml_event_t) -> Bool {
        switch event.type {
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            let start = UInt32(text.count)
            text.append(contentsOf: UnsafeBufferPointer(start: data.value, count: data.length))
            let index = append(.init(kind: .scalar, style: style(data.style), mark: loader.mark(event.start_mark, event.end_mark),
                                     start: start, count: UInt32(data.length), tag: tag(data.tag)))
            if let anchor = data.anchor { anchors[String(cString: anchor)] = (index, 1, data.length) }
            add(index, size: 1, bytes: data.length)
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            let isMapping = event.type == YAML_MAPPING_START_EVENT
            // Checked as each collection opens, so libyaml, whose scanner works per token in proportion to the
            // open flow levels, never gets far into a deep nesting.
            guard stack.count < YAMLLoader.nestingLimit else {
                diagnostics.error("E0014", "lists and mappings nested deeper than \(YAMLLoader.nestingLimit) levels",
                                  at: loader.mark(event.start_mark),
                                  hint: "a fleet file needs fewer than 10 levels; this looks generated or hostile")
                return false
            }
            let anchor = isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor
            let tagPointer = isMapping ? event.data.mapping_start.tag : event.data.sequence_start.tag
            stack.append(Frame(isMapping: isMapping, mark: loader.mark(event.start_mark), tag: tag(tagPointer),
                               anchor: anchor.map { String(cString: $0) }, start: open.count))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let frame = stack.popLast() else { return true }
            let index = finish(frame)
            if let anchor = frame.anchor { anchors[anchor] = (index, frame.size, frame.bytes) }
            add(index, size: frame.size, bytes: frame.bytes)
        case YAML_ALIAS_EVENT:
            let mark = loader.mark(event.start_mark, event.end_mark)
            let name = String(cString: event.data.alias.anchor)
            guard let anchored = anchors[name] else {
                diagnostics.error("E0010", "alias '*\(name)' refers to no anchor defined before it", at: mark,
                                  hint: "if you meant the text '*\(name)' (a feature code, say), quote it: \"*\(name)\"; otherwise define '&\(name)' earlier in the same file")
                return false
            }
            expandedByAliases += anchored.size
            expandedBytesByAliases += anchored.bytes
            if expandedByAliases > YAMLLoader.aliasExpansionLimit || expandedBytesByAliases > YAMLLoader.aliasExpansionByteLimit {
                let what = expandedByAliases > YAMLLoader.aliasExpansionLimit ? "\(YAMLLoader.aliasExpansionLimit) nodes"
                    : "\(YAMLLoader.aliasExpansionByteLimit >> 20) MiB of text"
                diagnostics.error("E0007", "aliases expand to more than \(what)", at: mark,
                                  hint: "this looks like an alias bomb; write the repeated part out or use fewer nested aliases")
                return false
            }
            // The alias is the anchored node again (same text or children), marked where the alias stands.
            var copy = records[Int(anchored.node)]
            copy.mark = mark
            add(append(copy), size: anchored.size, bytes: anchored.bytes)
        default:
            break
        }
        return true
    }

    private mutating func append(_ record: SourceDocument.Record) -> UInt32 {
        records.append(record)
        return UInt32(records.count - 1)
    }

    private mutating func tag(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> UInt32 {
        guard let pointer else { return 0 }
        tags.append(String(cString: pointer))
        return UInt32(tags.count)
    }

    private func style(_ style: yaml_scalar_style_t) -> SourceNode.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: return .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: return .literal
        case YAML_FOLDED_SCALAR_STYLE: return .folded
        default: return .plain
        }
    }

    private mutating func add(_ node: UInt32, size: Int, bytes: Int) {
        guard !stack.isEmpty else {
            root = node
            return
        }
        let top = stack.count - 1
        stack[top].size += size
        stack[top].bytes += bytes
        guard stack[top].isMapping else {
            open.append(node)
            return
        }
        guard let key = stack[top].pendingKey else {
            stack[top].pendingKey = node
            return
        }
        stack[top].pendingKey = nil
        if isMergeKey(key) {
            stack[top].merges.append((node, records[Int(key)].mark))
            return
        }
        if let first = firstOccurrence(of: key, in: top) {
            diagnostics.error("E0002", "duplicate key '\(scalarText(key) ?? "?")'", at: records[Int(key)].mark,
                              notes: [.init("first defined here", at: records[Int(first)].mark)],
                              hint: "a key may appear once in a mapping; remove one of them")
            return
        }
        open.append(key)
        open.append(node)
    }

    private func scalarText(_ node: UInt32) -> String? {
        let record = records[Int(node)]
        guard record.kind == .scalar else { return nil }
        return String(decoding: text[Int(record.start)..<Int(record.start + record.count)], as: UTF8.self)
    }

    private func isMergeKey(_ key: UInt32) -> Bool {
        let record = records[Int(key)]
        guard record.kind == .scalar, record.style == .plain, record.count == 2,
              text[Int(record.start)] == UInt8(ascii: "<"), text[Int(record.start) + 1] == UInt8(ascii: "<") else { return false }
        return record.tag == 0 || tags[Int(record.tag) - 1] == "tag:yaml.org,2002:merge"
    }

    private func kindDescription(_ node: UInt32) -> String {
        let record = records[Int(node)]
        switch record.kind {
        case .scalar:
            let isNull = record.style == .plain && record.tag == 0
                && SourceNode.isNullSpelling(text[Int(record.start)..<Int(record.start + record.count)])
            return isNull ? "nothing (null)" : "a scalar"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        }
    }

    private func sameText(_ a: UInt32, _ b: UInt32) -> Bool {
        let x = records[Int(a)], y = records[Int(b)]
        guard x.kind == .scalar, y.kind == .scalar, x.count == y.count else { return false }
        return text[Int(x.start)..<Int(x.start + x.count)].elementsEqual(text[Int(y.start)..<Int(y.start + y.count)])
    }

    /// The key node in the open mapping `frame` with the same text as `key`; records `key` as seen when there is
    /// none. Only scalar keys can be duplicates.
    private mutating func firstOccurrence(of key: UInt32, in frame: Int) -> UInt32? {
        guard records[Int(key)].kind == .scalar else { return nil }
        let start = stack[frame].start
        let pairs = (open.count - start) / 2
        if stack[frame].keyIndex == nil, pairs < Self.linearKeySearchLimit {
            for at in stride(from: start, to: open.count, by: 2) where sameText(open[at], key) { return open[at] }
            return nil
        }
        if stack[frame].keyIndex == nil {
            var index: [String: UInt32] = [:]
            for at in stride(from: start, to: open.count, by: 2) {
                if let text = scalarText(open[at]), index[text] == nil { index[text] = open[at] }
            }
            stack[frame].keyIndex = index
        }
        let text = scalarText(key)!
        if let first = stack[frame].keyIndex![text] { return first }
        stack[frame].keyIndex![text] = key
        return nil
    }

    /// Closes a collection; for a mapping, applies its merge keys (explicit keys win, earlier sources win).
    private mutating func finish(_ frame: Frame) -> UInt32 {
        let start = children.count
        if frame.merges.isEmpty {
            children.append(contentsOf: open[frame.start...])
        } else {
            var run = Array(open[frame.start...])
            merge(frame.merges, into: &run)
            children.append(contentsOf: run)
        }
        open.removeSubrange(frame.start...)
        let count = children.count - start
        return append(.init(kind: frame.isMapping ? .mapping : .sequence, style: .plain, mark: frame.mark,
                            start: UInt32(start), count: UInt32(frame.isMapping ? count / 2 : count), tag: frame.tag))
    }

    /// Appends the pairs of each merge source whose keys `run` (key, value, key, value...) does not hold yet.
    /// The keys present are kept in a set, so a merge costs one lookup per merged key (a scan of `run` per key
    /// made a large merge quadratic).
    private mutating func merge(_ merges: [(source: UInt32, at: Mark)], into run: inout [UInt32]) {
        var present = Set<ArraySlice<UInt8>>()
        for at in stride(from: 0, to: run.count, by: 2) { if let key = keyBytes(run[at]) { present.insert(key) } }
        for (source, at) in merges {
            let record = records[Int(source)]
            let items = record.kind == .sequence ? Array(children[Int(record.start)..<Int(record.start + record.count)]) : []
            let sources: [UInt32]
            if record.kind == .mapping {
                sources = [source]
            } else if record.kind == .sequence, items.allSatisfy({ records[Int($0)].kind == .mapping }) {
                sources = items
            } else {
                diagnostics.error("E0009", "merge key '<<' needs a mapping or a list of mappings, found \(kindDescription(source))",
                                  at: at, hint: "write '<<: *anchor' where '&anchor' marks a mapping")
                continue
            }
            for merged in sources {
                let mapping = records[Int(merged)]
                for at in stride(from: Int(mapping.start), to: Int(mapping.start + 2 * mapping.count), by: 2) {
                    let key = children[at]
                    // Only scalar keys can be equal (as `sameText` has it); other keys are always appended.
                    if let bytes = keyBytes(key), !present.insert(bytes).inserted { continue }
                    run.append(key)
                    run.append(children[at + 1])
                }
            }
        }
    }

    /// A scalar key's text, for equality; nil for a collection key.
    private func keyBytes(_ node: UInt32) -> ArraySlice<UInt8>? {
        let record = records[Int(node)]
        guard record.kind == .scalar else { return nil }
        return text[Int(record.start)..<Int(record.start + record.count)]
    }
}
