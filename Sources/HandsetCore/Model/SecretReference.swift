/// Where a secret's value comes from. Parsed and checked for form at validation; read only at build.
public enum SecretReference: Sendable, Equatable {
    /// `${env:NAME}`
    case environment(String)
    /// `${secret:PATH}`, slash-separated path in the secrets file.
    case secretsFile(String)
    /// `derived`: computed from the master key, the tenant and the field path.
    case derived
    /// A plain string written in the fleet: allowed, with a warning.
    case plain(String)
    /// Written but not readable as a reference; already reported, so later checks leave it alone.
    case malformed
}
