import Foundation
import HandsetTestSupport
import Testing

/// `handset init` writes a starter fleet that validates and builds as it is, and never overwrites.
struct InitCommandTests {
    @Test func starterFleetValidatesAndBuilds() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("handset-init-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let initRun = try CommandRun(["init", dir.path])
        #expect(initRun.status == 0, "\(initRun.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.path + "/.gitignore"))
        let validate = try CommandRun(["validate", dir.path, "--strict"])
        #expect(validate.status == 0, "\(validate.stderr)")
        let build = try CommandRun(["build", dir.path, "-o", dir.path + "/out"],
                                   environment: ["ACME_PROV_PASSWORD": "test-prov", "ACME_SIP_100": "test-100", "ACME_SIP_101": "test-101"])
        #expect(build.status == 0, "\(build.stderr)")
        let again = try CommandRun(["init", dir.path])
        #expect(again.status == 1)
        #expect(again.stderr.contains("nothing was written"))
    }
}
