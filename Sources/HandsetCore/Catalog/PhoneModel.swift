/// What the catalog knows about one phone model: how many accounts and keys it has, which expansion modules
/// attach, which codecs it speaks, and whether it is refused as end of life.
public struct PhoneModel: Sendable {
    public let vendor: Vendor
    /// Lowercase id as written in fleets after the vendor: `t54w` in `yealink/t54w`.
    public let id: String
    /// The maker's spelling: `T54W`, `D785`, `UC926`.
    public let displayName: String
    /// SIP accounts the phone can register.
    public let accounts: Int
    /// Programmable keys on one page of the phone itself.
    public let keysPerPage: Int
    /// Pages of programmable keys on the phone (1 when it has no paging).
    public let pages: Int
    /// Module ids (`yealink/exp50`) that attach to this model; empty when none does.
    public let modules: [String]
    /// How many modules can be chained.
    public let maxModules: Int
    public let codecs: [Codec]
    /// Set for models that cannot be provisioned any more, with the reason shown to the user.
    public let endOfLife: String?

    public init(vendor: Vendor, id: String, displayName: String, accounts: Int, keysPerPage: Int, pages: Int,
                modules: [String] = [], maxModules: Int = 0, codecs: [Codec], endOfLife: String? = nil) {
        self.vendor = vendor
        self.id = id
        self.displayName = displayName
        self.accounts = accounts
        self.keysPerPage = keysPerPage
        self.pages = pages
        self.modules = modules
        self.maxModules = maxModules
        self.codecs = codecs
        self.endOfLife = endOfLife
    }

    /// `vendor/id`, as fleets write it.
    public var reference: String { "\(vendor.rawValue)/\(id)" }
    /// All keys the phone holds over all its pages.
    public var keyCapacity: Int { keysPerPage * pages }
}

/// An expansion module: a sidecar of extra keys.
public struct ModuleModel: Sendable {
    public let vendor: Vendor
    public let id: String
    public let displayName: String
    /// Keys per page on the module.
    public let keysPerPage: Int
    public let pages: Int

    public init(vendor: Vendor, id: String, displayName: String, keysPerPage: Int, pages: Int) {
        self.vendor = vendor
        self.id = id
        self.displayName = displayName
        self.keysPerPage = keysPerPage
        self.pages = pages
    }

    public var reference: String { "\(vendor.rawValue)/\(id)" }
    public var keyCapacity: Int { keysPerPage * pages }
}
