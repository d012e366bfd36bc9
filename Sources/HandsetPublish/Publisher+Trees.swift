import Foundation
import HandsetCore

extension Publisher {
    /// Writes the trees that do not exist yet, hard-linking files whose bytes equal the tenant's previous tree.
    func writeTrees(_ trees: [HashedTree], layout: OutputLayout, previous: String?) throws(PublishError) -> [PublishReport.Tenant] {
        let slots = ResultSlots<Result<PublishReport.Tenant, PublishError>>(count: trees.count)
        DispatchQueue.concurrentPerform(iterations: trees.count) { index in
            let tree = trees[index]
            let old = previous.flatMap { layout.treeHash(in: $0, tenant: tree.tenant) }.map { layout.tree(tree.tenant, $0) }
            do throws(PublishError) { slots[index] = .success(try write(tree, layout: layout, previousTree: old)) } catch {
                slots[index] = .failure(error)
            }
        }
        var counts: [PublishReport.Tenant] = []
        for result in slots.values {
            switch result {
            case .success(let count): counts.append(count)
            case .failure(let error): throw error
            }
        }
        return counts
    }

    private func write(_ tree: HashedTree, layout: OutputLayout, previousTree: String?) throws(PublishError) -> PublishReport.Tenant {
        let target = layout.tree(tree.tenant, tree.hash)
        // The tenant's tree is the one served now: nothing to read, link or write (most tenants of most builds),
        // unless it was damaged on disk, then it is written again below.
        if previousTree == target, tree.outputs == nil || Self.tree(at: target, matches: tree.entries) {
            return PublishReport.Tenant(tenant: tree.tenant, devices: tree.devices, files: tree.entries.count,
                                        added: 0, changed: 0, unchanged: tree.entries.count, removed: 0)
        }
        guard let outputs = tree.outputs else {
            throw PublishError(path: target, reason: "the tree to reuse is no longer served (was the output changed during the build?)")
        }
        let comparison = TreeComparison(outputs, previousTree: previousTree)
        let count = PublishReport.Tenant(tenant: tree.tenant, devices: tree.devices, files: tree.entries.count,
                                         added: comparison.count(.added), changed: comparison.count(.changed),
                                         unchanged: comparison.count(.unchanged), removed: comparison.removed.count)
        // The same content was built before (a kept release, or after a rollback): reuse it as it is, if intact.
        let damaged = FileSystem.exists(target)
        if damaged, Self.tree(at: target, matches: tree.entries) { return count }
        try FileSystem.makeDirectory(layout.tenantTrees(tree.tenant))
        let staging = layout.tenantTrees(tree.tenant) + "/" + OutputLayout.temporaryPrefix + tree.hash
        try FileSystem.makeDirectory(staging)
        var madeFolders: Set<String> = [""]
        for (file, status) in zip(outputs, comparison.statuses) {
            let path = file.path
            var folder = ""
            for segment in path.split(separator: "/").dropLast() {
                folder += (folder.isEmpty ? "" : "/") + segment
                if madeFolders.insert(folder).inserted { try FileSystem.makeDirectory(staging + "/" + folder) }
            }
            if status == .unchanged, let previousTree {
                try FileSystem.hardLink(previousTree + "/" + path, staging + "/" + path)
            } else {
                try FileSystem.write(file.bytes, to: staging + "/" + path)
            }
        }
        if damaged {
            // Swap the repaired tree in: two renames, then the damaged copy goes.
            let aside = layout.tenantTrees(tree.tenant) + "/" + OutputLayout.temporaryPrefix + "damaged-" + tree.hash
            if FileSystem.exists(aside) { try FileSystem.remove(aside) }
            try FileSystem.rename(target, aside)
            try FileSystem.rename(staging, target)
            try FileSystem.remove(aside)
        } else {
            try FileSystem.rename(staging, target)
        }
        return count
    }

    /// Removes releases beyond `keep` (never `current`), then the trees no remaining release uses.
    func prune(_ layout: OutputLayout, current: String) throws(PublishError) {
        let releases = layout.releaseIDs
        let kept = Set(releases.suffix(max(1, keep))).union([current])
        for id in releases where !kept.contains(id) { try FileSystem.remove(layout.release(id)) }
        var used = Set<String>()
        for id in kept {
            for tenant in layout.tenants(in: id) {
                if let hash = layout.treeHash(in: id, tenant: tenant) { used.insert(tenant + "/" + hash) }
            }
        }
        for tenant in FileSystem.list(layout.trees) {
            let hashes = FileSystem.list(layout.tenantTrees(tenant))
            for hash in hashes where !used.contains(tenant + "/" + hash) {
                try FileSystem.remove(layout.tree(tenant, hash))
            }
            if FileSystem.list(layout.tenantTrees(tenant)).isEmpty { try FileSystem.remove(layout.tenantTrees(tenant)) }
        }
    }
}
