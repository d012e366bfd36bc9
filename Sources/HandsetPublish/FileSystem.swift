import CSystemShims
import Foundation

/// A failed file-system call, with the path and the system's reason (exit code 74).
public struct PublishError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public var description: String { "\(path): \(reason)" }

    static func errno(_ path: String) -> PublishError {
        PublishError(path: path, reason: String(cString: strerror(Foundation.errno)))
    }
}

/// The few POSIX calls publishing needs, each throwing `PublishError`. Files 0640, folders 0750.
enum FileSystem {
    static func makeDirectory(_ path: String) throws(PublishError) {
        if mkdir(path, 0o750) != 0, errno != EEXIST { throw .errno(path) }
    }

    /// Creates a new file with `bytes` (it must not exist).
    static func write(_ bytes: [UInt8], to path: String) throws(PublishError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o640)
        guard fd >= 0 else { throw .errno(path) }
        defer { close(fd) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, bytes.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                throw .errno(path)
            }
            offset += written
        }
    }

    static func read(_ path: String) -> [UInt8]? {
        FileManager.default.contents(atPath: path).map { Array($0) }
    }

    static func hardLink(_ existing: String, _ new: String) throws(PublishError) {
        if link(existing, new) != 0 { throw .errno(new) }
    }

    static func symbolicLink(_ target: String, at path: String) throws(PublishError) {
        if symlink(target, path) != 0 { throw .errno(path) }
    }

    static func readLink(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count >= 0 else { return nil }
        return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Atomic replacement: `from` takes the place of `to` in one step.
    static func rename(_ from: String, _ to: String) throws(PublishError) {
        if Glibc.rename(from, to) != 0 { throw .errno(to) }
    }

    /// The absolute, symlink-free path, as nginx must be given it.
    static func realPath(_ path: String) throws(PublishError) -> String {
        guard let resolved = realpath(path, nil) else { throw .errno(path) }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    static func list(_ path: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [])
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    static func remove(_ path: String) throws(PublishError) {
        do { try FileManager.default.removeItem(atPath: path) } catch {
            throw PublishError(path: path, reason: "cannot remove: \(error.localizedDescription)")
        }
    }

    /// Flushes everything written under `path`'s file system in one call, instead of one fsync per file.
    static func syncFileSystem(_ path: String) throws(PublishError) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw .errno(path) }
        defer { close(fd) }
        if handset_syncfs(fd) != 0 { throw .errno(path) }
    }

    /// Makes a rename inside `directory` durable.
    static func syncDirectory(_ directory: String) throws(PublishError) {
        let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw .errno(directory) }
        defer { close(fd) }
        if fsync(fd) != 0 { throw .errno(directory) }
    }
}
