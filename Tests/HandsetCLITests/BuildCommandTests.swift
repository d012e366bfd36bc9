import Foundation
import HandsetTestSupport
import Testing

/// `build`, `show` and `rollback` through the real binary.
struct BuildCommandTests {
    /// Obviously fake values: tests must not hold anything that looks like a real secret.
    static let environment = [
        "HANDSET_MASTER_KEY": "test-only-master-key-0123456789abcdefghij",
        "ACME_PROV_PASSWORD": "canary-prov-7Q",
    ]
    static let secrets = """
        acme: {admin: canary-admin-3X, "100": canary-sip-100, "101": canary-sip-101, "102": canary-sip-102}
        """

    private func temporary() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("handset-cli-\(UUID().uuidString)")
    }

    private func buildMultiTenant(to out: URL, fleet: String = "examples/multi-tenant", _ options: [String] = []) throws -> CommandRun {
        let secretsFile = out.deletingLastPathComponent().appendingPathComponent(out.lastPathComponent + "-secrets.yaml")
        try Data(Self.secrets.utf8).write(to: secretsFile)
        return try CommandRun(["build", fleet, "-o", out.path, "--secrets", secretsFile.path] + options,
                              environment: Self.environment, in: Fixtures.packageRoot)
    }

    /// Every file under `root` (following the release symlinks) with its bytes.
    private func snapshot(_ root: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        let base = root.resolvingSymlinksInPath()
        for tenant in try FileManager.default.contentsOfDirectory(atPath: base.path) {
            let tree = base.appendingPathComponent(tenant).resolvingSymlinksInPath()
            for name in FileManager.default.subpaths(atPath: tree.path) ?? [] {
                out[tenant + "/" + name] = FileManager.default.contents(atPath: tree.appendingPathComponent(name).path)
            }
        }
        return out
    }

    @Test func smallOfficeBuildsAsTheReadmeSays() throws {
        let out = temporary()
        defer { try? FileManager.default.removeItem(at: out) }
        let run = try CommandRun(["build", "examples/small-office", "-o", out.path,
                                  "--secrets", "examples/small-office/demo-secrets.yaml"], in: Fixtures.packageRoot)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("release "))
        #expect(FileManager.default.fileExists(atPath: out.path + "/current/www/bakery/001565123456.cfg"))
    }

    @Test func buildingTwiceGivesTheSameBytesAndNoNewRelease() throws {
        let a = temporary(), b = temporary()
        defer { try? FileManager.default.removeItem(at: a); try? FileManager.default.removeItem(at: b) }
        #expect(try buildMultiTenant(to: a).status == 0)
        #expect(try buildMultiTenant(to: b).status == 0)
        let first = try snapshot(a.appendingPathComponent("current/www"))
        #expect(!first.isEmpty)
        #expect(first == (try snapshot(b.appendingPathComponent("current/www"))))
        let again = try buildMultiTenant(to: a)
        #expect(again.status == 0)
        #expect(again.stdout.hasPrefix("no changes"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: a.path + "/releases").count == 1)
    }

    @Test func aChangedSecretValueIsANewBuildAlthoughNoFileChanged() throws {
        let out = temporary()
        defer { try? FileManager.default.removeItem(at: out) }
        #expect(try buildMultiTenant(to: out).status == 0)
        #expect(try buildMultiTenant(to: out).stdout.hasPrefix("no changes"))
        func htpasswd(_ tenant: String) -> Data? { FileManager.default.contents(atPath: out.path + "/current/nginx/htpasswd/" + tenant) }
        let (acme, globex) = (htpasswd("acme"), htpasswd("globex"))
        let secretsFile = out.deletingLastPathComponent().appendingPathComponent(out.lastPathComponent + "-secrets.yaml")
        let changed = try CommandRun(["build", "examples/multi-tenant", "-o", out.path, "--secrets", secretsFile.path],
                                     environment: Self.environment.merging(["ACME_PROV_PASSWORD": "canary-prov-rotated"]) { $1 },
                                     in: Fixtures.packageRoot)
        #expect(changed.status == 0, "\(changed.stderr)")
        #expect(changed.stdout.hasPrefix("release "), "\(changed.stdout)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path + "/releases").count == 2)
        // Only acme's secret changed: the other two tenants' trees are taken over, acme's files carry the new value.
        #expect(changed.stdout.contains("reused: 2 tenants"), "\(changed.stdout)")
        let files = try snapshot(out.appendingPathComponent("current/www"))
        #expect(files.contains { $0.key.hasPrefix("acme/") && String(decoding: $0.value, as: UTF8.self).contains("canary-prov-rotated") })
        // acme's htpasswd is crypted anew for the new password; globex's is taken over from the previous release.
        #expect(htpasswd("acme") != nil && htpasswd("acme") != acme)
        #expect(htpasswd("globex") != nil && htpasswd("globex") == globex)
    }

    /// A build that takes over the trees of unchanged tenants must publish exactly what a build from scratch of
    /// the same fleet publishes: same files, same manifest, same index. (Both are served from one path, so that
    /// their nginx files, which the manifest lists, are the same too.)
    @Test func reusingUnchangedTenantsGivesTheSameReleaseAsAFullBuild() throws {
        let fleet = temporary(), incremental = temporary(), full = temporary()
        let served = ["--served-from", "/srv/handset"]
        defer { for url in [fleet, incremental, full] { try? FileManager.default.removeItem(at: url) } }
        try FileManager.default.copyItem(at: Fixtures.packageRoot.appendingPathComponent("examples/multi-tenant"), to: fleet)
        #expect(try buildMultiTenant(to: incremental, fleet: fleet.path, served).status == 0)

        let globex = fleet.appendingPathComponent("tenants/globex.yaml")
        let text = try String(contentsOf: globex, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "label: HQ", with: "label: Head office").utf8).write(to: globex)
        let second = try buildMultiTenant(to: incremental, fleet: fleet.path, served)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains("reused: 2 tenants"), "\(second.stdout)")
        #expect(try buildMultiTenant(to: full, fleet: fleet.path, served).status == 0)

        let files = try snapshot(incremental.appendingPathComponent("current/www"))
        #expect(files == (try snapshot(full.appendingPathComponent("current/www"))))
        #expect(files.values.contains { String(decoding: $0, as: UTF8.self).contains("Head office") })
        for name in ["manifest.json", "index"] {
            let a = FileManager.default.contents(atPath: incremental.path + "/current/" + name)
            #expect(a != nil && a == FileManager.default.contents(atPath: full.path + "/current/" + name), "\(name) differs")
        }
    }

    /// A change that leaves every file as it was (a comment) creates no release, but the next build still takes
    /// over every tree: the current release's index learns the new input digests.
    @Test func aCommentOnlyChangeCreatesNothingAndLaterBuildsReuseEveryTree() throws {
        let fleet = temporary(), out = temporary()
        defer { for url in [fleet, out] { try? FileManager.default.removeItem(at: url) } }
        try FileManager.default.copyItem(at: Fixtures.packageRoot.appendingPathComponent("examples/multi-tenant"), to: fleet)
        #expect(try buildMultiTenant(to: out, fleet: fleet.path).status == 0)
        let globex = fleet.appendingPathComponent("tenants/globex.yaml")
        try Data((try String(contentsOf: globex, encoding: .utf8) + "# reviewed\n").utf8).write(to: globex)
        let commented = try buildMultiTenant(to: out, fleet: fleet.path)
        #expect(commented.status == 0, "\(commented.stderr)")
        #expect(commented.stdout.hasPrefix("no changes"), "\(commented.stdout)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path + "/releases").count == 1)

        let acme = fleet.appendingPathComponent("tenants/acme.yaml")
        try Data((try String(contentsOf: acme, encoding: .utf8) + "# reviewed\n").utf8).write(to: acme)
        let next = try buildMultiTenant(to: out, fleet: fleet.path)
        #expect(next.stdout.contains("reused: 2 tenants"), "\(next.stdout)")
        // And the release's fingerprint was brought up to date: the same input again stops before emitting.
        #expect(try buildMultiTenant(to: out, fleet: fleet.path).stdout.contains("its inputs are unchanged"))
    }

    @Test func secretValuesAreNeverPrinted() throws {
        let out = temporary()
        defer { try? FileManager.default.removeItem(at: out) }
        let build = try buildMultiTenant(to: out)
        let show = try CommandRun(["show", "00:15:65:12:34:56", "examples/multi-tenant"], in: Fixtures.packageRoot)
        #expect(show.status == 0, "\(show.stderr)")
        #expect(show.stdout.contains("********"))
        for run in [build, show] {
            for canary in ["canary-", Self.environment["HANDSET_MASTER_KEY"]!] {
                #expect(!run.stdout.contains(canary) && !run.stderr.contains(canary))
            }
        }
        // ...while the files themselves carry them.
        let cfg = try String(contentsOfFile: out.path + "/current/www/acme/001565123456.cfg", encoding: .utf8)
        #expect(cfg.contains("canary-sip-100"))
    }

    @Test func aFailedBuildLeavesCurrentUntouched() throws {
        let out = temporary(), broken = temporary()
        defer { try? FileManager.default.removeItem(at: out); try? FileManager.default.removeItem(at: broken) }
        #expect(try buildMultiTenant(to: out).status == 0)
        let before = try FileManager.default.destinationOfSymbolicLink(atPath: out.path + "/current")
        let listing = FileManager.default.subpaths(atPath: out.path)?.sorted()
        try FileManager.default.copyItem(at: Fixtures.packageRoot.appendingPathComponent("examples/multi-tenant"), to: broken)
        let tenant = broken.appendingPathComponent("tenants/globex.yaml")
        let text = try String(contentsOf: tenant, encoding: .utf8).replacingOccurrences(of: "blf: \"0100\"", with: "blf: \"0999\"")
        try Data(text.utf8).write(to: tenant)
        let run = try buildMultiTenant(to: out, fleet: broken.path)
        #expect(run.status == 1)
        #expect(run.stderr.contains("E0301"))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: out.path + "/current") == before)
        #expect(FileManager.default.subpaths(atPath: out.path)?.sorted() == listing)
    }

    @Test func missingSecretsAreNamedAndNothingIsWritten() throws {
        let out = temporary()
        defer { try? FileManager.default.removeItem(at: out) }
        let run = try CommandRun(["build", "examples/multi-tenant", "-o", out.path], in: Fixtures.packageRoot)
        #expect(run.status == 1)
        #expect(run.stderr.contains("ACME_PROV_PASSWORD"))
        #expect(run.stderr.contains("HANDSET_MASTER_KEY"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func rollbackWithoutAnOlderReleaseFails() throws {
        let out = temporary()
        defer { try? FileManager.default.removeItem(at: out) }
        #expect(try buildMultiTenant(to: out).status == 0)
        let run = try CommandRun(["rollback", "-o", out.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("no release older"))
    }
}
