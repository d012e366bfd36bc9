import Foundation
import HandsetCore
import HandsetTestSupport
import Testing

/// Issue #13 (systematic): unique canary secrets, from every source (environment, secrets file, derived), go
/// through validate, build, plan (with and without --diff) and show in every format. Printed output holds none of
/// them; on disk each appears only in the files of the tenant, and for SIP passwords of the devices, it belongs to.
struct SecretCanaryTests {
    static let masterKey = "test-only-canary-master-key-0123456789abcdef"

    static let fleet: [String: String] = [
        "handset.yaml": "handset: 1\nprovisioning: {url: https://prov.example.net}\ninclude: [tenants/*.yaml]\n",
        "tenants/acme.yaml": """
            tenant: acme
            sip: {server: pbx.acme.example.net}
            provisioning: {username: acme, password: "${env:ACME_PROV_PASSWORD}"}
            admin_password: "${secret:acme/admin}"
            extensions:
              - {number: "100", name: Alice, password: "${secret:acme/100}"}
              - {number: "101", name: Bob, password: "${env:ACME_SIP_101}"}
              - {number: "102", name: Carol, password: "${secret:acme/102}"}
            contacts: [{name: Dora, numbers: {work: "+49 30 1234567"}}]
            devices:
              - {mac: 00:15:65:00:00:01, model: yealink/t54w, lines: ["100"], keys: [line, {blf: "101"}]}
              - {mac: 00:04:13:00:00:02, model: snom/d785, lines: ["101"]}
              - {mac: 00:1f:c1:00:00:03, model: htek/uc926, lines: ["102"]}
            """,
        "tenants/globex.yaml": """
            tenant: globex
            sip: {server: pbx.globex.example.net}
            provisioning: {username: globex, password: derived}
            admin_password: "${env:GLOBEX_ADMIN}"
            extensions:
              - {number: "200", name: Erin, password: derived}
              - {number: "201", name: Finn, password: "${secret:globex/201}"}
            contacts: [{name: Gus, numbers: {work: "+49 30 7654321"}}]
            devices:
              - {mac: 00:1f:c1:00:00:04, model: htek/uc926, lines: ["200"]}
              - {mac: 00:04:13:00:00:05, model: snom/d785, lines: ["201"]}
              - {mac: 00:15:65:00:00:06, model: yealink/t54w, lines: ["200", "201"]}
            """,
    ]

    /// What a canary is: whose, and which devices (by MAC) may carry it; nil devices means any file of the tenant.
    struct Canary {
        var value: String
        var tenant: String
        var macs: Set<String>?
    }

    /// The secret values of generation `g` (a second generation changes every one, for diffs).
    static func canaries(_ g: Int) -> (canaries: [Canary], environment: [String: String], secrets: String) {
        let key = masterKey + String(g)
        func derived(_ tenant: String, _ field: String) -> String {
            SecretSources.derive(masterKey: Array(key.utf8), tenant: tenant, field: field)
        }
        let acmeProv = "cnry\(g)-acme-prov", acmeAdmin = "cnry\(g)-acme-admin", acme100 = "cnry\(g)-acme-100"
        let acme101 = "cnry\(g)-acme-101", acme102 = "cnry\(g)-acme-102", globexAdmin = "cnry\(g)-globex-admin"
        let globex201 = "cnry\(g)-globex-201"
        let canaries = [
            Canary(value: acmeProv, tenant: "acme", macs: nil), Canary(value: acmeAdmin, tenant: "acme", macs: nil),
            Canary(value: acme100, tenant: "acme", macs: ["001565000001"]),
            Canary(value: acme101, tenant: "acme", macs: ["000413000002"]),
            Canary(value: acme102, tenant: "acme", macs: ["001fc1000003"]),
            Canary(value: derived("globex", "provisioning/password"), tenant: "globex", macs: nil),
            Canary(value: globexAdmin, tenant: "globex", macs: nil),
            Canary(value: derived("globex", "extensions/200/password"), tenant: "globex", macs: ["001fc1000004", "001565000006"]),
            Canary(value: globex201, tenant: "globex", macs: ["000413000005", "001565000006"]),
        ]
        let environment = ["HANDSET_MASTER_KEY": key, "ACME_PROV_PASSWORD": acmeProv, "ACME_SIP_101": acme101,
                           "GLOBEX_ADMIN": globexAdmin]
        let secrets = "acme: {admin: \(acmeAdmin), \"100\": \(acme100), \"102\": \(acme102)}\nglobex: {\"201\": \(globex201)}\n"
        return (canaries, environment, secrets)
    }

    private func run(_ arguments: [String], _ environment: [String: String]) throws -> CommandRun {
        try CommandRun(arguments, environment: environment)
    }

