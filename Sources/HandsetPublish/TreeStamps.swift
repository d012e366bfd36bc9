import Crypto
import Foundation

/// `releases/<id>/stamps`: per tenant, a digest of what `lstat` says about its tree's files and folders (inode,
/// size, modification time). A build must not reuse a tree that was damaged on disk, and reading back every
/// file to hash it costs more than the build saves on a large fleet (100,000 phones: 200,000 files read on every
/// unchanged build). So a tree is hashed in full once, when written or when its stamp no longer matches; while
/// its stamp matches, nothing below it was rewritten, edited in place, added or removed (any of those changes a
/// file's inode, size or time, or its folder's time), and its index entries still hold.
///
/// It guards against accidents (a file edited or deleted by hand, a copy cut short), not against someone who
/// can write to OUT: they could rewrite the index as well. The file is a cache: missing, unreadable or stale
/// stamps only mean a full check. Its lines are `handset-tree-stamps 1`, then `<tenant> <tree> <stamp>`.
enum TreeStamps {
    static let header = "handset-tree-stamps 1"

    /// The stamp of the tree at `path` holding `entries`; nil when a file or folder is missing or not what it
    /// should be (a folder where a file is, say).
    static func stamp(of path: String, entries: [HashedTree.Entry]) -> String? {
        var hasher = SHA256()
        var folders = Set<Substring>()
        var info = stat()
        func add(_ values: Int...) {
            for value in values { withUnsafeBytes(of: Int64(value).littleEndian) { hasher.update(bufferPointer: $0) } }
        }
        for entry in entries {
            guard lstat(path + "/" + entry.path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
            add(Int(info.st_ino), Int(info.st_size), info.st_mtim.tv_sec, info.st_mtim.tv_nsec)
            var folder = Substring(entry.path)
            while let slash = folder.lastIndex(of: "/") {
                folder = folder[..<slash]
                folders.insert(folder)
            }
        }
        for folder in [""] + folders.sorted().map(String.init) {
            guard lstat(folder.isEmpty ? path : path + "/" + folder, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
                return nil
            }
            add(Int(info.st_ino), info.st_mtim.tv_sec, info.st_mtim.tv_nsec)
        }
        return Hex.encode(hasher.finalize())
    }

    /// Stamps by tenant, each with the tree it was taken of.
    typealias Table = [String: (tree: String, stamp: String)]

    static func render(_ stamps: Table) -> [UInt8] {
        var out = header + "\n"
        for tenant in stamps.keys.sorted() { out += "\(tenant) \(stamps[tenant]!.tree) \(stamps[tenant]!.stamp)\n" }
        return Array(out.utf8)
    }

    /// The stamps of a release (empty when the file is missing or not in this format).
    static func read(release: String) -> Table {
        guard let bytes = FileSystem.read(release + "/stamps") else { return [:] }
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n")
        guard lines.first == Substring(header) else { return [:] }
        var table: Table = [:]
        for line in lines.dropFirst() {
            let fields = line.split(separator: " ")
            if fields.count == 3 { table[String(fields[0])] = (String(fields[1]), String(fields[2])) }
        }
        return table
    }
}
