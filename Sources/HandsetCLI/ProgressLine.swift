import Foundation
import HandsetPublish

/// The progress line of `build` and `plan` on a large fleet: "written 1,200 of 10,000 tenants (120,000 of
/// 1,000,000 devices), 14 s", rewritten in place on standard error, at most five times a second, and erased when
/// the phase ends, so that what stays on screen is the summary. Only on a terminal and without `--quiet`: a log
/// or a pipe gets nothing extra. A carriage return and spaces do the rewriting, no escape sequences (a terminal
/// with `NO_COLOR` or `TERM=dumb` shows it as well).
final class ProgressLine: @unchecked Sendable {
    private let verb: String
    private let write: @Sendable (String) -> Void
    private let started = ContinuousClock.now
    private let lock = NSLock()
    private var lastShown: ContinuousClock.Instant?
    /// Characters of the line on screen now; 0 when none is.
    private var width = 0

    /// Nil when nothing should be shown: `quiet`, or standard error is not a terminal.
    convenience init?(quiet: Bool, verb: String) {
        guard !quiet, isatty(STDERR_FILENO) == 1 else { return nil }
        self.init(verb: verb, write: { Output.err($0) })
    }

    init(verb: String, write: @escaping @Sendable (String) -> Void) {
        self.verb = verb
        self.write = write
    }

    /// Shows `progress` unless a line was shown less than 0.2 s ago (the last batch always shows).
    func report(_ progress: Publisher.Progress) {
        lock.withLock {
            let now = ContinuousClock.now
            let last = progress.tenants == progress.tenantsTotal
            if let lastShown, now - lastShown < .milliseconds(200), !last { return }
            lastShown = now
            replace(with: Self.text(progress, verb: verb, elapsed: now - started))
        }
    }

    /// Shows a stage that gives no counts as it goes ("validating 1,000,000 devices"), with the time so far.
    func show(_ stage: String) {
        lock.withLock { replace(with: "\(stage), \(Int((ContinuousClock.now - started).components.seconds)) s") }
    }

    /// Erases the line, if one was shown.
    func finish() {
        lock.withLock { if width > 0 { replace(with: "") } }
    }

    /// Writes `text` over the line on screen (spaces cover what it is shorter by); with an empty `text` the
    /// cursor goes back to the start of the line, where the summary then begins. The caller holds the lock.
    private func replace(with text: String) {
        let padding = String(repeating: " ", count: max(0, width - text.count))
        write("\r" + text + padding + (padding.isEmpty || !text.isEmpty ? "" : "\r"))
        width = text.count
    }

    static func text(_ progress: Publisher.Progress, verb: String, elapsed: Duration) -> String {
        let seconds = Int(elapsed.components.seconds)
        return "\(verb) \(grouped(progress.tenants)) of \(grouped(progress.tenantsTotal)) tenants "
            + "(\(grouped(progress.devices)) of \(grouped(progress.devicesTotal)) devices), \(seconds) s"
    }

    /// 1234567 -> "1,234,567".
    static func grouped(_ n: Int) -> String {
        var digits = Array(String(n)), out = ""
        while digits.count > 3 {
            out = "," + String(digits.suffix(3)) + out
            digits.removeLast(3)
        }
        return String(digits) + out
    }
}
