import Foundation
import HandsetTestSupport
import Testing

/// Issue #13, item 4: an error in the secrets file never shows the file's text (no source line, no value in a
/// message), in any format; the location and the key path are enough to find it.
struct SecretsFileErrorTests {
    /// Broken secrets files, each with a canary on the offending line.
    static let broken: [(String, [UInt8])] = [
        ("duplicate key", Array("acme: {admin: canary-dup-1, admin: canary-dup-2}\n".utf8)),
        ("bad type", Array("acme:\n  admin: [canary-type-1]\n".utf8)),
        ("syntax error", Array("acme: {admin: \"canary-syntax-1}\n".utf8)),
        ("tab", Array("acme:\n\tadmin: canary-tab-1\n".utf8)),
        ("bad UTF-8", Array("acme: {admin: canary-utf8-".utf8) + [0xFF] + Array("}\n".utf8)),
        ("unknown alias", Array("acme: {admin: *canary-alias-1}\n".utf8)),
    ]

    @Test(arguments: broken.indices)
    func errorsInTheSecretsFileQuoteNothing(_ index: Int) throws {
        let (what, bytes) = Self.broken[index]
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("handset-secrets-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let secrets = folder.appendingPathComponent("secrets.yaml")
        try Data(bytes).write(to: secrets)
        for format in ["human", "json", "github"] {
            let run = try CommandRun(["build", "examples/multi-tenant", "-o", folder.appendingPathComponent("out").path,
                                      "--secrets", secrets.path, "--format", format],
                                     environment: BuildCommandTests.environment, in: Fixtures.packageRoot)
            #expect(run.status == 1, "\(what), \(format): \(run.stderr)")
            #expect(run.stderr.contains("secrets.yaml"), "\(what), \(format): the error names the file\n\(run.stderr)")
            #expect(!(run.stdout + run.stderr).contains("canary-"), "\(what), \(format) leaks:\n\(run.stderr)")
        }
    }
}
