import Crypto
import Foundation
import HandsetCore

/// A tree on disk can be damaged behind the publisher's back (a file deleted or edited by hand, a copy
/// interrupted): it is reused only when it still holds exactly what the release index says, file by file (count,
/// size and SHA-256), so `build` repairs what `plan` would report. A tree whose stamp (`TreeStamps`) is unchanged
/// since it was last checked is taken as intact without being read.
extension Publisher {
    /// A tenant's tree as a release index describes it.
    struct TreeOnDisk: Sendable {
        var tenant: String
        var hash: String
        var path: String
        var entries: [HashedTree.Entry]
    }

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

    /// The intact trees among `trees` (in parallel: a large fleet has many), with their stamps, by tenant. A tree
    /// whose stamp equals the one `known` records for it is intact without reading its files; any other is read
    /// back and hashed in full.
    static func intactTrees(_ trees: [TreeOnDisk], known: TreeStamps.Table) -> TreeStamps.Table {
        let slots = ResultSlots<String>(count: trees.count)
        DispatchQueue.concurrentPerform(iterations: trees.count) { index in
            let tree = trees[index]
            guard let stamp = TreeStamps.stamp(of: tree.path, entries: tree.entries) else { return }
            if let old = known[tree.tenant], old.tree == tree.hash, old.stamp == stamp {
                slots[index] = stamp
            } else if Self.tree(at: tree.path, matches: tree.entries) {
                // Stamped after the full check passed: a change between the two reads shows at the next build.
                slots[index] = stamp
            }
        }
        var intact: TreeStamps.Table = [:]
        for (index, tree) in trees.enumerated() { if let stamp = slots[index] { intact[tree.tenant] = (tree.hash, stamp) } }
        return intact
    }

    /// Whether every tree the current release serves matches its index, so that a build of unchanged input may
    /// stop without writing ("no changes"). False when there is no readable index. Stamps that had to be taken
    /// again (a tree copied or touched, but intact) are remembered for the next build.
    public func currentReleaseIsIntact() -> Bool {
        let layout = OutputLayout(root: output)
        guard let release = layout.currentRelease, let bytes = FileSystem.read(layout.release(release) + "/index"),
              let index = ReleaseIndex.read(bytes) else { return false }
        guard Set(layout.tenants(in: release)) == Set(index.keys),
              index.values.allSatisfy({ layout.treeHash(in: release, tenant: $0.tenant) == $0.hash }) else { return false }
        let trees = index.values.map { TreeOnDisk(tenant: $0.tenant, hash: $0.hash, path: layout.tree($0.tenant, $0.hash), entries: $0.entries) }
        let known = TreeStamps.read(release: layout.release(release))
        let intact = Self.intactTrees(trees, known: known)
        guard intact.count == trees.count else { return false }
        if TreeStamps.render(intact) != TreeStamps.render(known) {
            // A cache: if it cannot be written, the next build checks those trees in full again.
            try? replaceCache(TreeStamps.render(intact), named: "stamps", in: layout.release(release))
        }
        return true
    }

    /// Replaces a file of a release that only builds read (`index`, `fingerprint`, `stamps`) with one rename.
    func replaceCache(_ bytes: [UInt8], named name: String, in release: String) throws(PublishError) {
        guard FileSystem.read(release + "/" + name) != bytes else { return }
        let staging = release + "/" + OutputLayout.temporaryPrefix + name + "-" + String(getpid())
        if FileSystem.exists(staging) { try FileSystem.remove(staging) }
        try FileSystem.write(bytes, to: staging)
        try FileSystem.rename(staging, release + "/" + name)
    }
}
