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

    /// Issue #13, item 8: a secret value with a line break (Yealink strips it, htpasswd hashes it: phone and
    /// server would disagree) is refused from either source, naming the source, not the value.
    @Test func secretValuesWithControlCharactersAreRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("handset-secrets-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let secrets = folder.appendingPathComponent("secrets.yaml")
        try Data(BuildCommandTests.secrets.replacingOccurrences(of: "canary-sip-100", with: "\"canary-a\\nb\"").utf8).write(to: secrets)
        var environment = BuildCommandTests.environment
        environment["ACME_PROV_PASSWORD"] = "canary-prov\r\nline"
        let run = try CommandRun(["build", "examples/multi-tenant", "-o", folder.appendingPathComponent("out").path,
                                  "--secrets", secrets.path], environment: environment, in: Fixtures.packageRoot)
        #expect(run.status == 1)
        #expect(run.stderr.contains("error[E0617]: the value of environment variable ACME_PROV_PASSWORD holds the control character U+000D"), "\(run.stderr)")
        #expect(run.stderr.contains("error[E0617]: the value of secret 'acme/100' holds the control character U+000A"), "\(run.stderr)")
        #expect(!run.stderr.contains("canary-"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
    }
}
