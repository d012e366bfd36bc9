/// UTF-8 rendered once and kept for the life of the process, for the tables of key names and constant blocks the
/// emitters build in `static let`s.
///
/// Why not `[UInt8]`: the emit threads share those tables, and reading an array out of a shared table retains and
/// releases it, an atomic operation on a cache line the two cores keep taking from each other (swift_retain was
/// 15% of the emit time on 100k Yealink phones). These bytes are never freed, so reading them needs no reference
/// count. Only build them into `static let` tables: each one is allocated for good.
public struct StaticBytes: @unchecked Sendable {
    // Immutable once initialised and never deallocated, so sharing it between threads is safe.
    let buffer: UnsafeBufferPointer<UInt8>

    public init(_ text: String) { self.init(Array(text.utf8)) }

    public init(_ bytes: [UInt8]) {
        let storage = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
        _ = storage.initialize(from: bytes)
        buffer = UnsafeBufferPointer(storage)
    }

    private init(_ buffer: UnsafeBufferPointer<UInt8>) { self.buffer = buffer }

    public var count: Int { buffer.count }

    /// The bytes `range` of these, still without reference counting.
    public subscript(range: Range<Int>) -> StaticBytes { StaticBytes(UnsafeBufferPointer(rebasing: buffer[range])) }
}

/// Blocks rendered once per slot (a cleared key, an unused account), kept one after the other, so that a run of
/// consecutive slots, which is how every phone's unused tail looks, is appended as one copy.
public struct StaticBlocks: Sendable {
    private let bytes: StaticBytes
    /// Slot `n` is `bytes[starts[n - first]..<starts[n - first + 1]]`.
    private let starts: [Int]
    public let slots: ClosedRange<Int>

    /// Renders `render(n)` for each slot `n` in `slots`, in order.
    public init(slots: ClosedRange<Int>, _ render: (Int) -> [UInt8]) {
        var bytes: [UInt8] = []
        var starts: [Int] = []
        for slot in slots {
            starts.append(bytes.count)
            bytes += render(slot)
        }
        starts.append(bytes.count)
        self.bytes = StaticBytes(bytes)
        self.starts = starts
        self.slots = slots
    }

    /// Renders the `key = value` lines `render(n, &writer)` writes, for each slot `n` in `slots`.
    public init(slots: ClosedRange<Int>, keyValues render: (Int, inout KeyValueWriter) -> Void) {
        self.init(slots: slots) { slot in
            var w = KeyValueWriter(reserving: 256)
            render(slot, &w)
            return w.bytes
        }
    }

    /// The blocks of slots `first...last`; both must be in `slots`.
    public func run(_ first: Int, through last: Int) -> StaticBytes {
        bytes[starts[first - slots.lowerBound]..<starts[last - slots.lowerBound + 1]]
    }
}
