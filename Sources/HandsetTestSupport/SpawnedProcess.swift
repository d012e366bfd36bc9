import Foundation

/// A child process started with posix_spawn and reaped with waitpid, its output appended to a file. For daemons such
/// as Kamailio that close the descriptors they inherit: Foundation's `Process` takes that for the child's exit and
/// then blocks in waitpid on it, stalling every other `Process` of the test run. The child leads a process group of
/// its own, so that `stop()` also ends what it forked (Kamailio's workers outlive a SIGTERM to their parent).
public final class SpawnedProcess: @unchecked Sendable {
    public let pid: pid_t
    private var reaped = false

    public init(_ path: String, _ arguments: [String], output: URL) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output.path, O_WRONLY | O_CREAT | O_APPEND, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, path, &actions, &attributes, argv, environ)
        guard status == 0 else { throw HTTPProbe.Failure(reason: "cannot start \(path): \(String(cString: strerror(status)))") }
        self.pid = pid
    }

    deinit { stop() }

    /// SIGTERM to the child, waits for its exit (SIGKILL after 5 s), then SIGKILL to whatever is left of its group.
    public func stop() {
        guard !reaped else { return }
        reaped = true
        kill(pid, SIGTERM)
        var status: Int32 = 0
        var exited = false
        for _ in 0..<100 where !exited {
            exited = waitpid(pid, &status, WNOHANG) == pid
            if !exited { usleep(50_000) }
        }
        kill(-pid, SIGKILL)
        if !exited { waitpid(pid, &status, 0) }
    }
}
