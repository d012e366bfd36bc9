import Foundation
import HandsetTestSupport
import Testing

/// The `validate` command's contract: exit codes, formats, --strict.
struct ValidateCommandTests {
    private let clean = """
        handset: 1
        provisioning: {url: https://prov.example.net}
        tenants:
          - tenant: acme
            sip: {server: pbx.example.net}
            provisioning: {username: acme, password: derived}
            extensions: [{number: "100", password: PLAIN}]
            devices:
              - {mac: 00:15:65:00:00:01, model: yealink/t54w, lines: ["100"]}
        """

    @Test func warningPassesButFailsUnderStrict() throws {
        let fleet = try TemporaryFleet(["handset.yaml": clean])
        defer { fleet.remove() }
        let plain = try CommandRun(["validate", fleet.root.path])
        #expect(plain.status == 0)
        #expect(plain.stdout.contains("warning[W0602]"))
        let strict = try CommandRun(["validate", fleet.root.path, "--strict"])
        #expect(strict.status == 1)
        #expect(strict.stdout.contains("error[W0602]"))
    }

    @Test func humanFormatQuotesTheLineWithACaret() throws {
        let fleet = try TemporaryFleet(["handset.yaml": clean.replacingOccurrences(of: "yealink/t54w", with: "yealink/t54x")])
        defer { fleet.remove() }
        let run = try CommandRun(["validate", fleet.root.path])
        #expect(run.status == 1)
        #expect(run.stdout.contains("handset.yaml:9:41: error[E0401]: unknown model 'yealink/t54x'"))
        #expect(run.stdout.contains("   |" + String(repeating: " ", count: 41) + "^~~~~~~~~~~~\n"))
        #expect(run.stdout.contains("hint: did you mean 'yealink/t54w'?"))
    }

    @Test func githubFormatWritesWorkflowCommands() throws {
        let fleet = try TemporaryFleet(["handset.yaml": clean.replacingOccurrences(of: "\"100\"]}", with: "\"101\"]}")])
        defer { fleet.remove() }
        let run = try CommandRun(["validate", fleet.root.path, "--format", "github", "--path-base", fleet.root.path])
        #expect(run.status == 1)
        #expect(run.stdout.contains("::error file=handset.yaml,line=9,col="))
        #expect(run.stdout.contains("title=E0302::"))
    }

    @Test func unreadableInputExits74() throws {
        let run = try CommandRun(["validate", "/nonexistent/fleet"])
        #expect(run.status == 74)
        #expect(run.stderr.contains("/nonexistent/fleet"))
    }

    @Test func usageErrorExits64() throws {
        let run = try CommandRun(["validate", "--format", "xml"])
        #expect(run.status == 64)
    }

    @Test func modelsListsTheCatalog() throws {
        let run = try CommandRun(["models", "--format", "json"])
        #expect(run.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        let models = object?["models"] as? [[String: Any]] ?? []
        #expect(models.contains { $0["model"] as? String == "yealink/t54w" })
        #expect(models.contains { $0["model"] as? String == "yealink/t46g" && $0["end_of_life"] != nil })
    }
}
