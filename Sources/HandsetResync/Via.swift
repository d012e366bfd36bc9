import Foundation

/// Where `resync` delivers: a SIP proxy or registrar, Asterisk's manager interface, or FreeSWITCH's event socket.
/// Written as `sip:HOST[:PORT]`, `ami://USER@HOST[:PORT]`, `esl://HOST[:PORT][/PROFILE]`.
public enum Via: Sendable, Equatable, CustomStringConvertible {
    case sip(host: String, port: Int)
    case ami(user: String, host: String, port: Int)
    /// `profile` is the Sofia profile the phones register to (default `internal`).
    case esl(host: String, port: Int, profile: String)

    /// Parses the `--via` value; nil with a reason when it is none of the three forms.
    public static func parse(_ text: String) -> Result<Via, ViaError> {
        if text.hasPrefix("sip:") {
            guard let (host, port) = hostPort(String(text.dropFirst(4)), defaultPort: 5060) else { return .failure(.init(text)) }
            return .success(.sip(host: host, port: port))
        }
        guard let url = URLComponents(string: text), let host = url.host, !host.isEmpty else { return .failure(.init(text)) }
        switch url.scheme {
        case "ami":
            guard let user = url.user, !user.isEmpty, url.password == nil else { return .failure(.init(text)) }
            return .success(.ami(user: user, host: host, port: url.port ?? 5038))
        case "esl":
            guard url.user == nil, url.password == nil else { return .failure(.init(text)) }
            let profile = url.path.split(separator: "/").first.map(String.init) ?? "internal"
            guard profile.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else { return .failure(.init(text)) }
            return .success(.esl(host: host, port: url.port ?? 8021, profile: profile))
        default:
            return .failure(.init(text))
        }
    }

    public var description: String {
        switch self {
        case .sip(let host, let port): return "sip:\(host):\(port)"
        case .ami(let user, let host, let port): return "ami://\(user)@\(host):\(port)"
        case .esl(let host, let port, let profile): return "esl://\(host):\(port)/\(profile)"
        }
    }

    /// `host`, `host:port`, `[v6]:port`.
    static func hostPort(_ text: String, defaultPort: Int) -> (String, Int)? {
        if text.hasPrefix("["), let close = text.firstIndex(of: "]") {
            let host = String(text[text.index(after: text.startIndex)..<close])
            let rest = text[text.index(after: close)...]
            if rest.isEmpty { return (host, defaultPort) }
            guard rest.hasPrefix(":"), let port = Int(rest.dropFirst()), (1...65535).contains(port) else { return nil }
            return (host, port)
        }
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard let host = parts.first, !host.isEmpty, parts.count <= 2,
              host.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" }) else { return nil }
        guard parts.count == 2 else { return (String(host), defaultPort) }
        guard let port = Int(parts[1]), (1...65535).contains(port) else { return nil }
        return (String(host), port)
    }
}

/// A `--via` value of none of the known forms.
public struct ViaError: Error, CustomStringConvertible {
    public var text: String
    init(_ text: String) { self.text = text }
    public var description: String {
        "--via \(text): expected sip:HOST[:PORT], ami://USER@HOST[:PORT] or esl://HOST[:PORT][/PROFILE]"
    }
}
