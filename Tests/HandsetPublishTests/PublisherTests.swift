import Foundation
import HandsetEmitters
import HandsetPublish
import Testing

/// Publishing as DESIGN.md describes it: content-addressed trees, hard links for unchanged files, one switch.
struct PublisherTests {
    private let out = FileManager.default.temporaryDirectory.appendingPathComponent("handset-publish-\(UUID().uuidString)").path

    private func tenant(_ id: String, _ files: [String: String]) -> FleetEmitter.TenantOutput {
        FleetEmitter.TenantOutput(tenant: id, devices: files.count,
                                  files: files.keys.sorted().map { OutputFile(path: $0, text: files[$0]!, mac: nil) })
    }

    private var fleet: [FleetEmitter.TenantOutput] {
        [tenant("acme", ["001565000001.cfg": "a1", "001565000002.cfg": "a2", "y000000000000.boot": "boot"]),
         tenant("globex", ["001565000003.cfg": "g1"])]
    }

    /// A clock that moves one second per call, so each release gets its own id.
    private func publisher(keep: Int = 5) -> Publisher {
        let tick = Counter()
        return Publisher(output: out, keep: keep) { Date(timeIntervalSince1970: 1_800_000_000 + Double(tick.next())) }
    }

    private func inode(_ path: String) throws -> UInt64 {
        (try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? NSNumber)?.uint64Value ?? 0
    }

    private func current() throws -> String { try FileManager.default.destinationOfSymbolicLink(atPath: out + "/current") }

