import Foundation
import HandsetTestSupport
import Testing

/// Output that fits a screen: with 1,000 tenants and one changed, `build` and `plan` print at most 10 lines.
struct OutputSizeTests {
    static let tenants = 1000

    /// A fleet of `tenants` tenants with one Yealink each; tenant 0's speed dial is `number`.
    static func write(_ root: URL, number: String) throws {
        try FileManager.default.createDirectory(at: root.appendingPathComponent("tenants"), withIntermediateDirectories: true)
        try Data("""
            handset: 1
            provisioning: {url: https://prov.example.net}
            include: [tenants/*.yaml]

            """.utf8).write(to: root.appendingPathComponent("handset.yaml"))
        for index in 0..<tenants {
            let id = String(format: "t%04d", index)
            let mac = String(format: "00:15:65:%02x:%02x:01", index / 256, index % 256)
            try Data("""
                tenant: \(id)
                sip: {server: pbx.example.net}
                provisioning: {username: \(id), password: derived}
                extensions: [{number: "100", password: derived}]
                devices:
                  - {mac: "\(mac)", model: yealink/t54w, lines: ["100"], keys: [line, {speed_dial: "\(index == 0 ? number : "200")"}]}

                """.utf8).write(to: root.appendingPathComponent("tenants/\(id).yaml"))
        }
    }

    @Test func oneChangedTenantOfAThousandFitsAScreen() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("handset-size-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let fleet = root.appendingPathComponent("fleet"), out = root.appendingPathComponent("out")
        try Self.write(fleet, number: "300")
        let environment = BuildCommandTests.environment
        let first = try CommandRun(["build", fleet.path, "-o", out.path], environment: environment)
        #expect(first.status == 0, "\(first.stderr)")
        try Self.write(fleet, number: "301")
        let plan = try CommandRun(["plan", fleet.path, "-o", out.path], environment: environment)
        #expect(plan.status == 0, "\(plan.stderr)")
        #expect(plan.stdout.split(separator: "\n").count <= 10, "plan printed:\n\(plan.stdout)")
        #expect(plan.stdout.contains("tenant t0000"))
        let build = try CommandRun(["build", fleet.path, "-o", out.path], environment: environment)
        #expect(build.status == 0, "\(build.stderr)")
        let lines = build.stdout.split(separator: "\n")
        #expect(lines.count <= 10, "build printed:\n\(build.stdout)")
        #expect(lines.contains { $0.contains("t0000") && $0.contains("1 changed") })
        #expect(build.stdout.contains("999 tenants without changes"))
        let verbose = try CommandRun(["build", fleet.path, "-o", root.appendingPathComponent("out2").path, "--verbose"],
                                     environment: environment)
        #expect(verbose.stdout.split(separator: "\n").count > Self.tenants)
    }
}
