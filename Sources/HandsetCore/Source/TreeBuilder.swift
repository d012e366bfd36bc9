import CYAML

/// Turns libyaml events into `SourceNode`s: one frame per open collection, anchors remembered with their size,
/// aliases expanded within `YAMLLoader.aliasExpansionLimit`, duplicate keys reported, merge keys applied.
struct TreeBuilder {
    private struct Anchored {
        var node: SourceNode
        var size: Int
    }

    private struct Frame {
        var isMapping: Bool
        var mark: Mark
        var tag: String?
        var anchor: String?
        var items: [SourceNode] = []
        var pairs: [SourceNode.Pair] = []
        var pendingKey: SourceNode?
        var merges: [(source: SourceNode, at: Mark)] = []
        var size = 1
    }

    let loader: YAMLLoader
    var diagnostics = DiagnosticSink()
    private(set) var root: SourceNode?
    private var stack: [Frame] = []
    private var anchors: [String: Anchored] = [:]
    private var expandedByAliases = 0

    init(loader: YAMLLoader) {
        self.loader = loader
    }

    /// Handles one event; returns false when the file cannot be read further (alias bomb, unknown alias).
    mutating func handle(_ event: yaml_event_t) -> Bool {
        let mark = loader.mark(event.start_mark, event.end_mark)
        switch event.type {
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            let text = String(decoding: UnsafeBufferPointer(start: data.value, count: data.length), as: UTF8.self)
            let node = SourceNode(.scalar(text, style(data.style)), mark: mark, tag: data.tag.map { String(cString: $0) })
            if let anchor = data.anchor { anchors[String(cString: anchor)] = Anchored(node: node, size: 1) }
            add(node, size: 1)
        case YAML_SEQUENCE_START_EVENT:
            let data = event.data.sequence_start
            stack.append(Frame(isMapping: false, mark: loader.mark(event.start_mark),
                               tag: data.tag.map { String(cString: $0) }, anchor: data.anchor.map { String(cString: $0) }))
        case YAML_MAPPING_START_EVENT:
            let data = event.data.mapping_start
            stack.append(Frame(isMapping: true, mark: loader.mark(event.start_mark),
                               tag: data.tag.map { String(cString: $0) }, anchor: data.anchor.map { String(cString: $0) }))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let frame = stack.popLast() else { return true }
            let node = finish(frame)
            if let anchor = frame.anchor { anchors[anchor] = Anchored(node: node, size: frame.size) }
            add(node, size: frame.size)
        case YAML_ALIAS_EVENT:
            let name = String(cString: event.data.alias.anchor)
            guard let anchored = anchors[name] else {
                diagnostics.error("E0010", "alias '*\(name)' refers to no anchor defined before it", at: mark,
                                  hint: "if you meant the text '*\(name)' (a feature code, say), quote it: \"*\(name)\"; otherwise define '&\(name)' earlier in the same file")
                return false
            }
            expandedByAliases += anchored.size
            if expandedByAliases > YAMLLoader.aliasExpansionLimit {
                diagnostics.error("E0007", "aliases expand to more than \(YAMLLoader.aliasExpansionLimit) nodes", at: mark,
                                  hint: "this looks like an alias bomb; write the repeated part out or use fewer nested aliases")
                return false
            }
            var node = anchored.node
            node.mark = mark
            add(node, size: anchored.size)
        default:
            break
        }
        return true
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

    private mutating func add(_ node: SourceNode, size: Int) {
        guard !stack.isEmpty else {
            root = node
            return
        }
        stack[stack.count - 1].size += size
        if !stack[stack.count - 1].isMapping {
            stack[stack.count - 1].items.append(node)
            return
        }
        guard let key = stack[stack.count - 1].pendingKey else {
            stack[stack.count - 1].pendingKey = node
            return
        }
        stack[stack.count - 1].pendingKey = nil
        if isMergeKey(key) {
            stack[stack.count - 1].merges.append((node, key.mark))
            return
        }
        if let first = firstOccurrence(of: key, in: stack[stack.count - 1].pairs) {
            diagnostics.error("E0002", "duplicate key '\(key.scalarText ?? "?")'", at: key.mark,
                              notes: [.init("first defined here", at: first)],
                              hint: "a key may appear once in a mapping; remove one of them")
            return
        }
        stack[stack.count - 1].pairs.append(SourceNode.Pair(key: key, value: node))
    }

    private func isMergeKey(_ key: SourceNode) -> Bool {
        guard case .scalar("<<", .plain) = key.kind else { return false }
        return key.tag == nil || key.tag == "tag:yaml.org,2002:merge"
    }

    private func firstOccurrence(of key: SourceNode, in pairs: [SourceNode.Pair]) -> Mark? {
        guard let text = key.scalarText else { return nil }
        return pairs.first(where: { $0.key.scalarText == text })?.key.mark
    }

    /// Closes a collection; for a mapping, applies its merge keys (explicit keys win, earlier sources win).
    private mutating func finish(_ frame: Frame) -> SourceNode {
        guard frame.isMapping else { return SourceNode(.sequence(frame.items), mark: frame.mark, tag: frame.tag) }
        var pairs = frame.pairs
        for (source, at) in frame.merges {
            let sources: [SourceNode]
            switch source.kind {
            case .mapping: sources = [source]
            case .sequence(let items) where items.allSatisfy({ if case .mapping = $0.kind { true } else { false } }):
                sources = items
            default:
                diagnostics.error("E0009", "merge key '<<' needs a mapping or a list of mappings, found \(source.kindDescription)",
                                  at: at, hint: "write '<<: *anchor' where '&anchor' marks a mapping")
                continue
            }
            for merged in sources {
                guard case .mapping(let mergedPairs) = merged.kind else { continue }
                for pair in mergedPairs where firstOccurrence(of: pair.key, in: pairs) == nil {
                    pairs.append(pair)
                }
            }
        }
        return SourceNode(.mapping(pairs), mark: frame.mark, tag: frame.tag)
    }
}