    /// Every regular file below `root` (not following links), relative path -> bytes.
    private func files(below root: URL) -> [String: String] {
        var out: [String: String] = [:]
        for path in FileManager.default.subpaths(atPath: root.path) ?? [] {
            let url = root.appendingPathComponent(path)
            guard let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .isSymbolicLinkKey]),
                  values.isRegularFile == true, values.isSymbolicLink != true,
                  let data = FileManager.default.contents(atPath: url.path) else { continue }
            out[path] = String(decoding: data, as: UTF8.self)
        }
        return out
    }

    @Test func canariesAppearOnlyWhereTheyBelong() throws {
        let fleet = try TemporaryFleet(Self.fleet)
        defer { fleet.remove() }
        let out = fleet.root.appendingPathComponent("out")
        let secretsFile = fleet.root.appendingPathComponent("secrets.yaml")
        let (first, environment, secrets) = Self.canaries(1)
        try Data(secrets.utf8).write(to: secretsFile)
        let (second, newEnvironment, newSecrets) = Self.canaries(2)
        let all = (first + second).map(\.value)
        func expectSilent(_ run: CommandRun, _ what: String) {
            for value in all where (run.stdout + run.stderr).contains(value) { Issue.record("\(what) printed \(value)") }
        }
        let formats = ["human", "json", "github"]
        let withSecrets = ["--secrets", secretsFile.path]

        for format in formats {
            expectSilent(try run(["validate", fleet.root.path, "--format", format], environment), "validate \(format)")
        }
        let build = try run(["build", fleet.root.path, "-o", out.path] + withSecrets, environment)
        #expect(build.status == 0, "\(build.stderr)")
        expectSilent(build, "build")

        // On disk: tenants' files hold their own canaries only, SIP passwords only in their devices' files; the
        // release's own files (manifest, index, fingerprint, nginx) hold none.
        let manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("current/manifest.json"))) as? [String: Any]
        var macOf: [String: String] = [:]
        for file in manifest?["files"] as? [[String: Any]] ?? [] {
            if let path = file["path"] as? String, let mac = file["mac"] as? String { macOf[path] = mac.lowercased() }
        }
        var seen = Set<String>()
        for (path, text) in files(below: out) {
            let parts = path.split(separator: "/").map(String.init)
            // trees/<tenant>/<hash>/<file...>
            let tenant = parts.first == "trees" && parts.count >= 4 ? parts[1] : nil
            let served = tenant.map { $0 + "/" + parts.dropFirst(3).joined(separator: "/") }
            for canary in first where text.contains(canary.value) {
                seen.insert(canary.value)
                guard let tenant, tenant == canary.tenant else { Issue.record("\(path) holds a secret of \(canary.tenant)"); continue }
                if let macs = canary.macs, !macs.contains(served.flatMap { macOf[$0] } ?? "") {
                    Issue.record("\(path) holds a SIP password of another device")
                }
            }
        }
        #expect(seen == Set(first.map(\.value)), "every canary reaches some file: missing \(Set(first.map(\.value)).subtracting(seen))")

        // Printing commands, before and after every secret changes (so diffs run over old and new values).
        for (env, text) in [(environment, secrets), (newEnvironment, newSecrets)] {
            try Data(text.utf8).write(to: secretsFile)
            for format in formats {
                for diff in [[], ["--diff"]] {
                    expectSilent(try run(["plan", fleet.root.path, "-o", out.path, "--format", format] + diff + withSecrets, env),
                                 "plan \(format) \(diff)")
                }
                for mac in ["00:15:65:00:00:01", "00:04:13:00:00:02", "00:1f:c1:00:00:03", "00:15:65:00:00:06"] {
                    expectSilent(try run(["show", mac, fleet.root.path, "--format", format], env), "show \(mac) \(format)")
                }
            }
        }
        _ = second
    }

    /// A password written in plain text (a warning), or one that merely starts like a reference (an error), is
    /// in git already, but never printed: the diagnostic names the field and the location, not the line.
    @Test func plainAndMalformedSecretsAreNotQuoted() throws {
        var files = Self.fleet
        files["tenants/acme.yaml"] = files["tenants/acme.yaml"]!
            .replacingOccurrences(of: "\"${env:ACME_PROV_PASSWORD}\"", with: "cnry-plain-prov")
            .replacingOccurrences(of: "\"${secret:acme/admin}\"", with: "\"$cnry-plain:admin\"")
        let fleet = try TemporaryFleet(files)
        defer { fleet.remove() }
        for format in ["human", "json", "github"] {
            let run = try run(["validate", fleet.root.path, "--format", format], Self.canaries(1).environment)
            #expect(run.status == 1)
            #expect((run.stdout + run.stderr).contains("W0602") && (run.stdout + run.stderr).contains("E0601"), "\(run.stdout)")
            #expect(!(run.stdout + run.stderr).contains("cnry-plain"), "\(format): \(run.stdout)")
        }
    }
}
