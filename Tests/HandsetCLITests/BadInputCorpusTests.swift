import Foundation
import HandsetTestSupport
import Testing

/// Every folder under Tests/Corpus/bad is a fleet with an `expected` file:
///
///     # why this case exists
///     exit: 1
///     error[E0301] handset.yaml:14:15
///
/// The test runs the real binary (`handset validate --format json --path-base CASE`) and holds exit code, codes and exact
/// file:line:column to it; a finding the file does not list fails the test, and so does a missing one.
struct BadInputCorpusTests {
    static let cases = Fixtures.folders(in: "Tests/Corpus/bad")

    @Test(arguments: cases)
    func validateReportsExactly(_ name: String) throws {
        let folder = Fixtures.packageRoot.appendingPathComponent("Tests/Corpus/bad/\(name)")
        let expectation = try Expectation(contentsOf: folder.appendingPathComponent("expected"))
        let run = try CommandRun(["validate", folder.path, "--format", "json", "--path-base", folder.path])
        #expect(run.status == expectation.exit, "exit code; stderr: \(run.stderr)")
        let found = try Self.findings(fromJSON: run.stdout)
        #expect(found.sorted() == expectation.findings.sorted(), "\(name): findings differ\n\(run.stdout)")
    }

    @Test func corpusIsLargeEnough() {
        #expect(Self.cases.count >= 40, "the bad-input corpus should hold at least 40 fleets")
    }

    static func findings(fromJSON text: String) throws -> [String] {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        let items = object?["diagnostics"] as? [[String: Any]] ?? []
        return items.map { item in
            var line = "\(item["severity"] ?? "?")[\(item["code"] ?? "?")]"
            if let location = item["location"] as? [String: Any] {
                line += " \(location["file"] ?? "?"):\(location["line"] ?? "?"):\(location["column"] ?? "?")"
            }
            return line
        }
    }
}

/// The parsed `expected` file of a corpus case.
struct Expectation {
    var exit: Int32 = 1
    var findings: [String] = []

    init(contentsOf url: URL) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        for raw in text.split(separator: "\n") {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("exit:") {
                exit = Int32(line.dropFirst(5).trimmingCharacters(in: .whitespaces)) ?? -1
            } else {
                findings.append(line)
            }
        }
    }
}
