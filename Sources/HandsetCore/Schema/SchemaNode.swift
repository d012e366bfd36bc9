/// One node of the input format's description: the single source of the JSON Schema (`handset schema`) and of the
/// input-format reference page, so that the two cannot drift. Tests hold the decoder's keys to it.
public indirect enum SchemaNode: Sendable {
    /// A mapping with the given keys (in documentation order); `required` names the keys that must be present.
    case object(description: String, properties: [Property], required: [String] = [])
    /// A mapping from free names to values (profiles by name, contact numbers by kind).
    case map(description: String, values: SchemaNode, keys: [String]? = nil)
    case array(description: String, items: SchemaNode, minItems: Int? = nil, maxItems: Int? = nil)
    case string(description: String, pattern: String? = nil, enumeration: [String]? = nil, example: String? = nil)
    case integer(description: String, minimum: Int? = nil, maximum: Int? = nil)
    case boolean(description: String)
    /// One of several shapes (a key written as `dnd` or as `blf: "102"`).
    case oneOf(description: String, [SchemaNode])
    /// A reference to a named definition.
    case ref(String)

    public struct Property: Sendable {
        public var name: String
        public var node: SchemaNode

        public init(_ name: String, _ node: SchemaNode) {
            self.name = name
            self.node = node
        }
    }

    public var description: String {
        switch self {
        case .object(let d, _, _), .map(let d, _, _), .array(let d, _, _, _), .string(let d, _, _, _),
             .integer(let d, _, _), .boolean(let d), .oneOf(let d, _):
            return d
        case .ref(let name): return InputSchema.definitions.first { $0.name == name }?.node.description ?? name
        }
    }

    /// The keys of an object node, in order.
    public var propertyNames: [String] {
        if case .object(_, let properties, _) = self { return properties.map(\.name) }
        return []
    }
}
