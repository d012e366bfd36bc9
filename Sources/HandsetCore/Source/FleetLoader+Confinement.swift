import Foundation

/// Fleet files arrive by pull request: a tenant file may be a symlink to `/etc/shadow`, a folder an include
/// reaches may link out of the repository, a "file" may be a FIFO (a read that never ends) or `/dev/zero` (one
/// that never stops). Every input is therefore resolved to its real path, must stay inside the fleet folder's real
/// path, must be a regular file, and is read up to a size cap.
extension FleetLoader {
    /// The largest input file read: 64 MiB, about 30 times a 100,000-phone tenant written out in full.
    public static let maximumFileBytes = 64 << 20

    /// The real path of `path` (symlinks resolved), or nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = Glibc.realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Whether the real path `path` lies inside the real folder `root`.
    static func isInside(_ path: String, root: String) -> Bool {
        root == "/" || path == root || path.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }

    /// Why `path` cannot be a fleet input below the real folder `root`, or nil when it can.
    static func confinementProblem(_ path: String, root: String) -> String? {
        guard let real = realPath(path) else { return "it does not exist or cannot be resolved" }
        guard isInside(real, root: root) else { return "it resolves to \(real), outside the fleet folder" }
        var info = stat()
        guard stat(real, &info) == 0 else { return String(cString: strerror(errno)) }
        guard info.st_mode & S_IFMT == S_IFREG else { return "it is not a regular file" }
        return nil
    }

    /// Reads a regular file of at most `maximumFileBytes`. Opened without blocking (a FIFO opened for reading
    /// would wait for a writer forever) and checked on the open descriptor, so a file swapped after the path
    /// was checked is refused too.
    static func readRegularFile(_ path: String) throws(FleetReadError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw FleetReadError(path: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw FleetReadError(path: path, reason: String(cString: strerror(errno))) }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw FleetReadError(path: path, reason: "not a regular file (fleet inputs must be plain files)")
        }
        let limit = maximumFileBytes
        guard info.st_size <= limit else { throw tooLarge(path) }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size) + 1)
        var count = 0
        while true {
            if count == bytes.count {
                // The file grew since fstat: keep reading, up to the cap.
                guard count <= limit else { throw tooLarge(path) }
                bytes.append(contentsOf: repeatElement(0, count: min(1 << 20, limit + 1 - count + 1)))
            }
            let got = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + count, $0.count - count) }
            if got < 0 {
                if errno == EINTR { continue }
                throw FleetReadError(path: path, reason: String(cString: strerror(errno)))
            }
            if got == 0 { break }
            count += got
        }
        guard count <= limit else { throw tooLarge(path) }
        bytes.removeSubrange(count...)
        return bytes
    }

    private static func tooLarge(_ path: String) -> FleetReadError {
        FleetReadError(path: path, reason: "larger than \(maximumFileBytes >> 20) MiB, the most a fleet file may hold (split the tenant into several files)")
    }
}
