/// What the nginx configuration needs of a tenant: its HTTP credentials and the networks it trusts.
public struct TenantServing: Sendable {
    public var tenant: String
    public var username: String
    /// The provisioning password in clear; only its crypt hash is written.
    public var password: String
    /// Addresses or networks (`203.0.113.0/24`); empty means every source may try.
    public var trustedNetworks: [String]

    public init(tenant: String, username: String, password: String, trustedNetworks: [String]) {
        self.tenant = tenant
        self.username = username
        self.password = password
        self.trustedNetworks = trustedNetworks
    }
}
