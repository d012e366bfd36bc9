/// One key of the input format, declared once: its YAML name, its JSON Schema node (type, range or choices,
/// reference text, example), whether it is required, how it is decoded into the model, how a higher level lays it
/// over a lower one, and how `show` prints it. The decoder, the overlay of defaults < tenant < profile < device,
/// `handset schema`, the reference page and `show` all read these declarations, so they cannot drift apart.
///
/// Declarations are built with the constructors in `Field+Kinds.swift` (`.text`, `.number`, `.flag`, `.choice`,
/// lists, `.group` for nested mappings that merge key by key), each over a key path into the model; `.custom`
/// takes a hand-written decoder for the few shapes no constructor covers (keys, expansion modules).
public struct Field<Model>: Sendable {
    /// The YAML key.
    public let name: String
    /// Type, constraints and reference text, for `handset schema` and the reference page.
    public let schema: SchemaNode
    /// Whether the key must be written, and who says so when it is not.
    public let required: Requirement
    /// For the key that names its object (tenant id, device MAC, extension number, contact name, module model):
    /// the field's name in messages. The object's decoder reads it first and gives up on the object without it.
    let identity: String?
    let decode: @Sendable (Decoder, SourceNode, inout Model) -> Void
    let overlay: @Sendable (inout Model, Model) -> Void
    let show: @Sendable (Model) -> [ShownSetting]

    init(name: String, schema: SchemaNode, required: Requirement = .optional, identity: String? = nil,
         decode: @escaping @Sendable (Decoder, SourceNode, inout Model) -> Void,
         overlay: @escaping @Sendable (inout Model, Model) -> Void = { _, _ in },
         show: @escaping @Sendable (Model) -> [ShownSetting] = { _ in [] }) {
        self.name = name
        self.schema = schema
        self.required = required
        self.identity = identity
        self.decode = decode
        self.overlay = overlay
        self.show = show
    }

    /// The same declaration, required: a mapping without the key gets the decoder's E0102 with `hint`.
    public func required(hint: String? = nil) -> Field { with(.decoder(hint: hint)) }

    /// The same declaration, required, where a validation rule reports the missing key with its own code and
    /// message (a tenant without provisioning credentials, a device without lines).
    public func requiredByRule() -> Field { with(.rule) }

    private func with(_ requirement: Requirement) -> Field {
        Field(name: name, schema: schema, required: requirement, identity: identity, decode: decode, overlay: overlay, show: show)
    }

    /// Whether a key must be written.
    public enum Requirement: Sendable, Equatable {
        case optional
        /// The decoder reports a missing key (E0102) at its mapping, with this hint.
        case decoder(hint: String?)
        /// A validation rule reports it.
        case rule
    }
}

/// One resolved setting as `show` prints it: the dotted key, the value, and where it was written.
public struct ShownSetting: Sendable {
    public enum Value: Sendable, Equatable {
        case text(String)
        case number(Int)
        case flag(Bool)
        /// A list (codecs, DNS servers, keys): printed on one line, or numbered lines when `numbered`.
        case list([String], numbered: Bool)
    }

    public var name: String
    public var value: Value
    public var mark: Mark

    public init(name: String, value: Value, mark: Mark) {
        self.name = name
        self.value = value
        self.mark = mark
    }
}

extension Array {
    /// The YAML keys of these declarations, in declaration order.
    public func names<Model>() -> [String] where Element == Field<Model> { map(\.name) }

    /// The JSON Schema object these declarations describe.
    func schemaObject<Model>(_ description: String, more: [SchemaNode.Property] = []) -> SchemaNode
    where Element == Field<Model> {
        .object(description: description, properties: map { SchemaNode.Property($0.name, $0.schema) } + more,
                required: compactMap { $0.required == .optional ? nil : $0.name })
    }

    /// These declarations as schema properties (to describe them inside another object).
    func schemaProperties<Model>() -> [SchemaNode.Property] where Element == Field<Model> {
        map { SchemaNode.Property($0.name, $0.schema) }
    }
}

/// Which of a value's declared fields some level wrote, by declaration index: the overlay visits only those.
///
/// Why: applying a key path is a runtime call, and visiting every declared field of every level of every device
/// made `resolve` on 100k devices 4-5 times slower than the hand-written overlay it replaced (`handset-bench
/// compare`); a device usually writes two or three fields.
public struct WrittenFields: Sendable, Equatable {
    public private(set) var bits: UInt64 = 0

    public init() {}

    mutating func insert(_ index: Int) { bits |= 1 << UInt64(index) }
    mutating func formUnion(_ other: WrittenFields) { bits |= other.bits }
    public func contains(_ index: Int) -> Bool { bits & (1 << UInt64(index)) != 0 }
}

/// A value whose declared fields record which of them were written (`DeviceSettings`).
public protocol TracksWrittenFields {
    var written: WrittenFields { get set }
}

/// A nested mapping of settings that merges key by key across levels (`call_waiting`, `network`); it carries the
/// mark of the mapping written at the highest level that sets it.
public protocol SettingsGroup: Sendable {
    init(mark: Mark)
    var mark: Mark { get set }
}
