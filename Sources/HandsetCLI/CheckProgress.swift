import Foundation

/// "checked 1200/10000 phones" on standard error, rewritten in place, at most ten times a second; only on a terminal.
final class CheckProgress: @unchecked Sendable {
    private let total: Int
    private let shown: Bool
    private let lock = NSLock()
    private var last = ContinuousClock.now

    init(total: Int, shown: Bool) {
        self.total = total
        self.shown = shown
    }

    /// Called with the number of phones done.
    func update(_ done: Int) {
        guard shown else { return }
        lock.lock()
        defer { lock.unlock() }
        let now = ContinuousClock.now
        guard done == total || now - last >= .milliseconds(100) else { return }
        last = now
        Output.err("\rchecked \(done)/\(total) phones")
    }

    /// Clears the line.
    func finish() {
        if shown { Output.err("\r\u{1B}[K") }
    }
}
