#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Fresh, never-used output folders under OUT, one per measured write, so no run pays for the previous one's
/// deletion.
///
/// ext4 without a journal (as /tmp here) skips, while allocating inodes, every inode freed in the last 60 s, or
/// 360 s while its inode-table block is dirty, which new allocations in that block make it again; it looks up
/// the block each time (`recently_deleted`, `find_inode_bit`: half the samples of such a write). Writing a
/// build's 202,000 files within minutes of deleting as many took 14-88 s, the same write with no deletion in
/// the last six minutes 4 s. So nothing is deleted between runs. Leftovers of an earlier invocation are deleted
/// once, before any timing, followed by `sync` and a pause past that window. Each command leaves its folders.
struct OutputFolders {
    let root: String
    private var made = 0

    /// Seconds after a deletion until its inodes no longer count as recently deleted (60 + 300), plus one.
    static let agingPause: UInt32 = 361

    init(root: String) throws {
        self.root = root
        let files = FileManager.default
        if files.fileExists(atPath: root) {
            let note = "handset-bench: removing \(root), then waiting \(Self.agingPause) s so its freed inodes "
                + "do not slow the measured writes\n"
            FileHandle.standardError.write(Data(note.utf8))
            do { try files.removeItem(atPath: root) } catch { throw BenchError("cannot remove \(root): \(error)") }
            sync()
            sleep(Self.agingPause)
        }
        do { try files.createDirectory(atPath: root, withIntermediateDirectories: true) } catch {
            throw BenchError("cannot create \(root): \(error)")
        }
    }

    /// A path under `root` that does not exist yet, e.g. `OUT/build-3`.
    mutating func fresh(_ label: String) -> String {
        made += 1
        return root + "/" + label + "-" + String(made)
    }

    /// Flushes what earlier runs left dirty, untimed, so a build's `syncfs` writes out only its own files.
    static func settle() { sync() }
}
