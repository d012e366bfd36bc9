import Foundation

/// `build --group NAME`: the build writes its files and folders as that group, so that nginx's workers (in it)
/// can read the 0640 files; and the warning for a build run as root without it, whose files nginx cannot read.
enum BuildGroup {
    /// Makes every file created from now on belong to `name`: the effective group is what new files get on Linux,
    /// which costs nothing per file (no walk of the tree afterwards). Root may take any group; another user runs
    /// the build under the group instead (`sg`).
    static func apply(_ name: String, output: String) throws {
        guard let entry = getgrnam(name) else {
            Output.err("handset: error: --group: no group named '\(name)' on this machine\n")
            throw ExitCodes.usage
        }
        let gid = entry.pointee.gr_gid
        guard getegid() == gid || setegid(gid) == 0 else {
            Output.err("handset: error: --group \(name): only root can write files as another group; "
                       + "run the build as a member with `sg \(name) -c 'handset build ...'`\n")
            throw ExitCodes.usage
        }
        // The output folder may exist from an earlier build; nginx must be able to enter it.
        _ = chown(output, uid_t.max, gid)
    }

    /// The warning for a build as root without `--group`, or nil.
    static func rootWarning(effectiveUser: uid_t = geteuid()) -> String? {
        guard effectiveUser == 0 else { return nil }
        return "warning: building as root without --group: the files are 0640 and folders 0750 with group root, so "
            + "nginx's workers cannot read them (every request gets 500)\n"
            + "hint: add --group www-data (the group nginx's workers run as), or build as a user in that group\n"
    }
}
