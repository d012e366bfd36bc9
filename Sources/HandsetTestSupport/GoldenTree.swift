import Foundation

/// Compares a set of emitted files with a reviewed golden folder: same file list, same bytes.
///
/// On a mismatch the report names missing and unexpected files and shows a unified diff of each changed file
/// (`git diff --no-index` when git is installed, a built-in line diff otherwise). With `HANDSET_RECORD=1` the
/// folder is rewritten to hold exactly the given files instead, and the comparison passes; tests locate the folder
/// through their own `#filePath`, so recording writes into the source tree.
public enum GoldenTree {
    /// Whether this run records goldens instead of comparing (`HANDSET_RECORD=1`).
    public static var isRecording: Bool { ProcessInfo.processInfo.environment["HANDSET_RECORD"] == "1" }

    /// Compares `files` (relative `/`-separated path -> bytes) with the tree under `folder`. Returns nil when they
    /// are the same (or after recording), otherwise a report fit for a test failure message.
    public static func check(_ files: [String: [UInt8]], against folder: URL,
                             record: Bool = GoldenTree.isRecording) throws -> String? {
        if record {
            try write(files, to: folder)
            return nil
        }
        let golden = try read(folder)
        guard golden != files else { return nil }
        var report = "output differs from the golden tree \(folder.path)"
        report += " (run with HANDSET_RECORD=1 to accept the new output, then review the diff)\n"
        let missing = golden.keys.filter { files[$0] == nil }.sorted()
        let unexpected = files.keys.filter { golden[$0] == nil }.sorted()
        if !missing.isEmpty { report += "files no longer emitted: " + missing.joined(separator: ", ") + "\n" }
        if !unexpected.isEmpty { report += "files not in the golden tree: " + unexpected.joined(separator: ", ") + "\n" }
        for path in files.keys.sorted() {
            guard let expected = golden[path], let actual = files[path], expected != actual else { continue }
            report += diff(expected, actual, path: path)
        }
        return report
    }

    /// Every regular file under `folder`, by relative path; empty when the folder does not exist.
    public static func read(_ folder: URL) throws -> [String: [UInt8]] {
        var out: [String: [UInt8]] = [:]
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        else { return out }
        let base = folder.standardizedFileURL.path
        for case let url as URL in walker {
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            let full = url.standardizedFileURL.path
            let relative = full.hasPrefix(base + "/") ? String(full.dropFirst(base.count + 1)) : url.lastPathComponent
            out[relative] = Array(try Data(contentsOf: url))
        }
        return out
    }

    /// Replaces the contents of `folder` with exactly `files`.
    public static func write(_ files: [String: [UInt8]], to folder: URL) throws {
        let manager = FileManager.default
        if manager.fileExists(atPath: folder.path) { try manager.removeItem(at: folder) }
        for (path, bytes) in files {
            let url = folder.appendingPathComponent(path)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
    }

    /// A unified diff of one file, expected (golden) against actual.
    static func diff(_ expected: [UInt8], _ actual: [UInt8], path: String) -> String {
        if let text = gitDiff(expected, actual, path: path) { return text }
        return lineDiff(String(decoding: expected, as: UTF8.self), String(decoding: actual, as: UTF8.self), path: path)
    }

    private static func gitDiff(_ expected: [UInt8], _ actual: [UInt8], path: String) -> String? {
        let manager = FileManager.default
        let scratch = manager.temporaryDirectory.appendingPathComponent("handset-golden-\(UUID().uuidString)")
        defer { try? manager.removeItem(at: scratch) }
        let name = (path as NSString).lastPathComponent
        let left = scratch.appendingPathComponent("golden/\(name)"), right = scratch.appendingPathComponent("actual/\(name)")
        do {
            for (url, bytes) in [(left, expected), (right, actual)] {
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(bytes).write(to: url)
            }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.currentDirectoryURL = scratch
            process.arguments = ["git", "diff", "--no-index", "--no-color", "--no-prefix", "--",
                                 "golden/\(name)", "actual/\(name)"]
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = Pipe()
            try process.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            // git diff --no-index exits 1 when the files differ; anything else means git could not run.
            guard process.terminationStatus == 1, !data.isEmpty else { return nil }
            return "\(path):\n" + String(decoding: data, as: UTF8.self)
        } catch {
            return nil
        }
    }

    /// A plain unified-style diff over lines (longest common subsequence), with two lines of context.
    static func lineDiff(_ expected: String, _ actual: String, path: String) -> String {
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var lcs = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var ops: [(Character, Substring)] = []
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] { ops.append((" ", a[i])); i += 1; j += 1 }
            else if i < a.count, j == b.count || lcs[i + 1][j] >= lcs[i][j + 1] { ops.append(("-", a[i])); i += 1 }
            else { ops.append(("+", b[j])); j += 1 }
        }
        var out = "--- golden/\(path)\n+++ actual/\(path)\n"
        for (index, op) in ops.enumerated() {
            let near = ops[max(0, index - 2)...min(ops.count - 1, index + 2)].contains { $0.0 != " " }
            if op.0 != " " || near { out += "\(op.0)\(op.1)\n" }
        }
        return out
    }
}
