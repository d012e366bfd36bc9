import Foundation
import HandsetTestSupport
import Testing

/// What a newcomer meets first: `--version`, and a README whose set-up installs everything CI installs.
struct NewcomerTests {
    @Test func versionNamesTheReleaseAndTheCommit() throws {
        let run = try CommandRun(["--version"])
        #expect(run.status == 0)
        let line = run.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        // The commit is the one HEAD names when this tree is a git checkout (how the tests are run).
        let head = try Self.git(["rev-parse", "--short=12", "HEAD"])
        #expect(line.hasPrefix("handset 0."))
        #expect(line.contains("(commit \(head)"), "\(line) should name commit \(head)")
    }

    @Test func readmeSetUpInstallsEveryPackageCIInstalls() throws {
        let ci = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent(".ci/run"), encoding: .utf8)
        let readme = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let ciPackages = Self.aptPackages(ci)
        let readmePackages = Self.aptPackages(readme)
        #expect(!ciPackages.isEmpty)
        #expect(ciPackages.subtracting(readmePackages).isEmpty,
                "README's set-up lacks \(ciPackages.subtracting(readmePackages).sorted())")
        #expect(readme.contains("apt-get update"))
        #expect(readme.contains("swift.org"), "the README says where Swift comes from")
    }

    /// Package names on every `apt-get install` line (options and `./file.deb` left out).
    static func aptPackages(_ text: String) -> Set<String> {
        var names = Set<String>()
        for line in text.split(separator: "\n") {
            guard let range = line.range(of: "apt-get install ") else { continue }
            let words = line[range.upperBound...].prefix { $0 != "#" && $0 != ">" && $0 != "&" && $0 != "|" }
            for word in words.split(separator: " ") where !word.hasPrefix("-") && !word.hasPrefix(".") {
                names.insert(String(word))
            }
        }
        return names
    }

    static func git(_ arguments: [String]) throws -> String {
        let run = try SiteFiles.run(URL(fileURLWithPath: "/usr/bin/env"), ["git", "-C", Fixtures.packageRoot.path] + arguments)
        return run.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
