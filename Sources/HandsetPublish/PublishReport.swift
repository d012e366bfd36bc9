/// What a publish did: which release is current, whether it is new, and per tenant what changed.
public struct PublishReport: Sendable {
    public struct Tenant: Sendable, Equatable {
        public var tenant: String
        public var devices: Int
        public var files: Int
        public var added: Int
        public var changed: Int
        public var unchanged: Int
        public var removed: Int

        public init(tenant: String, devices: Int, files: Int, added: Int, changed: Int, unchanged: Int, removed: Int) {
            self.tenant = tenant
            self.devices = devices
            self.files = files
            self.added = added
            self.changed = changed
            self.unchanged = unchanged
            self.removed = removed
        }
    }

    public var release: String
    /// False when the build equalled the current release and nothing was written.
    public var created: Bool
    /// True when `http.conf` or `server.conf` differ from the previous release's: nginx needs a reload.
    public var nginxChanged: Bool
    public var tenants: [Tenant]
    /// Tenants whose inputs were unchanged: their trees were taken over without emitting them.
    public var reusedTenants = 0
    /// Tenants whose tree in the current release was damaged on disk and was written again (no new release).
    public var repairedTenants: [String] = []
}
