import Crypto
import Foundation
import HandsetCore
import HandsetEmitters

/// Writes a compiled fleet to `out/` as a new release and switches `current` to it in one rename.
///
/// Trees are content-addressed per tenant: an unchanged tenant reuses its tree as it is; a changed one gets a
/// new tree in which unchanged files are hard links to the previous tree (same inode and mtime, so ETags stay
/// stable). Everything new is flushed with one `syncfs` before the switch. A build equal to `current` writes
/// nothing. The caller has already checked that the fleet compiled without errors.
public struct Publisher: Sendable {
    public var output: String
    public var keep: Int
    /// Release ids start with the UTC time; injected so tests can fix it.
    public var now: @Sendable () -> Date

    /// Told after each batch of tenants is written (a build of a large fleet takes a while); nil by default.
    public var progress: (@Sendable (Progress) -> Void)?

    public init(output: String, keep: Int = 5, now: @escaping @Sendable () -> Date = { Date() }) {
        self.output = output
        self.keep = keep
        self.now = now
    }

    /// How far a build has come: tenants and devices emitted and written of those to emit.
    public struct Progress: Sendable, Equatable {
        public var tenants: Int
        public var tenantsTotal: Int
        public var devices: Int
        public var devicesTotal: Int

        public init(tenants: Int, tenantsTotal: Int, devices: Int, devicesTotal: Int) {
            self.tenants = tenants
            self.tenantsTotal = tenantsTotal
            self.devices = devices
            self.devicesTotal = devicesTotal
        }
    }

    /// Emits and publishes a checked fleet. A tenant whose input digest (`BuildInputs.tenants`) equals the one the
    /// current release recorded keeps that release's tree: it is neither emitted nor hashed again, so the work of a
    /// build grows with the tenants that changed. The others are emitted, hashed and written in batches
    /// (`FleetEmitter.Batches`), so memory holds one batch's files, not the fleet's. The fleet must be free of
    /// errors (the caller checked).
    public func build(_ checked: Pipeline.Checked, secrets: [TenantSecrets], inputs: BuildInputs,
                      serving: Serving? = nil) throws(PublishError) -> PublishReport {
        try checkServing(serving)
        let lock = try OutputLock(output: output)
        defer { withExtendedLifetime(lock) {} }
        let reuse = reusableTrees(inputs.tenants)
        var batches = FleetEmitter.Batches(checked, secrets: secrets, skipping: reuse.tenants)
        return try publishLocked(next: { batches.next() }, total: (batches.tenantCount, batches.deviceCount),
                                 reusing: reuse, serving: serving, fingerprint: inputs.fingerprint)
    }

    /// Which tenants' trees a build can take over from the current release unchanged, and their inputs.
    public struct Reuse: Sendable {
        /// Every tenant's input digest, by tenant id.
        public var inputs: [String: String]
        fileprivate var trees: [String: HashedTree]
        /// The stamps of the trees taken over, as just checked.
        var stamps: TreeStamps.Table = [:]

        /// The ids of the tenants that need not be emitted.
        public var tenants: Set<String> { Set(trees.keys) }

        /// Nothing reused: every tenant is emitted.
        public static let none = Reuse(inputs: [:], trees: [:])
    }

    /// The tenants whose input digest equals the one in the current release's index, and whose tree that
    /// release still serves, intact (every file of the index, of its size and hash, and no other; see
    /// `intactTrees`).
    public func reusableTrees(_ inputs: [String: String]) -> Reuse {
        var reuse = Reuse(inputs: inputs, trees: [:])
        let layout = OutputLayout(root: output)
        guard let release = layout.currentRelease, let bytes = FileSystem.read(layout.release(release) + "/index"),
              let index = ReleaseIndex.read(bytes) else { return reuse }
        var candidates: [HashedTree] = []
        for (tenant, digest) in inputs {
            guard let entry = index[tenant], entry.inputs == digest, PathSafety.isSafeRelativePath(tenant),
                  layout.treeHash(in: release, tenant: tenant) == entry.hash,
                  FileSystem.exists(layout.tree(tenant, entry.hash)) else { continue }
            candidates.append(entry)
        }
        let trees = candidates.map { TreeOnDisk(tenant: $0.tenant, hash: $0.hash, path: layout.tree($0.tenant, $0.hash), entries: $0.entries) }
        reuse.stamps = Self.intactTrees(trees, known: TreeStamps.read(release: layout.release(release)))
        for entry in candidates where reuse.stamps[entry.tenant] != nil { reuse.trees[entry.tenant] = entry }
        return reuse
    }

