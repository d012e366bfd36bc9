/// `handset rollback`: switch `current` back to the release before it.
public enum Rollback {
    /// Returns (from, to) release ids.
    public static func run(output: String) throws(PublishError) -> (from: String, to: String) {
        let lock = try OutputLock(output: output, create: false)
        defer { withExtendedLifetime(lock) {} }
        let layout = OutputLayout(root: output)
        guard let current = layout.currentRelease else {
            throw PublishError(path: layout.current, reason: "there is no current release to roll back from")
        }
        let releases = layout.releaseIDs
        guard let index = releases.firstIndex(of: current), index > 0 else {
            throw PublishError(path: layout.releases, reason: "no release older than \(current) is kept")
        }
        let target = releases[index - 1]
        let link = layout.root + "/" + OutputLayout.temporaryPrefix + "current"
        if FileSystem.exists(link) { try FileSystem.remove(link) }
        try FileSystem.symbolicLink("releases/" + target, at: link)
        try FileSystem.rename(link, layout.current)
        try FileSystem.syncDirectory(layout.root)
        return (current, target)
    }
}
