import Foundation
import HandsetTestSupport
import Testing

/// Every fleet under examples/ is what the README and docs show: it must validate clean.
struct ExamplesTests {
    /// Every folder of examples/ that is a fleet (examples/gitops holds CI recipes, not a fleet).
    static let examples = Fixtures.folders(in: "examples").filter {
        FileManager.default.fileExists(atPath: Fixtures.packageRoot.appendingPathComponent("examples/\($0)/handset.yaml").path)
    }

    @Test func thereAreExamples() {
        #expect(Self.examples.contains("small-office") && Self.examples.contains("multi-tenant"))
    }

    @Test(arguments: examples)
    func exampleValidatesClean(_ name: String) throws {
        let run = try CommandRun(["validate", "examples/\(name)", "--strict"], in: Fixtures.packageRoot)
        #expect(run.status == 0, "\(run.stdout)")
        #expect(run.stdout.hasPrefix("ok: "), "\(run.stdout)")
    }
}