    /// Publishes `outputs` plus the trees `reuse` takes over (by default none); with `serving`, the release also
    /// carries the nginx files.
    public func publish(_ outputs: [FleetEmitter.TenantOutput], reusing reuse: Reuse = .none,
                        serving: Serving? = nil, fingerprint: String? = nil) throws(PublishError) -> PublishReport {
        // Before the lock, which creates OUT: refused output or options leave no trace.
        try checkPaths(outputs)
        try checkServing(serving)
        let lock = try OutputLock(output: output)
        defer { withExtendedLifetime(lock) {} }
        var pending: [FleetEmitter.TenantOutput]? = outputs
        let total = (outputs.count, outputs.reduce(0) { $0 + $1.devices })
        return try publishLocked(next: { defer { pending = nil }; return pending }, total: total,
                                 reusing: reuse, serving: serving, fingerprint: fingerprint)
    }

    /// Publishes the tenants `next` emits batch by batch (the benchmark times `next` apart), plus the trees
    /// `reuse` takes over; `total` is what the batches hold in all, for progress.
    public func publish(next: () -> [FleetEmitter.TenantOutput]?, total: (tenants: Int, devices: Int), reusing reuse: Reuse,
                        serving: Serving? = nil, fingerprint: String? = nil) throws(PublishError) -> PublishReport {
        try checkServing(serving)
        let lock = try OutputLock(output: output)
        defer { withExtendedLifetime(lock) {} }
        return try publishLocked(next: next, total: total, reusing: reuse, serving: serving, fingerprint: fingerprint)
    }

    /// Writes the tenants `next` gives, batch by batch (each batch's trees are written before the next is asked
    /// for, and only their entries kept), then the release that serves them and the reused trees.
    private func publishLocked(next: () -> [FleetEmitter.TenantOutput]?, total: (tenants: Int, devices: Int),
                               reusing reuse: Reuse, serving: Serving?, fingerprint: String?) throws(PublishError) -> PublishReport {
        let layout = OutputLayout(root: output)
        try prepare(layout)
        let previous = layout.currentRelease
        var nginx: NginxFiles?
        if let serving {
            var root = serving.servedFrom ?? ""
            if root.isEmpty { root = try FileSystem.realPath(layout.root) }
            nginx = try NginxFiles(serving, root: root, reusing: previous.map { (layout.release($0), reuse.tenants) })
        }
        var trees = Array(reuse.trees.values)
        var written: [PublishReport.Tenant] = []
        var stamps = reuse.stamps
        var done = Progress(tenants: 0, tenantsTotal: total.tenants, devices: 0, devicesTotal: total.devices)
        while let batch = next() {
            try checkPaths(batch)
            var hashed = hash(batch, inputs: reuse.inputs)
            written += try writeTrees(hashed, layout: layout, previous: previous)
            let fresh = ResultSlots<String>(count: hashed.count), writtenTrees = hashed
            DispatchQueue.concurrentPerform(iterations: writtenTrees.count) { index in
                let tree = writtenTrees[index]
                fresh[index] = TreeStamps.stamp(of: layout.tree(tree.tenant, tree.hash), entries: tree.entries)
            }
            for index in hashed.indices {
                stamps[hashed[index].tenant] = fresh[index].map { (hashed[index].hash, $0) }
                hashed[index].outputs = nil
            }
            trees += hashed
            done.tenants += batch.count
            done.devices += batch.reduce(0) { $0 + $1.devices }
            progress?(done)
        }
        trees.sort { $0.tenant < $1.tenant }
        let manifest = Manifest.render(trees, extraFiles: nginx?.manifestEntries ?? [])
        let reused = reuse.trees.count
        let writtenByTenant = Dictionary(written.map { ($0.tenant, $0) }, uniquingKeysWith: { a, _ in a })
        let counts = trees.map {
            writtenByTenant[$0.tenant] ?? .init(tenant: $0.tenant, devices: $0.devices, files: $0.entries.count, added: 0,
                                                changed: 0, unchanged: $0.entries.count, removed: 0)
        }

        if let previous, FileSystem.read(layout.release(previous) + "/manifest.json") == manifest {
            // Same output from other input (a comment edited, say): the release stays, but its index and
            // fingerprint, which only the next build reads, take the new digests, so that build reuses every tree.
            // Trees emitted again (not reused) may have been there because the served copy was damaged: they were
            // repaired in place above.
            let release = layout.release(previous)
            try replaceCache(ReleaseIndex.render(trees), named: "index", in: release)
            if let fingerprint { try replaceCache(Array(fingerprint.utf8), named: "fingerprint", in: release) }
            try? replaceCache(TreeStamps.render(stamps), named: "stamps", in: release)
            var report = PublishReport(release: previous, created: false, nginxChanged: false, tenants: counts, reusedTenants: reused)
            report.repairedTenants = written.filter { $0.added + $0.changed + $0.removed > 0 }.map(\.tenant).sorted()
            return report
        }

        let id = releaseID(manifest, layout: layout)
        let staging = layout.releases + "/" + OutputLayout.temporaryPrefix + id
        try FileSystem.makeDirectory(staging)
        try FileSystem.makeDirectory(staging + "/www")
        for tree in trees {
            try FileSystem.symbolicLink(OutputLayout.treeLink(tree.tenant, tree.hash), at: staging + "/www/" + tree.tenant)
        }
        try FileSystem.write(manifest, to: staging + "/manifest.json")
        try FileSystem.write(ReleaseIndex.render(trees), to: staging + "/index")
        try FileSystem.write(TreeStamps.render(stamps), to: staging + "/stamps")
        if let fingerprint { try FileSystem.write(Array(fingerprint.utf8), to: staging + "/fingerprint") }
        try nginx?.write(to: staging)
        try FileSystem.rename(staging, layout.release(id))

        try FileSystem.syncFileSystem(layout.root)
        try switchCurrent(to: id, layout: layout)
        try prune(layout, current: id)
        let nginxChanged = nginx.map { $0.differs(from: previous.map { layout.release($0) }) } ?? false
        return PublishReport(release: id, created: true, nginxChanged: nginxChanged, tenants: counts, reusedTenants: reused)
    }

