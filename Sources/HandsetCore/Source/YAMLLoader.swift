import CYAML

/// Loads one YAML file into a `SourceNode` tree over libyaml's event API.
///
/// libyaml gives exact marks and raw scalar text; this type adds what YAML leaves to the application: duplicate
/// keys are errors, `<<` merge keys are applied, aliases are expanded within a node budget, and a second
/// document, a byte order mark, invalid UTF-8 and tabs in indentation are reported instead of half-parsed.
public struct YAMLLoader {
    /// Most nodes that aliases may add to one file by expansion; more is an alias bomb, refused.
    public static let aliasExpansionLimit = 1_000_000
    /// Most bytes of scalar text that aliases may add to one file: 16 MiB. Aliases share their text in the tree,
    /// but every later stage (decoded strings, emitted files) copies it per use, so a 280 KB file could become
    /// gigabytes under the node budget alone.
    public static let aliasExpansionByteLimit = 16 << 20
    /// Most levels of lists and mappings inside one another: 64 (a fleet file uses fewer than 10).
    public static let nestingLimit = 64

    let file: UInt32
    var diagnostics = DiagnosticSink()

    public init(file: UInt32) {
        self.file = file
    }

    /// Parses `bytes`; returns the document's root (nil for an empty file or a fatal error) and every problem found.
    public static func load(_ bytes: [UInt8], file: UInt32) -> (root: SourceNode?, diagnostics: [Diagnostic]) {
        var loader = YAMLLoader(file: file)
        let root = loader.run(bytes)
        return (root, loader.diagnostics.diagnostics)
    }

    mutating func run(_ input: [UInt8]) -> SourceNode? {
        var bytes = input[...]
        if let bom = ByteOrderMark(bytes) {
            diagnostics.error("E0004", "file starts with a \(bom.name) byte order mark", at: .start(of: file),
                              hint: "save the file as UTF-8 without a byte order mark")
            guard bom == .utf8 else { return nil }
            bytes = bytes.dropFirst(3)
        }
        return bytes.withUnsafeBufferPointer { buffer in
            let findings = TextScan.scan(buffer)
            if let bad = findings.invalidUTF8 {
                diagnostics.error("E0005", "file is not valid UTF-8 (byte 0x\(String(bad.byte, radix: 16, uppercase: true)))",
                                  at: mark(line: bad.line, column: bad.column), hint: "save the file as UTF-8")
                return nil
            }
            if let tab = findings.tabInIndentation {
                diagnostics.error("E0006", "tab character in indentation", at: mark(line: tab.line, column: tab.column),
                                  hint: "YAML indents with spaces only; replace the tab with spaces")
                return nil
            }
            return parse(buffer)
        }
    }

    func mark(line: Int, column: Int, length: Int = 1) -> Mark {
        Mark(file: file, line: UInt32(clamping: line), column: UInt32(clamping: column), length: UInt32(clamping: max(1, length)))
    }

    func mark(_ start: yaml_mark_t, _ end: yaml_mark_t? = nil) -> Mark {
        var length = 1
        if let end, end.line == start.line, end.column > start.column { length = Int(end.column - start.column) }
        return mark(line: Int(start.line) + 1, column: Int(start.column) + 1, length: length)
    }

    private mutating func parse(_ buffer: UnsafeBufferPointer<UInt8>) -> SourceNode? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            diagnostics.error("E0001", "could not start the YAML parser (out of memory)", at: .start(of: file))
            return nil
        }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)

        var builder = TreeBuilder(loader: self, expectedBytes: buffer.count)
        var documents = 0
        while true {
            var event = yaml_event_t()
            guard yaml_parser_parse(&parser, &event) == 1 else {
                reportSyntaxError(parser, buffer)
                return nil
            }
            defer { yaml_event_delete(&event) }
            switch event.type {
            case YAML_STREAM_END_EVENT:
                diagnostics.append(contentsOf: builder.diagnostics.diagnostics)
                return builder.document().map { $0.0.node($0.root) }
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 {
                    diagnostics.append(contentsOf: builder.diagnostics.diagnostics)
                    diagnostics.error("E0003", "a second YAML document in one file", at: mark(event.start_mark, event.end_mark),
                                      hint: "a fleet file holds one document; remove the '---' or move it to a file of its own")
                    return nil
                }
            default:
                if !builder.handle(event) {
                    diagnostics.append(contentsOf: builder.diagnostics.diagnostics)
                    return nil
                }
            }
        }
    }

    private mutating func reportSyntaxError(_ parser: yaml_parser_t, _ buffer: UnsafeBufferPointer<UInt8>) {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
        if parser.error == YAML_READER_ERROR {
            // The reader (bad bytes, control characters) reports a byte offset and no mark: locate it ourselves.
            let place = Self.lineAndColumn(ofOffset: Int(parser.problem_offset), in: buffer)
            let byte = parser.problem_value >= 0 ? " (byte 0x\(String(parser.problem_value, radix: 16, uppercase: true)))" : ""
            diagnostics.error("E0001", "YAML syntax error: \(problem)\(byte)", at: mark(line: place.line, column: place.column),
                              hint: "remove the control character; write line breaks and tabs in values as \\n and \\t inside double quotes")
            return
        }
        var message = "YAML syntax error: \(problem)"
        var notes: [Diagnostic.Note] = []
        if let context = parser.context.map({ String(cString: $0) }) {
            message += " " + context
            notes.append(.init("the construct started here", at: mark(parser.context_mark)))
        }
        diagnostics.error("E0001", message, at: mark(parser.problem_mark), notes: notes,
                          hint: "check indentation, quotes and the ':' after each key")
    }

    /// 1-based line and column (in characters) of a byte offset.
    static func lineAndColumn(ofOffset offset: Int, in buffer: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for index in 0..<min(offset, buffer.count) {
            if buffer[index] == 0x0A { line += 1; column = 1 }
            else if buffer[index] & 0xC0 != 0x80 { column += 1 }
        }
        return (line, column)
    }
}
