import HandsetCore

/// Value spellings shared by the Yealink files.
extension YealinkEmitter {
    /// Yealink's explicit empty value. Wazo writes it for every unused account field and key
    /// (`_format_funckey_null` in `plugins/wazo_yealink/v86/common.py`), and configuration dumps of phones in
    /// public repositories spell empty fields the same way. No Yealink document found defines it (Y1: unverified).
    static let null = "%NULL%"

    /// The number as phones dial it (see `DialString`).
    static func dialString(_ text: String) -> String { DialString.emitted(text) }

    /// `account.N.sip_server.1.transport_type`: 0 UDP, 1 TCP, 2 TLS (Y2 transport row).
    static func transportCode(_ transport: Transport) -> Int {
        switch transport {
        case .udp: return 0
        case .tcp: return 1
        case .tls: return 2
        }
    }

}
