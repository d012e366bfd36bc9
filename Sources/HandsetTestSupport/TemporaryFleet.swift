import Foundation
import HandsetCore

/// A fleet written to a fresh temporary directory, checked through the real pipeline.
public struct TemporaryFleet {
    public let root: URL

    /// Writes `files` (relative path -> text) under a new temporary directory.
    public init(_ files: [String: String]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("handset-test-\(UUID().uuidString)")
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    /// Writes raw bytes for one file (for BOM and invalid UTF-8 cases).
    public func write(_ bytes: [UInt8], to path: String) throws {
        try Data(bytes).write(to: root.appendingPathComponent(path))
    }

    public func check() throws -> Pipeline.Checked { try Pipeline.check(path: root.path) }

    /// Every diagnostic as "severity[CODE] file:line:column", the form the expectations use.
    public func findings() throws -> [String] {
        let checked = try check()
        return checked.diagnostics.map { Self.describe($0, checked.files) }
    }

    public static func describe(_ d: Diagnostic, _ files: SourceFiles) -> String {
        let place = d.mark.map { " \(files.path($0.file)):\($0.line):\($0.column)" } ?? ""
        return "\(d.severity.rawValue)[\(d.code)]\(place)"
    }

    public func remove() { try? FileManager.default.removeItem(at: root) }
}
