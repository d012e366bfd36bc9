import Crypto
import Foundation
import HandsetCore

/// A tree on disk can be damaged behind the publisher's back (a file deleted or edited by hand, a copy
/// interrupted): it is reused only when it still holds exactly what the release index says, file by file (count,
/// size and SHA-256), so `build` repairs what `plan` would report.
extension Publisher {
    /// Whether the folder `path` holds exactly `entries`: the same file paths, each of the recorded size and hash.
    static func tree(at path: String, matches entries: [HashedTree.Entry]) -> Bool {
        let present = TreeComparison.relativeFiles(in: path)
        guard present.count == entries.count, Set(present) == Set(entries.map(\.path)) else { return false }
        for entry in entries {
            guard let bytes = FileSystem.read(path + "/" + entry.path), bytes.count == entry.size,
                  Hex.encode(SHA256.hash(data: bytes)) == entry.sha256 else { return false }
        }
        return true
    }

    /// Each tree's verdict (in parallel: a large fleet has many trees), by tenant.
    static func intactTrees(_ trees: [(tenant: String, path: String, entries: [HashedTree.Entry])]) -> Set<String> {
        let slots = ResultSlots<Bool>(count: trees.count)
        DispatchQueue.concurrentPerform(iterations: trees.count) { slots[$0] = tree(at: trees[$0].path, matches: trees[$0].entries) }
        return Set(zip(trees, slots.values).filter(\.1).map(\.0.tenant))
    }

    /// Whether every tree the current release serves matches its index, so that a build of unchanged input may
    /// stop without writing ("no changes"). False when there is no readable index.
    public func currentReleaseIsIntact() -> Bool {
        let layout = OutputLayout(root: output)
        guard let release = layout.currentRelease, let bytes = FileSystem.read(layout.release(release) + "/index"),
              let index = ReleaseIndex.read(bytes) else { return false }
        guard Set(layout.tenants(in: release)) == Set(index.keys),
              index.values.allSatisfy({ layout.treeHash(in: release, tenant: $0.tenant) == $0.hash }) else { return false }
        let trees = index.values.map { (tenant: $0.tenant, path: layout.tree($0.tenant, $0.hash), entries: $0.entries) }
        return Self.intactTrees(trees).count == trees.count
    }
}