    /// Hashes every tenant's files (in parallel).
    private func hash(_ outputs: [FleetEmitter.TenantOutput], inputs: [String: String]) -> [HashedTree] {
        let slots = ResultSlots<HashedTree>(count: outputs.count)
        DispatchQueue.concurrentPerform(iterations: outputs.count) {
            slots[$0] = HashedTree(outputs[$0], inputs: inputs[outputs[$0].tenant])
        }
        return slots.values
    }

    /// Refuses operator paths that cannot go into the nginx files (see `NginxConfig+Paths`).
    private func checkServing(_ serving: Serving?) throws(PublishError) {
        guard let serving else { return }
        let root = serving.servedFrom ?? URL(fileURLWithPath: output).standardizedFileURL.path
        try NginxConfig.check(root: root, accessLog: serving.accessLog)
    }

    /// Refuses a tenant id or emitted path that could leave its folder, and two files on one path.
    private func checkPaths(_ outputs: [FleetEmitter.TenantOutput]) throws(PublishError) {
        for output in outputs {
            guard PathSafety.isSafeRelativePath(output.tenant), !output.tenant.contains("/") else {
                throw PublishError(path: output.tenant, reason: "tenant id is not a safe folder name")
            }
            var seen = Set<String>()
            for file in output.files {
                guard PathSafety.isSafeRelativePath(file.path) else {
                    throw PublishError(path: output.tenant + "/" + file.path, reason: "emitted path is not a safe relative path")
                }
                guard seen.insert(file.path).inserted else {
                    throw PublishError(path: output.tenant + "/" + file.path, reason: "two emitted files share this path")
                }
            }
        }
    }

    /// Creates the top folders and removes leftovers of an interrupted build.
    private func prepare(_ layout: OutputLayout) throws(PublishError) {
        umask(0o027)
        try FileSystem.makeDirectory(layout.root)
        try FileSystem.makeDirectory(layout.releases)
        try FileSystem.makeDirectory(layout.trees)
        for name in FileSystem.list(layout.releases) where name.hasPrefix(OutputLayout.temporaryPrefix) {
            try FileSystem.remove(layout.releases + "/" + name)
        }
        for tenant in FileSystem.list(layout.trees) {
            for name in FileSystem.list(layout.tenantTrees(tenant)) where name.hasPrefix(OutputLayout.temporaryPrefix) {
                try FileSystem.remove(layout.tenantTrees(tenant) + "/" + name)
            }
        }
        let staleLink = layout.root + "/" + OutputLayout.temporaryPrefix + "current"
        if FileSystem.exists(staleLink) { try FileSystem.remove(staleLink) }
    }

    /// `000042-20261122T174300Z-3f9a1c`: a sequence number one above every release in OUT (so order never
    /// depends on the clock: two builds in one second, or a clock stepped back, still sort as built), the UTC
    /// time for people, and the manifest's hash to tell contents apart.
    private func releaseID(_ manifest: [UInt8], layout: OutputLayout) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        let next = (layout.releaseIDs.map(OutputLayout.sequence).max() ?? 0) + 1
        let sequence = String(next), padded = String(repeating: "0", count: max(0, 6 - sequence.count)) + sequence
        let base = padded + "-" + formatter.string(from: now()) + "-" + String(Hex.encode(Crypto.SHA256.hash(data: manifest)).prefix(6))
        var id = base, n = 2
        while FileSystem.exists(layout.release(id)) { id = base + "-\(n)"; n += 1 }
        return id
    }

    private func switchCurrent(to id: String, layout: OutputLayout) throws(PublishError) {
        let link = layout.root + "/" + OutputLayout.temporaryPrefix + "current"
        try FileSystem.symbolicLink("releases/" + id, at: link)
        try FileSystem.rename(link, layout.current)
        try FileSystem.syncDirectory(layout.root)
    }
}
