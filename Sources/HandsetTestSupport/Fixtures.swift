import Foundation

/// Locates fixture folders in the source tree (through `#filePath`, not bundles, so record mode can write back).
public enum Fixtures {
    /// The package root, found from this file's path.
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Sub-folders of `folder` (relative to the package root), sorted by name.
    public static func folders(in folder: String) -> [String] {
        let url = packageRoot.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { name in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: url.appendingPathComponent(name).path, isDirectory: &isDirectory)
                && isDirectory.boolValue
        }.sorted()
    }

    /// The `handset` binary built with the tests: next to the test bundle first (whatever the scratch path),
    /// then the default build folder.
    public static var handsetBinary: URL {
        let candidates = [
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("handset"),
            Bundle.main.bundleURL.appendingPathComponent("handset"),
            packageRoot.appendingPathComponent(".build/debug/handset"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }
}
