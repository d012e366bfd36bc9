/// What `handset --version` prints: the release number (also the Debian package's version, read from here by
/// scripts/package.sh) and the commit the binary was built from (stamped by the VersionStamp plugin).
public enum HandsetVersion {
    /// The release number; bump it with a release.
    public static let number = "0.1.0"

    /// "handset 0.1.0 (commit 0123456789ab)".
    public static var description: String { "handset \(number) (commit \(buildCommit))" }
}
