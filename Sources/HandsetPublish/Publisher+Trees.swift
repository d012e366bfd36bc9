import Foundation

extension Publisher {
    /// Writes the trees that do not exist yet, hard-linking files whose bytes equal the tenant's previous tree.
    func writeTrees(_ trees: [HashedTree], layout: OutputLayout, previous: String?) throws(PublishError) -> [PublishReport.Tenant] {
        let slots = PublishSlots<Result<PublishReport.Tenant, PublishError>>(count: trees.count)
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
        var count = PublishReport.Tenant(tenant: tree.tenant, devices: tree.devices, files: tree.files.count,
                                         added: 0, changed: 0, unchanged: 0, removed: 0)
        let oldNames = Set(previousTree.map { Self.relativeFiles(in: $0) } ?? [])
        let target = layout.tree(tree.tenant, tree.hash)
        if FileSystem.exists(target) {
            // The same content was built before (kept release or rollback): reuse it as it is.
            for file in tree.files {
                if !oldNames.contains(file.output.path) { count.added += 1 }
                else if FileSystem.read(previousTree! + "/" + file.output.path) == file.output.bytes { count.unchanged += 1 }
                else { count.changed += 1 }
            }
            count.removed = oldNames.subtracting(tree.files.map(\.output.path)).count
            return count
        }
        try FileSystem.makeDirectory(layout.tenantTrees(tree.tenant))
        let staging = layout.tenantTrees(tree.tenant) + "/" + OutputLayout.temporaryPrefix + tree.hash
        try FileSystem.makeDirectory(staging)
        var madeFolders: Set<String> = [""]
        for file in tree.files {
            let path = file.output.path
            var folder = ""
            for segment in path.split(separator: "/").dropLast() {
                folder += (folder.isEmpty ? "" : "/") + segment
                if madeFolders.insert(folder).inserted { try FileSystem.makeDirectory(staging + "/" + folder) }
            }
            if let previousTree, oldNames.contains(path) {
                if FileSystem.read(previousTree + "/" + path) == file.output.bytes {
                    try FileSystem.hardLink(previousTree + "/" + path, staging + "/" + path)
                    count.unchanged += 1
                    continue
                }
                count.changed += 1
            } else {
                count.added += 1
            }
            try FileSystem.write(file.output.bytes, to: staging + "/" + path)
        }
        count.removed = oldNames.subtracting(tree.files.map(\.output.path)).count
        try FileSystem.rename(staging, target)
        return count
    }

    /// Every file below `root`, as relative paths.
    static func relativeFiles(in root: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return [] }
        var out: [String] = []
        while let path = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue {
                out.append(path)
            }
        }
        return out
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
