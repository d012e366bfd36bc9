/// A phone maker whose provisioning files Handset writes.
public enum Vendor: String, CaseIterable, Sendable, Comparable {
    case yealink, snom, htek, grandstream, fanvil, polycom, cisco

    public static func < (a: Vendor, b: Vendor) -> Bool { a.rawValue < b.rawValue }

    /// The maker's own spelling, for tables and messages.
    public var displayName: String {
        switch self {
        case .yealink: return "Yealink"
        case .snom: return "Snom"
        case .htek: return "Htek"
        case .grandstream: return "Grandstream"
        case .fanvil: return "Fanvil"
        case .polycom: return "Polycom"
        case .cisco: return "Cisco"
        }
    }
}
