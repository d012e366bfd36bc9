import Foundation
import HandsetCore
import HandsetTestSupport
import Testing

/// Issue #13, item 1: no fleet input is read from outside the fleet folder, from a FIFO or device, or beyond
/// the size cap; and what is refused is never quoted.
struct ConfinementTests {
    static let handset = "handset: 1\nprovisioning: {url: https://prov.example.net}\ninclude: [tenants/*.yaml]\n"
    /// What an attacker wants printed: it stands for CI's environment or /etc/shadow.
    static let loot = "HANDSET_MASTER_KEY=canary-7f3a9c-do-not-print\n"

    /// A fleet and, beside it (outside it), a file with `loot`.
    private func fleetWithOutsideFile() throws -> (TemporaryFleet, URL) {
        let fleet = try TemporaryFleet(["handset.yaml": Self.handset, "tenants/ok.yaml": "tenant: ok\n"])
        let outside = fleet.root.deletingLastPathComponent().appendingPathComponent("outside-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try Data(Self.loot.utf8).write(to: outside.appendingPathComponent("environ.yaml"))
        return (fleet, outside)
    }

    private func rendered(_ checked: Pipeline.Checked) -> String {
        DiagnosticFormat.allCases.map { DiagnosticRenderer(format: $0, files: checked.files).render(checked.diagnostics) }.joined()
    }

    @Test func symlinkedTenantFileOutsideIsRefusedAndNeverQuoted() throws {
        let (fleet, outside) = try fleetWithOutsideFile()
        defer { fleet.remove(); try? FileManager.default.removeItem(at: outside) }
        try FileManager.default.createSymbolicLink(atPath: fleet.root.path + "/tenants/x.yaml",
                                                   withDestinationPath: outside.path + "/environ.yaml")
        let checked = try fleet.check()
        let text = rendered(checked)
        #expect(checked.diagnostics.contains { $0.code == "E0013" && $0.message.contains("outside") }, "\(text)")
        #expect(!text.contains("canary-7f3a9c"))
    }

    @Test func symlinkedFolderOutsideIsRefused() throws {
        let (fleet, outside) = try fleetWithOutsideFile()
        defer { fleet.remove(); try? FileManager.default.removeItem(at: outside) }
        try FileManager.default.createSymbolicLink(atPath: fleet.root.path + "/more", withDestinationPath: outside.path)
        try fleet.write(Array(Self.handset.replacingOccurrences(of: "[tenants/*.yaml]", with: "[tenants/*.yaml, more/*.yaml]").utf8),
                        to: "handset.yaml")
        let checked = try fleet.check()
        #expect(checked.diagnostics.contains { $0.code == "E0013" && $0.message.contains("outside") }, "\(rendered(checked))")
        #expect(!rendered(checked).contains("canary-7f3a9c"))
    }

    @Test func linkToDeviceIsRefused() throws {
        let fleet = try TemporaryFleet(["handset.yaml": Self.handset, "tenants/ok.yaml": "tenant: ok\n"])
        defer { fleet.remove() }
        try FileManager.default.createSymbolicLink(atPath: fleet.root.path + "/tenants/zero.yaml", withDestinationPath: "/dev/zero")
        let checked = try fleet.check()
        #expect(checked.diagnostics.contains { $0.code == "E0013" && $0.message.contains("outside") })
    }

    @Test(.timeLimit(.minutes(1))) func fifoIsRefusedWithoutWaiting() throws {
        let fleet = try TemporaryFleet(["handset.yaml": Self.handset, "tenants/ok.yaml": "tenant: ok\n"])
        defer { fleet.remove() }
        #expect(mkfifo(fleet.root.path + "/tenants/pipe.yaml", 0o600) == 0)
        let checked = try fleet.check()
        #expect(checked.diagnostics.contains { $0.code == "E0013" && $0.message.contains("not a regular file") })
    }

    @Test func rootFileLinkingOutIsRefused() throws {
        let (fleet, outside) = try fleetWithOutsideFile()
        defer { fleet.remove(); try? FileManager.default.removeItem(at: outside) }
        try FileManager.default.removeItem(at: fleet.root.appendingPathComponent("handset.yaml"))
        try FileManager.default.createSymbolicLink(atPath: fleet.root.path + "/handset.yaml", withDestinationPath: outside.path + "/environ.yaml")
        #expect { _ = try fleet.check() } throws: { "\($0)".contains("outside the fleet folder") && !"\($0)".contains("canary") }
    }

    @Test func oversizedFileIsRefusedWithItsSize() throws {
        let fleet = try TemporaryFleet(["handset.yaml": Self.handset, "tenants/ok.yaml": "tenant: ok\n"])
        defer { fleet.remove() }
        // Sparse: the test writes no 64 MiB, the loader sees them.
        let path = fleet.root.path + "/tenants/big.yaml"
        #expect(FileManager.default.createFile(atPath: path, contents: Data("tenant: big\n".utf8)))
        #expect(truncate(path, off_t(FleetLoader.maximumFileBytes + 1)) == 0)
        #expect { _ = try fleet.check() } throws: { "\($0)".contains("larger than 64 MiB") }
    }

    @Test func symlinkInsideTheFleetIsStillRead() throws {
        let fleet = try TemporaryFleet(["handset.yaml": Self.handset, "common/acme.yaml": "tenant: acme\n"])
        defer { fleet.remove() }
        try FileManager.default.createDirectory(at: fleet.root.appendingPathComponent("tenants"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: fleet.root.path + "/tenants/acme.yaml", withDestinationPath: "../common/acme.yaml")
        let checked = try fleet.check()
        #expect(!checked.diagnostics.contains { $0.code == "E0013" })
        #expect(checked.fleet.tenants.map(\.id.value) == ["acme"])
    }
}
