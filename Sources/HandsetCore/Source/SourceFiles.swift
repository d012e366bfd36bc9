import Foundation

/// The files of one run, by index: their paths relative to the fleet root (for stable messages) and their text
/// (for the source line under a diagnostic).
public final class SourceFiles: @unchecked Sendable {
    private let lock = NSLock()
    private var paths: [String] = []
    private var texts: [[UInt8]?] = []
    /// Files whose lines are never quoted under a diagnostic (the secrets file: every line may hold a secret).
    private var unquotable: Set<UInt32> = []

    public init() {}

    /// Registers a file and returns its index for marks.
    public func add(path: String) -> UInt32 {
        lock.lock(); defer { lock.unlock() }
        paths.append(path)
        texts.append(nil)
        return UInt32(paths.count - 1)
    }

    /// Keeps the bytes of a file so that diagnostics can quote its lines (decoded only when one is printed);
    /// with `quotable: false` the bytes are kept for digests only and `line` never returns one of them.
    public func setText(_ text: [UInt8], for file: UInt32, quotable: Bool = true) {
        lock.lock(); defer { lock.unlock() }
        texts[Int(file)] = text
        if !quotable { unquotable.insert(file) }
    }

    /// Every file's path and bytes, in the order they were added (bytes empty where not kept).
    public func all() -> [(path: String, bytes: [UInt8])] {
        lock.lock(); defer { lock.unlock() }
        return zip(paths, texts).map { ($0, $1 ?? []) }
    }

    /// A file's bytes, empty when they were not kept.
    public func bytes(of file: UInt32) -> [UInt8] {
        lock.lock(); defer { lock.unlock() }
        return Int(file) < texts.count ? texts[Int(file)] ?? [] : []
    }

    public func path(_ file: UInt32) -> String {
        lock.lock(); defer { lock.unlock() }
        return Int(file) < paths.count ? paths[Int(file)] : "<unknown>"
    }

    /// The text of a 1-based line, without its line break, if the file's text is known.
    public func line(_ number: UInt32, in file: UInt32) -> String? {
        lock.lock()
        let stored = Int(file) < texts.count && !unquotable.contains(file) ? texts[Int(file)] : nil
        lock.unlock()
        guard let bytes = stored, number >= 1 else { return nil }
        var current: UInt32 = 1
        var start = 0
        while current < number {
            guard let newline = bytes[start...].firstIndex(of: 0x0A) else { return nil }
            start = newline + 1
            current += 1
        }
        let end = bytes[start...].firstIndex(where: { $0 == 0x0A || $0 == 0x0D }) ?? bytes.endIndex
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
