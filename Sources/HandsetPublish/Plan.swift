import Foundation
import HandsetEmitters

/// What a build would change against `OUT/current`, per tenant and file, computed without writing anything.
public struct Plan: Sendable {
    public enum Change: String, Sendable { case added, changed, removed }

    public struct File: Sendable {
        public var path: String
        public var change: Change
        /// The device the file belongs to, for per-MAC files.
        public var mac: String?
        public var old: [UInt8]?
        public var new: [UInt8]?
    }

    public struct Tenant: Sendable {
        public var tenant: String
        public var files: [File]
        /// MACs whose own files change: the phones to resync.
        public var devices: [String] {
            var seen = Set<String>()
            return files.compactMap(\.mac).filter { seen.insert($0).inserted }
        }
    }

    /// The release compared against; nil when OUT has none yet.
    public var release: String?
    /// Tenants with at least one change, by id.
    public var tenants: [Tenant]
    /// Changes of the release's nginx files (`nginx/http.conf`, ...).
    public var nginx: [File]

    public var hasChanges: Bool { !tenants.isEmpty || !nginx.isEmpty }

    /// Compares `outputs` (and the nginx files for `serving`) with the current release under `output`.
    public static func compute(_ outputs: [FleetEmitter.TenantOutput], serving: Serving?, output: String) throws(PublishError) -> Plan {
        let layout = OutputLayout(root: output)
        let release = layout.currentRelease
        let oldMACs = release.map { Self.macs(inManifest: layout.release($0) + "/manifest.json") } ?? [:]
        var tenants: [Tenant] = []
        for output in outputs.sorted(by: { $0.tenant < $1.tenant }) {
            let tree = release.flatMap { layout.treeHash(in: $0, tenant: output.tenant) }.map { layout.tree(output.tenant, $0) }
            let comparison = TreeComparison(output.files, previousTree: tree)
            var files: [File] = []
            for (file, status) in zip(output.files, comparison.statuses) where status != .unchanged {
                files.append(File(path: file.path, change: status == .added ? .added : .changed, mac: file.mac,
                                  old: tree.flatMap { FileSystem.read($0 + "/" + file.path) }, new: file.bytes))
            }
            for path in comparison.removed {
                files.append(File(path: path, change: .removed, mac: oldMACs[output.tenant + "/" + path],
                                  old: tree.flatMap { FileSystem.read($0 + "/" + path) }, new: nil))
            }
            if !files.isEmpty { tenants.append(Tenant(tenant: output.tenant, files: files.sorted { $0.path < $1.path })) }
        }
        let kept = Set(outputs.map(\.tenant))
        for gone in release.map({ layout.tenants(in: $0) }) ?? [] where !kept.contains(gone) {
            let tree = layout.release(release!) + "/www/" + gone
            let files = TreeComparison.relativeFiles(in: tree).sorted().map {
                File(path: $0, change: .removed, mac: oldMACs[gone + "/" + $0], old: FileSystem.read(tree + "/" + $0), new: nil)
            }
            tenants.append(Tenant(tenant: gone, files: files))
        }
        var nginx: [File] = []
        if let serving {
            let root = serving.servedFrom ?? (try? FileSystem.realPath(layout.root)) ?? URL(fileURLWithPath: layout.root).standardizedFileURL.path
            for file in try NginxFiles(serving, root: root).files {
                let old = release.flatMap { FileSystem.read(layout.release($0) + "/" + file.path) }
                if old != file.bytes {
                    nginx.append(File(path: file.path, change: old == nil ? .added : .changed, mac: nil, old: old, new: file.bytes))
                }
            }
        }
        return Plan(release: release, tenants: tenants.sorted { $0.tenant < $1.tenant }, nginx: nginx)
    }

    /// Path -> MAC of every per-device file a release's manifest lists.
    private static func macs(inManifest path: String) -> [String: String] {
        guard let data = FileSystem.read(path),
              let object = try? JSONSerialization.jsonObject(with: Data(data)) as? [String: Any],
              let files = object["files"] as? [[String: Any]] else { return [:] }
        var out: [String: String] = [:]
        for file in files {
            if let path = file["path"] as? String, let mac = file["mac"] as? String { out[path] = mac }
        }
        return out
    }
}
