import HandsetCore

/// Value spellings shared by the Snom files.
extension SnomEmitter {
    /// Snom's boolean values (snom.md §2 `user_active`, §5 `dhcp`).
    static let on = "on"
    static let off = "off"

    /// The number as phones dial it (see `DialString`).
    static func dialString(_ text: String) -> String { DialString.emitted(text) }

    /// The token `user_outbound` takes after `;transport=` (snom.md §2 "Transport").
    static func transportToken(_ transport: Transport) -> String {
        switch transport {
        case .udp: return "udp"
        case .tcp: return "tcp"
        case .tls: return "tls"
        }
    }

    /// The `codec_priority_list` token of a codec (snom.md §2). Opus has no token in any source, and the catalog
    /// lists no Snom model with it, so validation refuses it before this runs; should one slip through, it is left
    /// out rather than spelled by guess.
    static func codecToken(_ codec: Codec) -> String? {
        switch codec {
        case .pcma: return "pcma"
        case .pcmu: return "pcmu"
        case .g722: return "g722"
        case .g729: return "g729"
        case .opus: return nil
        }
    }


}
