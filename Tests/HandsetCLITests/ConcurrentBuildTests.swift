import Crypto
import Foundation
import HandsetTestSupport
import Testing

/// Issue #13, item 5 (systematic): builds racing into one output folder never leave `current` serving a
/// partial tree, and `build` repairs a damaged tree instead of saying "no changes".
struct ConcurrentBuildTests {
    private func fleetCopy(_ label: String) throws -> URL {
        let fleet = FileManager.default.temporaryDirectory.appendingPathComponent("handset-race-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Fixtures.packageRoot.appendingPathComponent("examples/multi-tenant"), to: fleet)
        let file = fleet.appendingPathComponent("tenants/globex.yaml")
        let text = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "label: HQ", with: "label: \(label)")
        try Data(text.utf8).write(to: file)
        try Data(BuildCommandTests.secrets.utf8).write(to: fleet.appendingPathComponent("secrets.yaml"))
        return fleet
    }

    private func arguments(_ command: String, _ fleet: URL, _ out: URL) -> [String] {
        [command, fleet.path, "-o", out.path, "--secrets", fleet.appendingPathComponent("secrets.yaml").path]
    }

    /// Every file the current manifest lists is served with its recorded hash.
    private func servedMatchesManifest(_ out: URL) throws -> Bool {
        let data = try Data(contentsOf: out.appendingPathComponent("current/manifest.json"))
        let files = (try JSONSerialization.jsonObject(with: data) as? [String: Any])?["files"] as? [[String: Any]] ?? []
        guard !files.isEmpty else { return false }
        for file in files where file["tenant"] != nil {
            guard let path = file["path"] as? String, let sha = file["sha256"] as? String,
                  let bytes = FileManager.default.contents(atPath: out.path + "/current/www/" + path) else { return false }
            if SHA256.hash(data: bytes).map({ String(format: "%02x", $0) }).joined() != sha { return false }
        }
        return true
    }

    @Test func twoBuildsIntoOneFolderNeverCorruptIt() throws {
        let a = try fleetCopy("Head office A"), b = try fleetCopy("Head office B")
        defer { try? FileManager.default.removeItem(at: a); try? FileManager.default.removeItem(at: b) }
        for trial in 0..<8 {
            let out = FileManager.default.temporaryDirectory.appendingPathComponent("handset-race-out-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: out) }
            // A first build, so the racing ones both reuse, link and prune.
            #expect(try CommandRun(arguments("build", trial % 2 == 0 ? a : b, out), environment: BuildCommandTests.environment).status == 0)
            let group = DispatchGroup()
            let results = RunSlots()
            for (index, fleet) in [a, b].enumerated() {
                DispatchQueue.global().async(group: group) {
                    results.set(index, try? CommandRun(arguments("build", fleet, out), environment: BuildCommandTests.environment))
                }
            }
            group.wait()
            for run in results.all {
                guard let run else { Issue.record("a build did not run"); continue }
                // Either it built, or it was told at once that the other holds the folder.
                #expect(run.status == 0 || (run.status == 74 && run.stderr.contains("another handset build")), "\(run.stderr)")
            }
            #expect(try servedMatchesManifest(out), "trial \(trial): current serves files that differ from its manifest")
            // Whichever fleet was published last, a plan of it finds nothing to do, and a build of the other repairs nothing.
            let plans = try [a, b].map { try CommandRun(arguments("plan", $0, out), environment: BuildCommandTests.environment) }
            #expect(plans.contains { $0.stdout.hasPrefix("no changes") }, "trial \(trial): \(plans.map(\.stdout))")
        }
    }

    @Test func buildRepairsADamagedTreeThatPlanReports() throws {
        let fleet = try fleetCopy("HQ")
        defer { try? FileManager.default.removeItem(at: fleet) }
        let out = fleet.appendingPathComponent("out")
        #expect(try CommandRun(arguments("build", fleet, out), environment: BuildCommandTests.environment).status == 0)
        let served = out.path + "/current/www/acme"
        let victim = try #require(FileManager.default.contentsOfDirectory(atPath: served).sorted().first)
        try FileManager.default.removeItem(atPath: served + "/" + victim)
        let plan = try CommandRun(arguments("plan", fleet, out), environment: BuildCommandTests.environment)
        #expect(plan.stdout.contains(victim), "plan sees the missing file: \(plan.stdout)")
        let build = try CommandRun(arguments("build", fleet, out), environment: BuildCommandTests.environment)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stdout.hasPrefix("repaired: release") && build.stdout.contains("acme"), "\(build.stdout)")
        #expect(FileManager.default.fileExists(atPath: served + "/" + victim))
        #expect(try CommandRun(arguments("plan", fleet, out), environment: BuildCommandTests.environment).stdout.hasPrefix("no changes"))
        #expect(try servedMatchesManifest(out))
    }
}

/// Results of parallel runs, by index.
private final class RunSlots: @unchecked Sendable {
    private var runs: [Int: CommandRun?] = [:]
    private let lock = NSLock()
    func set(_ index: Int, _ run: CommandRun?) { lock.lock(); runs[index] = run; lock.unlock() }
    var all: [CommandRun?] { lock.lock(); defer { lock.unlock() }; return runs.keys.sorted().map { runs[$0]! } }
}
