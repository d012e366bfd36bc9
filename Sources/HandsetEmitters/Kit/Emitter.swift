import HandsetCore

/// A vendor's file writer: pure functions from resolved values to files. No I/O, no clock, no randomness, no
/// dictionary-order output: the same input always gives the same bytes.
public protocol Emitter: Sendable {
    var vendor: Vendor { get }

    /// The files of one device (its per-MAC configuration).
    func deviceFiles(for device: ResolvedDevice, in tenant: TenantContext) -> [OutputFile]

    /// The tenant's shared files for the given devices of this vendor: common files per model, phonebook.
    func sharedFiles(for devices: [ResolvedDevice], in tenant: TenantContext) -> [OutputFile]

    /// The settings whose values are secrets, named as they appear in this vendor's files (`key` of
    /// `key = value`, the element of `<element ...>value</element>`); `SecretSettings` masks them in diffs.
    var secretSettings: Set<String> { get }
}

/// The emitter of each vendor.
public enum Emitters {
    public static func emitter(for vendor: Vendor) -> any Emitter {
        switch vendor {
        case .yealink: return YealinkEmitter()
        case .snom: return SnomEmitter()
        case .htek: return HtekEmitter()
        case .grandstream: return GrandstreamEmitter()
        case .fanvil: return FanvilEmitter()
        case .polycom: return PolycomEmitter()
        case .cisco: return CiscoEmitter()
        }
    }
}
