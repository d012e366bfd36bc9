import Foundation
import HandsetCore
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

    /// Compares what a build of `checked` would write (and the nginx files for `serving`) with the current
    /// release under `output`, the way `build` goes about it: a tenant whose inputs are unchanged and whose tree
    /// is intact (`Publisher.reusableTrees`) is neither emitted nor read back; the others are emitted in batches
    /// and only their changed files kept.
    public static func compute(_ checked: Pipeline.Checked, secrets: [TenantSecrets], inputs: BuildInputs,
                               serving: Serving?, output: String,
                               progress: (@Sendable (Publisher.Progress) -> Void)? = nil) throws(PublishError) -> Plan {
        let reuse = Publisher(output: output).reusableTrees(inputs.tenants)
        var batches = FleetEmitter.Batches(checked, secrets: secrets, skipping: reuse.tenants)
        return try compute(next: { batches.next() }, total: (batches.tenantCount, batches.deviceCount),
                           fleetTenants: Set(checked.fleet.tenants.map(\.id.value)), reused: reuse.tenants, serving: serving,
                           output: output, progress: progress)
    }

    /// Compares `outputs`, all of the fleet's tenants, with the current release (tests).
    public static func compute(_ outputs: [FleetEmitter.TenantOutput], serving: Serving?, output: String) throws(PublishError) -> Plan {
        var pending: [FleetEmitter.TenantOutput]? = outputs
        return try compute(next: { defer { pending = nil }; return pending },
                           total: (outputs.count, outputs.reduce(0) { $0 + $1.devices }),
                           fleetTenants: Set(outputs.map(\.tenant)), reused: [], serving: serving, output: output, progress: nil)
    }

    private static func compute(next: () -> [FleetEmitter.TenantOutput]?, total: (tenants: Int, devices: Int),
                                fleetTenants: Set<String>, reused: Set<String>, serving: Serving?, output: String,
                                progress: (@Sendable (Publisher.Progress) -> Void)?) throws(PublishError) -> Plan {
        let layout = OutputLayout(root: output)
        let release = layout.currentRelease
        // Read only when a file is removed (the index of a large fleet is 200,000 lines).
        var macs: [String: [String: String]]?
        func oldMAC(_ tenant: String, _ path: String) -> String? {
            if macs == nil { macs = release.map { Self.macs(inIndex: layout.release($0) + "/index") } ?? [:] }
            return macs?[tenant]?[path]
        }
        var tenants: [Tenant] = []
        var done = Publisher.Progress(tenants: 0, tenantsTotal: total.tenants, devices: 0, devicesTotal: total.devices)
        while let batch = next() {
            for output in batch {
                let tree = release.flatMap { layout.treeHash(in: $0, tenant: output.tenant) }.map { layout.tree(output.tenant, $0) }
                let comparison = TreeComparison(output.files, previousTree: tree)
                var files: [File] = []
                for (file, status) in zip(output.files, comparison.statuses) where status != .unchanged {
                    files.append(File(path: file.path, change: status == .added ? .added : .changed, mac: file.mac,
                                      old: tree.flatMap { FileSystem.read($0 + "/" + file.path) }, new: file.bytes))
                }
                for path in comparison.removed {
                    files.append(File(path: path, change: .removed, mac: oldMAC(output.tenant, path),
                                      old: tree.flatMap { FileSystem.read($0 + "/" + path) }, new: nil))
                }
                if !files.isEmpty { tenants.append(Tenant(tenant: output.tenant, files: files.sorted { $0.path < $1.path })) }
            }
            done.tenants += batch.count
            done.devices += batch.reduce(0) { $0 + $1.devices }
            progress?(done)
        }
        for gone in release.map({ layout.tenants(in: $0) }) ?? [] where !fleetTenants.contains(gone) {
            let tree = layout.release(release!) + "/www/" + gone
            let files = TreeComparison.relativeFiles(in: tree).sorted().map {
                File(path: $0, change: .removed, mac: oldMAC(gone, $0), old: FileSystem.read(tree + "/" + $0), new: nil)
            }
            tenants.append(Tenant(tenant: gone, files: files))
        }
        var nginx: [File] = []
        if let serving {
            let root = serving.servedFrom ?? (try? FileSystem.realPath(layout.root)) ?? URL(fileURLWithPath: layout.root).standardizedFileURL.path
            for file in try NginxFiles(serving, root: root, reusing: release.map { (layout.release($0), reused) }).files {
                let old = release.flatMap { FileSystem.read(layout.release($0) + "/" + file.path) }
                if old != file.bytes {
                    nginx.append(File(path: file.path, change: old == nil ? .added : .changed, mac: nil, old: old, new: file.bytes))
                }
            }
        }
        return Plan(release: release, tenants: tenants.sorted { $0.tenant < $1.tenant }, nginx: nginx)
    }

    /// Tenant -> path -> MAC of every per-device file a release's index lists.
    private static func macs(inIndex path: String) -> [String: [String: String]] {
        guard let bytes = FileSystem.read(path), let index = ReleaseIndex.read(bytes) else { return [:] }
        return index.mapValues { tree in
            Dictionary(tree.entries.compactMap { entry in entry.mac.map { (entry.path, $0) } }, uniquingKeysWith: { a, _ in a })
        }
    }
}
