/// One loaded YAML document, kept flat: every node is a record in one array, every scalar's text is a range of
/// one byte buffer, and a collection's children are a range of one index array.
///
/// The loader reads every node of every fleet file, so it allocates per document, not per node: a tree of nested
/// Swift arrays and Strings cost more to build and to free than libyaml took to parse (issue #3's benchmark).
public final class SourceDocument: Sendable {
    struct Record {
        enum Kind: UInt8 { case scalar, sequence, mapping }
        var kind: Kind
        var style: SourceNode.Style
        var mark: Mark
        /// Scalar: offset of its text in `text`. Collection: offset of its children in `children`.
        var start: UInt32
        /// Scalar: length of its text in bytes. Sequence: number of items. Mapping: number of pairs.
        var count: UInt32
        /// Index into `tags` plus one; 0 when the author wrote no tag.
        var tag: UInt32
    }

    let records: [Record]
    /// Children of every collection, each collection's in one run: items in order, or key and value per pair.
    let children: [UInt32]
    let text: [UInt8]
    let tags: [String]

    init(records: [Record], children: [UInt32], text: [UInt8], tags: [String]) {
        self.records = records
        self.children = children
        self.text = text
        self.tags = tags
    }

    func node(_ index: UInt32) -> SourceNode { SourceNode(document: self, index: index) }
}

/// One node of a loaded YAML document, as written: raw scalar text (never implicitly typed), style, tag and mark.
/// A node is a view into its `SourceDocument`: copying one copies a reference and an index.
public struct SourceNode: Sendable {
    public enum Style: UInt8, Sendable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    public enum Kind: Sendable {
        case scalar(String, Style)
        case sequence(Items)
        case mapping(Pairs)
    }

    /// A key and its value; `key` is a node so that a diagnostic can point at either.
    public struct Pair: Sendable {
        public var key: SourceNode
        public var value: SourceNode
    }

    /// A sequence's items, in order.
    public struct Items: RandomAccessCollection, Sendable {
        let document: SourceDocument
        let start: Int
        public let count: Int

        public var startIndex: Int { 0 }
        public var endIndex: Int { count }
        public subscript(position: Int) -> SourceNode {
            precondition(position >= 0 && position < count, "item index out of range")
            return document.node(document.children[start + position])
        }
    }

    /// A mapping's pairs, in source order, merged pairs last.
    public struct Pairs: RandomAccessCollection, Sendable {
        let document: SourceDocument
        let start: Int
        public let count: Int

        public var startIndex: Int { 0 }
        public var endIndex: Int { count }
        public subscript(position: Int) -> Pair { Pair(key: key(position), value: value(position)) }

        /// The key of one pair, without its value.
        public func key(_ position: Int) -> SourceNode {
            precondition(position >= 0 && position < count, "pair index out of range")
            return document.node(document.children[start + 2 * position])
        }

        /// The value of one pair, without its key.
        public func value(_ position: Int) -> SourceNode {
            precondition(position >= 0 && position < count, "pair index out of range")
            return document.node(document.children[start + 2 * position + 1])
        }
    }

    let document: SourceDocument
    let index: UInt32

    init(document: SourceDocument, index: UInt32) {
        self.document = document
        self.index = index
    }

    private var record: SourceDocument.Record { document.records[Int(index)] }

    public var mark: Mark { record.mark }

    /// The explicit tag (`!!str`, `!custom`), if the author wrote one.
    public var tag: String? {
        let tag = record.tag
        return tag == 0 ? nil : document.tags[Int(tag) - 1]
    }

    public var kind: Kind {
        let record = record
        switch record.kind {
        case .scalar: return .scalar(text(of: record), record.style)
        case .sequence: return .sequence(Items(document: document, start: Int(record.start), count: Int(record.count)))
        case .mapping: return .mapping(Pairs(document: document, start: Int(record.start), count: Int(record.count)))
        }
    }

    public var isScalar: Bool { record.kind == .scalar }
    public var isSequence: Bool { record.kind == .sequence }
    public var isMapping: Bool { record.kind == .mapping }

    /// The scalar text, or nil for collections.
    public var scalarText: String? {
        let record = record
        return record.kind == .scalar ? text(of: record) : nil
    }

    /// The scalar's text and whether it spells null, from one read of the node; nil for collections.
    public var scalar: (text: String, isNull: Bool)? {
        let record = record
        guard record.kind == .scalar else { return nil }
        return withBytes(of: record) { bytes in
            (String(decoding: bytes, as: UTF8.self),
             record.style == .plain && record.tag == 0 && Self.isNullSpelling(bytes))
        }
    }

    /// True for `~`, `null`, `Null`, `NULL` and the empty plain scalar: YAML's spellings of "nothing here".
    public var isNull: Bool {
        let record = record
        guard record.kind == .scalar, record.style == .plain, record.tag == 0 else { return false }
        return withBytes(of: record) { Self.isNullSpelling($0) }
    }

    static func isNullSpelling(_ bytes: some Collection<UInt8>) -> Bool {
        bytes.isEmpty || bytes.elementsEqual("~".utf8) || bytes.elementsEqual("null".utf8)
            || bytes.elementsEqual("Null".utf8) || bytes.elementsEqual("NULL".utf8)
    }

    /// A short name of the node's kind for messages: "a mapping", "a list", "a string".
    public var kindDescription: String {
        switch record.kind {
        case .scalar: return isNull ? "nothing (null)" : "a scalar"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        }
    }

    private func text(of record: SourceDocument.Record) -> String {
        withBytes(of: record) { String(decoding: $0, as: UTF8.self) }
    }

    private func withBytes<T>(of record: SourceDocument.Record, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        document.text.withUnsafeBufferPointer { all in
            body(UnsafeBufferPointer(rebasing: all[Int(record.start)..<Int(record.start + record.count)]))
        }
    }
}
