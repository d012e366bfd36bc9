import Foundation

/// FreeSWITCH's event socket (mod_event_socket, inbound mode, TCP 8021): authenticate, then one API command per
/// phone: `sofia profile <profile> check_sync <user>@<domain>`, or with a reboot
/// `sofia profile <profile> flush_inbound_reg <user>@<domain> reboot` (the two forms of mod_sofia's usage text:
/// `check_sync [<call_id> | <[user]@domain>]`, `flush_inbound_reg [<call_id> | <[user]@domain>] [reboot]`).
///
/// Protocol as documented (developer.signalwire.com, "The Inbound Event Socket" and "mod_event_socket"): the server
/// opens with `Content-Type: auth/request`; the client sends `auth <password>` and each command followed by an
/// empty line; `auth` is answered by `Content-Type: command/reply` with `Reply-Text: +OK accepted` or `-ERR …`; `api`
/// by `Content-Type: api/response` and a `Content-Length`-counted body. Header lines end in LF.
public struct ESLClient: Sendable {
    public var host: String
    public var port: Int
    public var password: String
    public var profile: String
    public var timeout: Double
    public var rate: Double

    public func notify(_ targets: [ResyncTarget], reboot: Bool) -> [ResyncResult] {
        guard !targets.isEmpty else { return [] }
        let connection: TCPConnection
        do {
            connection = try TCPConnection(host: host, port: port, timeout: timeout)
            guard try reply(on: connection, type: "auth/request") != nil else {
                return AMIClient.failAll(targets, "ESL \(host):\(port): no auth/request greeting")
            }
            try connection.send("auth \(AMIClient.clean(password))\n\n")
            let answer = try reply(on: connection, type: "command/reply")
            guard let text = answer?.headers["reply-text"], text.hasPrefix("+OK") else {
                return AMIClient.failAll(targets, "ESL auth refused: \(answer?.headers["reply-text"] ?? "no reply")")
            }
        } catch {
            return AMIClient.failAll(targets, "ESL \(host):\(port): \(error)")
        }
        defer {
            try? connection.send("exit\n\n")
            connection.close()
        }
        var results: [ResyncResult] = []
        for (index, target) in targets.enumerated() {
            if index > 0 { usleep(useconds_t(1_000_000 / rate)) }
            let address = AMIClient.clean("\(target.user)@\(target.domain)")
            let command = reboot ? "flush_inbound_reg \(address) reboot" : "check_sync \(address)"
            do {
                try connection.send("api sofia profile \(profile) \(command)\n\n")
                let body = try reply(on: connection, type: "api/response")?.body ?? ""
                let line = body.split(separator: "\n").first.map(String.init) ?? ""
                // mod_sofia answers an unknown profile with "Invalid Profile!" (FusionPBX tests for that string) and
                // errors with "-ERR …".
                let failed = line.hasPrefix("-ERR") || line.hasPrefix("Invalid Profile")
                results.append(ResyncResult(mac: target.mac, status: failed ? .failed : .delivered,
                                            detail: "ESL: \(line.isEmpty ? "+OK" : line)"))
            } catch {
                let status: ResyncResult.Status = error.description == "no answer in time" ? .timeout : .failed
                results += targets[index...].map { ResyncResult(mac: $0.mac, status: status, detail: "ESL: \(error)") }
                break
            }
        }
        return results
    }

    /// The next message of `type` (others, such as log or event messages, are skipped), with its counted body.
    private func reply(on connection: TCPConnection, type: String) throws(TCPConnection.Failure) -> (headers: [String: String], body: String)? {
        while true {
            let headers = TCPConnection.headers(try connection.read(until: "\n\n"), separator: "\n")
            let body = try connection.read(count: Int(headers["content-length"] ?? "0") ?? 0)
            if headers["content-type"] == type { return (headers, body) }
            if headers["content-type"] == "text/disconnect-notice" { return nil }
        }
    }
}
