import Foundation
import HandsetTestSupport
import Testing

/// Every fleet under examples/ is what the README and docs show: it must validate clean.
struct ExamplesTests {
    static let examples = Fixtures.folders(in: "examples")

    @Test func thereAreExamples() {
        #expect(Self.examples.contains("small-office") && Self.examples.contains("multi-tenant"))
    }

    @Test(arguments: examples)
    func exampleValidatesClean(_ name: String) throws {
        let run = try CommandRun(["validate", "examples/\(name)", "--strict"], in: Fixtures.packageRoot)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.hasPrefix("ok: "), "\(run.stderr)")
    }
}
