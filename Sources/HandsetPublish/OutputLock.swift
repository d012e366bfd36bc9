import Foundation

/// An exclusive `flock` on `OUT/.lock`, held by build, rollback and every other command that changes OUT, for as
/// long as the value lives: two builds into one folder would otherwise remove each other's staging, prune each
/// other's trees and leave `current` pointing at a partial tree. Taken without waiting: a second command fails
/// at once with a message that says who holds it.
public final class OutputLock: @unchecked Sendable {
    private let fd: Int32

    /// The name of the lock file inside OUT.
    public static let fileName = ".lock"

    /// Takes the lock on `output` (created if missing and `create`), or throws when another process holds it.
    public init(output: String, create: Bool = true) throws(PublishError) {
        if create { try FileSystem.makeDirectory(output) }
        let path = OutputLayout(root: output).root + "/" + Self.fileName
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o640)
        guard fd >= 0 else { throw .errno(path) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let busy = errno == EWOULDBLOCK
            close(fd)
            if busy {
                throw PublishError(path: output, reason: "another handset build, rollback or cleanup is changing this output folder (it holds \(path)); run again when it has finished")
            }
            throw .errno(path)
        }
        self.fd = fd
    }

    deinit { close(fd) }
}
