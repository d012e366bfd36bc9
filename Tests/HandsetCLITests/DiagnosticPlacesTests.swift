import Foundation
import HandsetTestSupport
import Testing

/// Diagnostics a newcomer can act on: paths that open from where the command ran, every format on standard
/// output, one clear error for a tenant file given as the fleet, the root cause first, codecs in any case.
struct DiagnosticPlacesTests {
    static let fleet = """
        handset: 1
        provisioning: {url: https://prov.example.net}
        tenants:
          - tenant: acme
            sip: {server: pbx.example.net}
            provisioning: {username: acme, password: derived}
            extensions: [{number: "100", password: "${secret:acme/100}"}]
            devices:
              - {mac: 00:15:65:00:00:01, model: yealink/t54x, lines: ["100"]}
        """

    /// A repository folder holding the fleet in `fleet/`, as CI checks it out.
    private func repository(_ text: String = Self.fleet) throws -> TemporaryFleet {
        try TemporaryFleet(["fleet/handset.yaml": text])
    }

    @Test func humanPathsAreRelativeToTheCurrentFolderAndEveryFormatGoesToStandardOutput() throws {
        let repo = try repository()
        defer { repo.remove() }
        for format in ["human", "json", "github"] {
            let run = try CommandRun(["validate", "fleet", "--format", format], in: repo.root)
            #expect(run.status == 1, "\(format)")
            #expect(run.stderr.isEmpty, "\(format) wrote to stderr: \(run.stderr)")
            switch format {
            case "human": #expect(run.stdout.contains("fleet/handset.yaml:9:41: error[E0401]"))
            case "json": #expect(try BadInputCorpusTests.findings(fromJSON: run.stdout) == ["error[E0401] fleet/handset.yaml:9:41"])
            default: #expect(run.stdout.contains("::error file=fleet/handset.yaml,line=9,col=41"))
            }
        }
        let inside = try CommandRun(["validate", "."], in: repo.root.appendingPathComponent("fleet"))
        #expect(inside.stdout.contains("\nhandset.yaml:9:41:") || inside.stdout.hasPrefix("handset.yaml:9:41:"))
    }

    @Test func pathBaseNamesAnotherBase() throws {
        let repo = try repository()
        defer { repo.remove() }
        let fleet = repo.root.appendingPathComponent("fleet")
        let run = try CommandRun(["validate", fleet.path, "--format", "github", "--path-base", repo.root.path])
        #expect(run.stdout.contains("::error file=fleet/handset.yaml,line=9"))
        let nested = try CommandRun(["validate", ".", "--path-base", ".."], in: fleet)
        #expect(nested.stdout.contains("fleet/handset.yaml:9:41"))
    }

    @Test func aTenantFileGivenAsTheFleetGetsOneErrorNamingTheFleetFile() throws {
        let repo = try TemporaryFleet([
            "fleet/handset.yaml": "handset: 1\nprovisioning: {url: https://prov.example.net}\ninclude: [tenants/*.yaml]\n",
            "fleet/tenants/alpha.yaml": "tenant: alpha\nsip: {server: pbx.example.net}\n",
        ])
        defer { repo.remove() }
        let run = try CommandRun(["validate", "fleet/tenants/alpha.yaml"], in: repo.root)
        #expect(run.status == 64)
        #expect(run.stderr == "handset: error: fleet/tenants/alpha.yaml is a tenant file, not a fleet file; "
                + "validate the fleet that includes it: handset validate fleet/handset.yaml\n")
        #expect(run.stdout.isEmpty)
    }

    @Test func aSecretsFileThatDoesNotParseIsReportedAlone() throws {
        let repo = try repository(Self.fleet.replacingOccurrences(of: "yealink/t54x", with: "yealink/t54w"))
        defer { repo.remove() }
        try Data("acme: {\"100\": [unclosed\n".utf8).write(to: repo.root.appendingPathComponent("secrets.yaml"))
        let run = try CommandRun(["build", "fleet", "-o", "out", "--secrets", "secrets.yaml"],
                                 environment: ["HANDSET_MASTER_KEY": "test-only-master-key-0123456789abcdefghij"],
                                 in: repo.root)
        #expect(run.status == 1)
        #expect(run.stderr.contains("error[E0001]"))
        #expect(!run.stderr.contains("not in the secrets file"), "\(run.stderr)")
        #expect(run.stderr.contains("1 error, 0 warnings"))
    }

    @Test func codecNamesAreCaseInsensitiveAndARefusedNameIsNotAlsoAnEmptyList() throws {
        let upper = try repository(Self.fleet.replacingOccurrences(of: "yealink/t54x, ", with: "yealink/t54w, codecs: [G722, PCMA], "))
        defer { upper.remove() }
        let ok = try CommandRun(["validate", "fleet", "--quiet"], in: upper.root)
        #expect(ok.status == 0, "\(ok.stdout)")
        let g711 = try repository(Self.fleet.replacingOccurrences(of: "yealink/t54x, ", with: "yealink/t54w, codecs: [G711], "))
        defer { g711.remove() }
        let bad = try CommandRun(["validate", "fleet"], in: g711.root)
        #expect(bad.status == 1)
        #expect(bad.stdout.contains("error[E0106]"))
        #expect(!bad.stdout.contains("codecs is empty"), "\(bad.stdout)")
    }
}
