import HandsetCore

/// Everything an emitter needs about a tenant, with secret values already resolved. Built once per tenant.
public struct TenantContext: Sendable {
    /// One SIP account a phone can register.
    public struct Account: Sendable {
        public var number: String
        /// Caller name; falls back to the number.
        public var displayName: String
        public var authUser: String
        public var password: String
    }

    public var id: String
    public var name: String
    public var sipServer: String
    /// The registrar port: as written, or the default of the tenant's transport (5060, 5061 for TLS).
    public var sipPort: Int
    /// True when the tenant wrote `sip.port`; a device on another transport then keeps it.
    public var sipPortIsExplicit: Bool = false
    public var transport: Transport
    /// `host` or `host:port`, as written.
    public var outboundProxy: String?
    /// The tenant's base URL, ending in `/`: `https://prov.example.net/acme/`.
    public var provisioningURL: String
    public var provisioningUsername: String
    public var provisioningPassword: String
    public var adminPassword: String
    /// The lower web account's password (`TenantSecrets.webUserPassword`).
    public var webUserPassword: String = ""
    /// The PBX's directed-pickup prefix and voicemail number, when the tenant gives them.
    public var pickupCode: String?
    public var voicemailCode: String?
    /// Minutes between the phones' own re-checks; 0 = only at boot.
    public var checkInterval: Int
    /// Accounts by extension number.
    public var accounts: [String: Account]
    /// The tenant phonebook.
    public var contacts: [Contact]

    public init(id: String, name: String, sipServer: String, sipPort: Int, transport: Transport, outboundProxy: String?,
                provisioningURL: String, provisioningUsername: String, provisioningPassword: String,
                adminPassword: String, checkInterval: Int, accounts: [String: Account], contacts: [Contact]) {
        self.id = id
        self.name = name
        self.sipServer = sipServer
        self.sipPort = sipPort
        self.transport = transport
        self.outboundProxy = outboundProxy
        self.provisioningURL = provisioningURL
        self.provisioningUsername = provisioningUsername
        self.provisioningPassword = provisioningPassword
        self.adminPassword = adminPassword
        self.checkInterval = checkInterval
        self.accounts = accounts
        self.contacts = contacts
    }
}
