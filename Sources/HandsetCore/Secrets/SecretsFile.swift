import Foundation

extension SecretSources {
    /// Reads a secrets file (YAML mappings, nested by path: `acme: {100: "...", admin: "..."}`) into values by
    /// slash-separated path. Problems are diagnostics in the file; an unreadable file is thrown. No diagnostic
    /// quotes the file: its lines are never shown, and messages that could carry its text name the code only.
    public static func readFile(_ path: String, files: SourceFiles) throws(FleetReadError) -> (values: [String: String], diagnostics: [Diagnostic]) {
        let bytes = try FleetLoader.read(URL(fileURLWithPath: path))
        let id = files.add(path: path)
        files.setText(bytes, for: id, quotable: false)
        let parsed = YAMLLoader.load(bytes, file: id)
        var values: [String: String] = [:]
        var sink = DiagnosticSink()
        sink.append(contentsOf: parsed.diagnostics.map(withoutText))
        func walk(_ node: SourceNode, _ prefix: String) {
            switch node.kind {
            case .mapping(let pairs):
                for pair in pairs {
                    guard let key = pair.key.scalarText else { continue }
                    walk(pair.value, prefix.isEmpty ? key : prefix + "/" + key)
                }
            case .scalar(let text, _) where !node.isNull:
                values[prefix] = text
            default:
                sink.error("E0614", "secrets file entry '\(prefix)' must be a string or a mapping", at: node.mark)
            }
        }
        if let root = parsed.root { walk(root, "") }
        return (values, sink.diagnostics)
    }

    /// Messages that name only keys, codes and positions are kept; any other (an alias name, a byte's value) may
    /// carry part of a secret and is replaced by one that says what kind of error is there.
    private static func withoutText(_ d: Diagnostic) -> Diagnostic {
        let safe: Set<String> = ["E0001", "E0002", "E0003", "E0004", "E0006"]
        guard !safe.contains(d.code) else { return d }
        var out = d
        out.message = "the secrets file has an error here (its text is not shown: every line may hold a secret)"
        out.notes = []
        out.hint = "open the file at this line and column"
        return out
    }
}
