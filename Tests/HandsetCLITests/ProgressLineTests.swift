import Foundation
@testable import HandsetCLI
import HandsetPublish
import HandsetTestSupport
import Testing

/// Issue #14, item 4: on a terminal, long phases of `build` and `plan` show progress on stderr, rewritten in place
/// and erased at the end; nothing extra when stderr is not a terminal or with `--quiet`.
struct ProgressLineTests {
    private final class Captured: @unchecked Sendable {
        private let lock = NSLock()
        private var parts: [String] = []
        func add(_ text: String) { lock.withLock { parts.append(text) } }
        var all: [String] { lock.withLock { parts } }
    }

    private func progress(_ tenants: Int, of total: Int) -> Publisher.Progress {
        Publisher.Progress(tenants: tenants, tenantsTotal: total, devices: tenants * 100, devicesTotal: total * 100)
    }

    @Test func aShorterLineCoversTheLongerOneBeforeIt() {
        let captured = Captured()
        let line = ProgressLine(verb: "written", write: { captured.add($0) })
        line.show("validating 1,000,000 devices")
        line.show("loading")
        #expect(captured.all[1] == "\rloading, 0 s" + String(repeating: " ", count: "validating 1,000,000 devices".count - "loading".count))
    }

    @Test func linesAreThrottledTheLastIsAlwaysShownAndFinishErasesIt() {
        let captured = Captured()
        let line = ProgressLine(verb: "written", write: { captured.add($0) })
        line.report(progress(1, of: 10_000))
        line.report(progress(2, of: 10_000)) // within 0.2 s of the first: not shown
        line.report(progress(10_000, of: 10_000)) // the last: always shown
        line.finish()
        let parts = captured.all
        #expect(parts.count == 3, "\(parts)")
        #expect(parts[0] == "\rwritten 1 of 10,000 tenants (100 of 1,000,000 devices), 0 s")
        #expect(parts[1] == "\rwritten 10,000 of 10,000 tenants (1,000,000 of 1,000,000 devices), 0 s")
        // Erased with spaces over the whole line, not an escape sequence.
        #expect(parts[2] == "\r" + String(repeating: " ", count: parts[1].count - 1) + "\r")
    }

    @Test func nothingIsErasedWhenNothingWasShown() {
        let captured = Captured()
        ProgressLine(verb: "written", write: { captured.add($0) }).finish()
        #expect(captured.all.isEmpty)
    }

    @Test func thousandsAreGrouped() {
        #expect(ProgressLine.grouped(0) == "0")
        #expect(ProgressLine.grouped(999) == "999")
        #expect(ProgressLine.grouped(1000) == "1,000")
        #expect(ProgressLine.grouped(1_234_567) == "1,234,567")
    }

    /// The real binary under a pseudo-terminal (util-linux `script`), and the same build with pipes.
    @Test func buildShowsProgressOnATerminalOnly() throws {
        guard TerminalRun.available else {
            Issue.record("/usr/bin/script (util-linux) is needed to give the build a terminal")
            return
        }
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("handset-progress-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: base) }
        let secrets = base.path + "-secrets.yaml"
        defer { try? FileManager.default.removeItem(atPath: secrets) }
        try Data(BuildCommandTests.secrets.utf8).write(to: URL(fileURLWithPath: secrets))
        func build(_ out: String, _ extra: [String] = []) -> [String] {
            ["build", "examples/multi-tenant", "-o", out, "--secrets", secrets] + extra
        }

        let piped = try CommandRun(build(base.path + "/piped"), environment: BuildCommandTests.environment, in: Fixtures.packageRoot)
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(!piped.stderr.contains("tenants ("), "\(piped.stderr)")
        #expect(!piped.stderr.contains("\r"))

        let terminal = try underTerminal(build(base.path + "/tty"))
        #expect(terminal.contains("\rvalidating 7 devices, "), "\(terminal)")
        #expect(terminal.contains("\rwritten 3 of 3 tenants (7 of 7 devices), "), "\(terminal)")
        // Erased before the summary, which is what stays on screen.
        #expect(terminal.range(of: #"devices\), \d+ s\r +\rrelease "#, options: .regularExpression) != nil, "\(terminal)")

        let quiet = try underTerminal(build(base.path + "/quiet", ["--quiet"]))
        #expect(!quiet.contains("tenants ("), "\(quiet)")
    }

    /// Runs handset on a pseudo-terminal; returns what the terminal received.
    private func underTerminal(_ arguments: [String]) throws -> String {
        let run = try TerminalRun(arguments, environment: BuildCommandTests.environment, in: Fixtures.packageRoot)
        #expect(run.status == 0, "\(run.output)")
        return run.output
    }
}
