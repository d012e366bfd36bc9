import Foundation
import HandsetTestSupport
import Testing

/// `examples/gitops/pre-commit` in a real git repository: it passes a clean fleet, refuses a staged error, and
/// checks what is staged rather than the working tree.
extension SiteTests {
    static let hook = Fixtures.packageRoot.appendingPathComponent("examples/gitops/pre-commit")

    func git(_ arguments: [String], in repository: URL) throws {
        let run = try SiteFiles.run(URL(fileURLWithPath: "/usr/bin/git"), arguments, in: repository)
        #expect(run.status == 0, "git \(arguments.joined(separator: " ")): \(run.output)")
    }

    func runHook(in repository: URL) throws -> (status: Int32, output: String) {
        try SiteFiles.run(URL(fileURLWithPath: "/bin/sh"), [Self.hook.path],
                          environment: ["HANDSET": SiteFiles.handsetBinary.path], in: repository)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/git"), "git is not installed"))
    func preCommitHookValidatesTheStagedFleet() throws {
        let repository = FileManager.default.temporaryDirectory.appendingPathComponent("handset-hook-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: repository) }
        let fleet = Fixtures.packageRoot.appendingPathComponent("examples/multi-tenant")
        try FileManager.default.copyItem(at: fleet, to: repository)
        try git(["init", "--quiet"], in: repository)
        try git(["add", "."], in: repository)

        let clean = try runHook(in: repository)
        #expect(clean.status == 0, "a clean fleet was refused: \(clean.output)")

        let file = repository.appendingPathComponent("handset.yaml")
        let original = try String(contentsOf: file, encoding: .utf8)
        try (original + "\nbogus_key: 1\n").write(to: file, atomically: true, encoding: .utf8)
        try git(["add", "handset.yaml"], in: repository)
        let broken = try runHook(in: repository)
        #expect(broken.status == 1, "a staged error passed: \(broken.output)")
        #expect(broken.output.contains("E0101"), "\(broken.output)")

        // Fixed in the working tree but not staged: the commit would still carry the error.
        try original.write(to: file, atomically: true, encoding: .utf8)
        let unstagedFix = try runHook(in: repository)
        #expect(unstagedFix.status == 1, "the hook read the working tree instead of the index")
    }
}
