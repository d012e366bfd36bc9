import Foundation
import HandsetEmitters

/// A tenant's new files against the tree it is served from now: which are added, changed, unchanged, and which
/// old files are gone. Publishing links the unchanged ones; `plan` reports the rest.
struct TreeComparison {
    enum Status: Equatable { case added, changed, unchanged }

    /// Status of every new file, in the order given.
    var statuses: [Status]
    /// Old files with no new file of the same path, sorted.
    var removed: [String]

    init(_ files: [OutputFile], previousTree: String?) {
        let oldNames = Set(previousTree.map { Self.relativeFiles(in: $0) } ?? [])
        statuses = files.map { file in
            guard let previousTree, oldNames.contains(file.path) else { return .added }
            return FileSystem.read(previousTree + "/" + file.path) == file.bytes ? .unchanged : .changed
        }
        removed = oldNames.subtracting(files.map(\.path)).sorted()
    }

    func count(_ status: Status) -> Int { statuses.reduce(0) { $0 + ($1 == status ? 1 : 0) } }

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
}
