import Foundation
import HandsetTestSupport
import Testing

/// `plan`: what a build would change, per device, with secrets masked; exit codes for CI.
struct PlanCommandTests {
    private func withBuiltFleet(_ body: (URL, URL) throws -> Void) throws {
        let fleet = FileManager.default.temporaryDirectory.appendingPathComponent("handset-plan-\(UUID().uuidString)")
        let out = fleet.appendingPathComponent("out")
        defer { try? FileManager.default.removeItem(at: fleet) }
        try FileManager.default.copyItem(at: Fixtures.packageRoot.appendingPathComponent("examples/multi-tenant"), to: fleet)
        try Data(BuildCommandTests.secrets.utf8).write(to: fleet.appendingPathComponent("secrets.yaml"))
        let build = try run(["build", fleet.path, "-o", out.path], fleet)
        #expect(build.status == 0, "\(build.stderr)")
        try body(fleet, out)
    }

    private func run(_ arguments: [String], _ fleet: URL) throws -> CommandRun {
        try CommandRun(arguments + ["--secrets", fleet.appendingPathComponent("secrets.yaml").path],
                       environment: BuildCommandTests.environment)
    }

    @Test func unchangedFleetPlansNothingAndExitsZero() throws {
        try withBuiltFleet { fleet, out in
            let plan = try run(["plan", fleet.path, "-o", out.path, "--detailed-exitcode"], fleet)
            #expect(plan.status == 0, "\(plan.stderr)")
            #expect(plan.stdout.hasPrefix("no changes"))
        }
    }

    @Test func aOneKeyChangeNamesExactlyThatDevice() throws {
        try withBuiltFleet { fleet, out in
            let file = fleet.appendingPathComponent("tenants/globex.yaml")
            let text = try String(contentsOf: file, encoding: .utf8)
                .replacingOccurrences(of: "label: HQ", with: "label: Head office")
            try Data(text.utf8).write(to: file)
            let plan = try run(["plan", fleet.path, "-o", out.path, "--detailed-exitcode", "--format", "json"], fleet)
            #expect(plan.status == 2, "\(plan.stderr)")
            let object = try JSONSerialization.jsonObject(with: Data(plan.stdout.utf8)) as? [String: Any]
            let tenants = object?["tenants"] as? [[String: Any]] ?? []
            #expect(tenants.count == 1)
            #expect(tenants.first?["tenant"] as? String == "globex")
            #expect(tenants.first?["devices"] as? [String] == ["001565abcdf0"])
            #expect((object?["nginx"] as? [Any])?.isEmpty == true)
            // Nothing was written.
            #expect(try FileManager.default.contentsOfDirectory(atPath: out.path + "/releases").count == 1)
        }
    }

    @Test func noSecretValueAppearsInAnyPlanOutput() throws {
        try withBuiltFleet { fleet, out in
            // Change every file that carries secrets: new passwords, so the diffs pass right over them.
            let changed = BuildCommandTests.secrets.replacingOccurrences(of: "canary-", with: "canary-new-")
            try Data(changed.utf8).write(to: fleet.appendingPathComponent("secrets.yaml"))
            for format in ["human", "json", "github"] {
                let plan = try CommandRun(["plan", fleet.path, "-o", out.path, "--diff", "--format", format,
                                           "--secrets", fleet.appendingPathComponent("secrets.yaml").path],
                                          environment: BuildCommandTests.environment.merging(["ACME_PROV_PASSWORD": "canary-new-prov"]) { $1 })
                #expect(plan.status == 0, "\(plan.stderr)")
                #expect(!plan.stdout.contains("canary"), "\(format) leaked a secret")
                #expect(!plan.stderr.contains("canary"))
                #expect(!plan.stdout.contains(BuildCommandTests.environment["HANDSET_MASTER_KEY"]!))
            }
            let human = try CommandRun(["plan", fleet.path, "-o", out.path, "--diff",
                                        "--secrets", fleet.appendingPathComponent("secrets.yaml").path],
                                       environment: BuildCommandTests.environment)
            #expect(human.stdout.contains("+account.1.password = ********"))
        }
    }
}
