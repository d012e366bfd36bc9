import Foundation
import HandsetCore

/// Converts a loaded YAML document to JSON the way an editor's YAML 1.2 language server sees it (core schema:
/// plain `true`/`false`/`null`/integers are typed, everything else is a string), to test the JSON Schema.
public enum YAML12JSON {
    public static func convert(_ node: SourceNode) -> Any {
        switch node.kind {
        case .mapping(let pairs):
            var object: [String: Any] = [:]
            for pair in pairs { object[pair.key.scalarText ?? ""] = convert(pair.value) }
            return object
        case .sequence(let items):
            return items.map(convert)
        case .scalar(let text, let style):
            guard style == .plain else { return text }
            if node.isNull { return NSNull() }
            if text == "true" { return true }
            if text == "false" { return false }
            if let int = Int(text), text.range(of: #"^[-+]?[0-9]+$"#, options: .regularExpression) != nil { return int }
            return text
        }
    }

    /// The JSON text of a YAML file, or nil when it does not load.
    public static func json(ofFile url: URL) throws -> Data? {
        let bytes = Array(try Data(contentsOf: url))
        guard let root = YAMLLoader.load(bytes, file: 0).root else { return nil }
        return try JSONSerialization.data(withJSONObject: convert(root), options: [.sortedKeys, .fragmentsAllowed])
    }
}
