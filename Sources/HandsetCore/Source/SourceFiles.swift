import Foundation

/// The files of one run, by index: their paths relative to the fleet root (for stable messages) and their text
/// (for the source line under a diagnostic).
public final class SourceFiles: @unchecked Sendable {
    private let lock = NSLock()
    private var paths: [String] = []
    private var texts: [String?] = []

    public init() {}

    /// Registers a file and returns its index for marks.
    public func add(path: String) -> UInt32 {
        lock.lock(); defer { lock.unlock() }
        paths.append(path)
        texts.append(nil)
        return UInt32(paths.count - 1)
    }

    /// Keeps the text of a file so that diagnostics can quote its lines.
    public func setText(_ text: String, for file: UInt32) {
        lock.lock(); defer { lock.unlock() }
        texts[Int(file)] = text
    }

    public func path(_ file: UInt32) -> String {
        lock.lock(); defer { lock.unlock() }
        return Int(file) < paths.count ? paths[Int(file)] : "<unknown>"
    }

    /// The text of a 1-based line, without its line break, if the file's text is known.
    public func line(_ number: UInt32, in file: UInt32) -> String? {
        lock.lock()
        let text = Int(file) < texts.count ? texts[Int(file)] : nil
        lock.unlock()
        guard let text, number >= 1 else { return nil }
        var current: UInt32 = 1
        var start = text.startIndex
        while current < number {
            guard let newline = text[start...].firstIndex(of: "\n") else { return nil }
            start = text.index(after: newline)
            current += 1
        }
        let end = text[start...].firstIndex(where: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) ?? text.endIndex
        return String(text[start..<end])
    }
}
