import Foundation
import HandsetEmitters
import HandsetPublish
import Testing

/// Issue #13, items 5, 6 and 11: one writer at a time, releases ordered by sequence, damaged trees repaired, a
/// damaged index read as absent.
struct PublisherHardeningTests {
    private let out = FileManager.default.temporaryDirectory.appendingPathComponent("handset-harden-\(UUID().uuidString)").path

    private func tenant(_ id: String, _ files: [String: String]) -> FleetEmitter.TenantOutput {
        FleetEmitter.TenantOutput(tenant: id, devices: files.count,
                                  files: files.keys.sorted().map { OutputFile(path: $0, text: files[$0]!, mac: nil) })
    }

    private func current() throws -> String { try FileManager.default.destinationOfSymbolicLink(atPath: out + "/current") }

    private func text(_ path: String) throws -> String { try String(contentsOfFile: out + "/current/www/" + path, encoding: .utf8) }

    @Test func releasesKeepBuildOrderWhenTheClockStepsBack() throws {
        defer { try? FileManager.default.removeItem(atPath: out) }
        // Every build one hour earlier than the one before (a clock stepped back), and two in the same second.
        let tick = Counter()
        let p = Publisher(output: out, keep: 3) { Date(timeIntervalSince1970: 1_800_000_000 - 3600 * Double(tick.next() / 2)) }
        var ids: [String] = []
        for n in 1...4 { ids.append(try p.publish([tenant("acme", ["a.cfg": "v\(n)"])]).release) }
        // --keep 3 dropped the first build, not a later one whose time sorts first.
        #expect(try FileManager.default.contentsOfDirectory(atPath: out + "/releases").sorted() == Array(ids.dropFirst()).sorted())
        let (from, to) = try Rollback.run(output: out)
        #expect(from == ids[3] && to == ids[2])
        #expect(try text("acme/a.cfg") == "v3")
        let next = try p.publish([tenant("acme", ["a.cfg": "v5"])]).release
        #expect(next.hasPrefix("000005-"), "\(next)")
    }