    @Test func firstBuildServesEveryFileThroughCurrent() throws {
        defer { try? FileManager.default.removeItem(atPath: out) }
        let report = try publisher().publish(fleet)
        #expect(report.created)
        #expect(try current() == "releases/" + report.release)
        #expect(try String(contentsOfFile: out + "/current/www/acme/001565000002.cfg", encoding: .utf8) == "a2")
        #expect(try String(contentsOfFile: out + "/current/www/globex/001565000003.cfg", encoding: .utf8) == "g1")
        let manifest = try String(contentsOfFile: out + "/current/manifest.json", encoding: .utf8)
        #expect(manifest.contains("\"path\": \"acme/001565000001.cfg\""))
        let attributes = try FileManager.default.attributesOfItem(atPath: out + "/current/www/acme/001565000001.cfg")
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o640)
        let folder = try FileManager.default.attributesOfItem(atPath: out + "/trees/acme")
        #expect((folder[.posixPermissions] as? NSNumber)?.intValue == 0o750)
    }

    @Test func sameInputCreatesNothing() throws {
        defer { try? FileManager.default.removeItem(atPath: out) }
        let p = publisher()
        let first = try p.publish(fleet)
        let second = try p.publish(fleet)
        #expect(!second.created)
        #expect(second.release == first.release)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out + "/releases").count == 1)
    }

    @Test func oneChangeWritesOneTreeAndLinksUnchangedFiles() throws {
        defer { try? FileManager.default.removeItem(atPath: out) }
        let p = publisher()
        _ = try p.publish(fleet)
        let oldUnchanged = try inode(out + "/current/www/acme/001565000001.cfg")
        let oldGlobexTree = try FileManager.default.destinationOfSymbolicLink(atPath: out + "/current/www/globex")
        var changed = fleet
        changed[0] = tenant("acme", ["001565000001.cfg": "a1", "001565000002.cfg": "a2-new", "y000000000000.boot": "boot"])
        let report = try p.publish(changed)
        #expect(report.created)
        let acme = try #require(report.tenants.first { $0.tenant == "acme" })
        #expect((acme.added, acme.changed, acme.unchanged, acme.removed) == (0, 1, 2, 0))
        #expect(try inode(out + "/current/www/acme/001565000001.cfg") == oldUnchanged)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: out + "/current/www/globex") == oldGlobexTree)
        #expect(try String(contentsOfFile: out + "/current/www/acme/001565000002.cfg", encoding: .utf8) == "a2-new")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out + "/trees/globex").count == 1)
    }

    @Test func onlyTenantsWithUnchangedInputsAndAServedTreeAreReused() throws {
        defer { try? FileManager.default.removeItem(atPath: out) }
        let p = publisher()
        let inputs = ["acme": "inputs-acme-1", "globex": "inputs-globex-1"]
        _ = try p.publish(fleet, reusing: p.reusableTrees(inputs))
        #expect(p.reusableTrees(inputs).tenants == ["acme", "globex"])
        #expect(p.reusableTrees(["acme": "inputs-acme-1", "globex": "inputs-globex-2"]).tenants == ["acme"])

        // A release built from the reused trees lists the same files as the one before: no new release, but the
        // current one's index learns globex's new input digest.
        let changed = ["acme": "inputs-acme-1", "globex": "inputs-globex-2"]
        let manifest = FileManager.default.contents(atPath: out + "/current/manifest.json")
        let report = try p.publish([fleet[1]], reusing: p.reusableTrees(changed))
        #expect(!report.created && report.reusedTenants == 1)
        #expect(FileManager.default.contents(atPath: out + "/current/manifest.json") == manifest)
        #expect(p.reusableTrees(changed).tenants == ["acme", "globex"])

        // A tree that is gone, or an index that is not ours, reuses nothing.
        let tree = try FileManager.default.destinationOfSymbolicLink(atPath: out + "/current/www/acme")
        try FileManager.default.removeItem(atPath: out + "/current/www/" + tree)
        #expect(p.reusableTrees(changed).tenants == ["globex"])
        try Data("not an index\n".utf8).write(to: URL(fileURLWithPath: out + "/current/index"))
        #expect(p.reusableTrees(changed).tenants.isEmpty)
    }

    @Test func keepRemovesOldReleasesAndTheirTrees() throws {
        defer { try? FileManager.default.removeItem(atPath: out) }
        let p = publisher(keep: 2)
        for n in 1...4 { _ = try p.publish([tenant("acme", ["001565000001.cfg": "v\(n)"])]) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: out + "/releases").count == 2)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out + "/trees/acme").count == 2)
    }

    @Test func rollbackSwitchesToThePreviousRelease() throws {
        defer { try? FileManager.default.removeItem(atPath: out) }
        let p = publisher()
        let first = try p.publish([tenant("acme", ["001565000001.cfg": "old"])])
        let second = try p.publish([tenant("acme", ["001565000001.cfg": "new"])])
        let (from, to) = try Rollback.run(output: out)
        #expect(from == second.release && to == first.release)
        #expect(try String(contentsOfFile: out + "/current/www/acme/001565000001.cfg", encoding: .utf8) == "old")
        #expect(throws: PublishError.self) { try Rollback.run(output: out) }
    }

    @Test func unsafePathsAreRefusedBeforeAnythingIsWritten() throws {
        defer { try? FileManager.default.removeItem(atPath: out) }
        for bad in ["../escape.cfg", "/abs.cfg", "a/../../b", "", "a//b"] {
            #expect(throws: PublishError.self) { try publisher().publish([tenant("acme", [bad: "x"])]) }
        }
        #expect(throws: PublishError.self) { try publisher().publish([tenant("../x", ["a.cfg": "x"])]) }
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func leftoversOfAnInterruptedBuildAreCleaned() throws {
        defer { try? FileManager.default.removeItem(atPath: out) }
        _ = try publisher().publish(fleet)
        try FileManager.default.createDirectory(atPath: out + "/releases/.tmp-half", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: out + "/trees/acme/.tmp-half", withIntermediateDirectories: true)
        _ = try publisher().publish([tenant("acme", ["001565000001.cfg": "changed"])])
        #expect(!FileManager.default.fileExists(atPath: out + "/releases/.tmp-half"))
        #expect(!FileManager.default.fileExists(atPath: out + "/trees/acme/.tmp-half"))
    }
}

final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()

    func next() -> Int {
        lock.lock(); defer { lock.unlock() }
        value += 1
        return value
    }
}
