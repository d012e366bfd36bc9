import Foundation

/// The NOTIFY `resync` sends and the few fields of a response it reads (RFC 3261 §7, §8.1.1; the `check-sync` event
/// package as Wazo, Kamailio's and Asterisk's NOTIFY tools send it: out of dialog, `Subscription-State: terminated`).
enum SIPMessage {
    /// An out-of-dialog NOTIFY for `target`, sent from `local` (`host:port` of our socket) with fresh identifiers.
    static func notify(_ target: ResyncTarget, event: String, local: String, callID: String, branch: String, tag: String) -> String {
        let host = local.split(separator: ":").dropLast().joined(separator: ":")
        return [
            "NOTIFY \(target.uri) SIP/2.0",
            "Via: SIP/2.0/UDP \(local);branch=\(branch);rport",
            "Max-Forwards: 70",
            "From: <sip:handset@\(host)>;tag=\(tag)",
            "To: <\(target.uri)>",
            "Call-ID: \(callID)",
            "CSeq: 1 NOTIFY",
            "Contact: <sip:handset@\(local)>",
            "Event: \(event)",
            "Subscription-State: terminated",
            "User-Agent: Handset",
            "Content-Length: 0",
            "", "",
        ].joined(separator: "\r\n")
    }

    /// A response's status code, reason phrase and Call-ID; nil for a request or garbage.
    static func parseResponse(_ bytes: [UInt8]) -> (code: Int, reason: String, callID: String)? {
        let text = String(decoding: bytes, as: UTF8.self)
        let lines = text.split(separator: "\r\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.hasPrefix("SIP/2.0 ") else { return nil }
        let parts = first.split(separator: " ", maxSplits: 2)
        guard parts.count >= 2, let code = Int(parts[1]) else { return nil }
        var callID: String?
        for line in lines.dropFirst() {
            if line.isEmpty { break }
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            // `i` is Call-ID's compact form (RFC 3261 §7.3.3).
            if name == "call-id" || name == "i" { callID = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces) }
        }
        guard let callID else { return nil }
        return (code, parts.count > 2 ? String(parts[2]) : "", callID)
    }
}