    @Test func anAbsurdCountInTheIndexIsABadIndexNotACrash() throws {
        defer { try? FileManager.default.removeItem(atPath: out) }
        let p = Publisher(output: out)
        _ = try p.publish([tenant("acme", ["a.cfg": "v1"])], reusing: p.reusableTrees(["acme": "in-1"]))
        let index = out + "/current/index"
        let lines = try String(contentsOfFile: index, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        var fields = lines[1].split(separator: " ").map(String.init)
        fields[5] = "999999999999999"
        try FileManager.default.removeItem(atPath: index)
        try Data(([String(lines[0]), fields.joined(separator: " ")] + lines.dropFirst(2).map(String.init)).joined(separator: "\n").utf8)
            .write(to: URL(fileURLWithPath: index))
        #expect(p.reusableTrees(["acme": "in-1"]).tenants.isEmpty)
        let report = try p.publish([tenant("acme", ["a.cfg": "v2"])], reusing: p.reusableTrees(["acme": "in-2"]))
        #expect(report.created)
        #expect(try text("acme/a.cfg") == "v2")
    }

    @Test func aHeldLockStopsAPublishBeforeItChangesAnything() throws {
        defer { try? FileManager.default.removeItem(atPath: out) }
        let p = Publisher(output: out)
        let first = try p.publish([tenant("acme", ["a.cfg": "v1"])])
        let held = try OutputLock(output: out)
        #expect { try p.publish([tenant("acme", ["a.cfg": "v2"])]) } throws: { "\($0)".contains("another handset build") }
        #expect { try Rollback.run(output: out) } throws: { "\($0)".contains("another handset build") }
        withExtendedLifetime(held) {}
        #expect(try current() == "releases/" + first.release)
        #expect(try text("acme/a.cfg") == "v1")
    }

    @Test(arguments: ["deleted", "edited", "edited in place", "extra"])
    func aDamagedTreeIsNotReusedAndIsRepaired(_ damage: String) throws {
        defer { try? FileManager.default.removeItem(atPath: out) }
        let p = Publisher(output: out)
        let inputs = ["acme": "in-1", "globex": "in-1"]
        let fleet = [tenant("acme", ["a.cfg": "acme-a", "b.cfg": "acme-b"]), tenant("globex", ["g.cfg": "globex-g"])]
        let first = try p.publish(fleet, reusing: p.reusableTrees(inputs))
        let file = out + "/current/www/acme/a.cfg"
        switch damage {
        case "deleted": try FileManager.default.removeItem(atPath: file)
        case "edited":
            // Same size, other bytes: only the hash tells.
            try FileManager.default.removeItem(atPath: file)
            try Data("acme-X".utf8).write(to: URL(fileURLWithPath: file))
        case "edited in place":
            // Same inode, same size: the modification time changes, so the stamp does, and the full check finds it.
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: file))
            try handle.write(contentsOf: Data("acme-Y".utf8))
            try handle.close()
        default: try Data("junk".utf8).write(to: URL(fileURLWithPath: out + "/current/www/acme/c.cfg"))
        }
        let reuse = p.reusableTrees(inputs)
        #expect(reuse.tenants == ["globex"])
        #expect(!p.currentReleaseIsIntact())
        // The same input again: the same release, with acme's tree written back.
        let again = try p.publish(fleet.filter { !reuse.tenants.contains($0.tenant) }, reusing: reuse)
        #expect(again.release == first.release)
        #expect(try text("acme/a.cfg") == "acme-a")
        #expect(!FileManager.default.fileExists(atPath: out + "/current/www/acme/c.cfg"))
        #expect(p.currentReleaseIsIntact())
        #expect(p.reusableTrees(inputs).tenants == ["acme", "globex"])
    }

    /// Stamps (`releases/<id>/stamps`) spare a build reading back unchanged trees: a tree whose files have new
    /// inodes (copied back from a backup) is read in full once, found intact, re-stamped, and reused.
    @Test func aCopiedTreeIsCheckedInFullOnceAndStampedAgain() throws {
        defer { try? FileManager.default.removeItem(atPath: out) }
        let p = Publisher(output: out)
        let inputs = ["acme": "in-1"]
        let first = try p.publish([tenant("acme", ["a.cfg": "acme-a", "sub/b.cfg": "acme-b"])], reusing: p.reusableTrees(inputs))
        let stamps = out + "/releases/" + first.release + "/stamps"
        let before = try String(contentsOfFile: stamps, encoding: .utf8)
        #expect(before.hasPrefix("handset-tree-stamps 1\nacme "))
        let tree = try FileManager.default.destinationOfSymbolicLink(atPath: out + "/current/www/acme")
        let path = URL(fileURLWithPath: out + "/releases/" + first.release + "/www/" + tree).standardized.path
        try FileManager.default.copyItem(atPath: path, toPath: path + "-copy")
        try FileManager.default.removeItem(atPath: path)
        try FileManager.default.moveItem(atPath: path + "-copy", toPath: path)

        #expect(p.reusableTrees(inputs).tenants == ["acme"])
        #expect(p.currentReleaseIsIntact())
        let after = try String(contentsOfFile: stamps, encoding: .utf8)
        #expect(after != before)
        #expect(p.currentReleaseIsIntact())
        #expect(try String(contentsOfFile: stamps, encoding: .utf8) == after)
    }

    /// The other side of the same bargain (documented in `TreeStamps`): a change that keeps a file's inode, size
    /// and time is not looked for. Only a deliberate act does that, and whoever can write to OUT can also
    /// rewrite the index.
    @Test func filesAreNotReadBackWhileTheirStampsHold() throws {
        defer { try? FileManager.default.removeItem(atPath: out) }
        let p = Publisher(output: out)
        let inputs = ["acme": "in-1"]
        _ = try p.publish([tenant("acme", ["a.cfg": "acme-a"])], reusing: p.reusableTrees(inputs))
        let file = out + "/current/www/acme/a.cfg"
        var info = stat()
        #expect(lstat(file, &info) == 0)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: file))
        try handle.write(contentsOf: Data("acme-Z".utf8))
        try handle.close()
        var times = [info.st_atim, info.st_mtim]
        #expect(utimensat(AT_FDCWD, file, &times, 0) == 0)
        #expect(p.reusableTrees(inputs).tenants == ["acme"])
    }
}
