/// A position in a fleet file: 1-based line and column (in characters), and the length of the marked text.
///
/// The file is an index into the run's `SourceFiles`, so a mark is 16 bytes and millions of them stay cheap.
public struct Mark: Hashable, Sendable, Comparable {
    public var file: UInt32
    public var line: UInt32
    public var column: UInt32
    public var length: UInt32

    public init(file: UInt32, line: UInt32, column: UInt32, length: UInt32 = 1) {
        self.file = file
        self.line = line
        self.column = column
        self.length = length
    }

    /// A mark for problems that belong to a whole file rather than to a node in it.
    public static func start(of file: UInt32) -> Mark { Mark(file: file, line: 1, column: 1, length: 1) }

    public static func < (a: Mark, b: Mark) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }
}

/// A value together with the place it was written, so later stages can point back at it.
public struct Located<Value> {
    public var value: Value
    public var mark: Mark

    public init(_ value: Value, at mark: Mark) {
        self.value = value
        self.mark = mark
    }

    public func map<T>(_ transform: (Value) -> T) -> Located<T> { Located<T>(transform(value), at: mark) }
}

extension Located: Sendable where Value: Sendable {}
extension Located: Equatable where Value: Equatable {}
