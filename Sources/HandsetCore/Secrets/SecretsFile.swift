import Foundation

extension SecretSources {
    /// Reads a secrets file (YAML mappings, nested by path: `acme: {100: "...", admin: "..."}`) into values by
    /// slash-separated path. Problems are diagnostics in the file; an unreadable file is thrown.
    public static func readFile(_ path: String, files: SourceFiles) throws(FleetReadError) -> (values: [String: String], diagnostics: [Diagnostic]) {
        let bytes = try FleetLoader.read(URL(fileURLWithPath: path))
        let id = files.add(path: path)
        files.setText(bytes, for: id)
        let parsed = YAMLLoader.load(bytes, file: id)
        var values: [String: String] = [:]
        var sink = DiagnosticSink()
        sink.append(contentsOf: parsed.diagnostics)
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
}
