import Foundation

/// Asterisk's manager interface (AMI, TCP 5038): log in, then one `PJSIPNotify` action per phone to the PJSIP
/// endpoint named like its extension, with `Variable: Event=check-sync…` as the NOTIFY's Event header.
///
/// Protocol as documented: a packet is `Name: value` lines ending in CRLF and closed by an empty line; the server
/// greets with one `Asterisk Call Manager/<version>` line; `Action: Login` with `Username`/`Secret` answers
/// `Response: Success` (`Message: Authentication accepted`) or `Response: Error`; responses carry the request's
/// `ActionID`; `Event:` packets may come in between (docs.asterisk.org "AMI Actions: PJSIPNotify", Asterisk 18-22:
/// `Action: PJSIPNotify`, `ActionID`, one of `Endpoint`/`URI`/`Channel`, `Variable: name=value` appended as a header).
/// `Success` means Asterisk sent the NOTIFY; it does not carry the phone's own answer.
public struct AMIClient: Sendable {
    public var host: String
    public var port: Int
    public var user: String
    public var secret: String
    public var timeout: Double
    public var rate: Double

    public func notify(_ targets: [ResyncTarget], event: (ResyncTarget) -> String) -> [ResyncResult] {
        guard !targets.isEmpty else { return [] }
        let connection: TCPConnection
        do {
            connection = try TCPConnection(host: host, port: port, timeout: timeout)
            _ = try connection.read(until: "\r\n")
            try connection.send("Action: Login\r\nActionID: handset-login\r\nUsername: \(Self.clean(user))\r\nSecret: \(Self.clean(secret))\r\nEvents: off\r\n\r\n")
            let login = try response(to: "handset-login", on: connection)
            guard login["response"]?.lowercased() == "success" else {
                return Self.failAll(targets, "AMI login refused: \(login["message"] ?? "no message")")
            }
        } catch {
            return Self.failAll(targets, "AMI \(host):\(port): \(error)")
        }
        defer {
            try? connection.send("Action: Logoff\r\nActionID: handset-logoff\r\n\r\n")
            connection.close()
        }
        var results: [ResyncResult] = []
        for (index, target) in targets.enumerated() {
            if index > 0 { usleep(useconds_t(1_000_000 / rate)) }
            let id = "handset-\(index + 1)"
            do {
                try connection.send("Action: PJSIPNotify\r\nActionID: \(id)\r\nEndpoint: \(Self.clean(target.user))\r\nVariable: Event=\(event(target))\r\n\r\n")
                let answer = try response(to: id, on: connection)
                let message = answer["message"] ?? ""
                results.append(ResyncResult(mac: target.mac, status: answer["response"]?.lowercased() == "success" ? .delivered : .failed,
                                            detail: "AMI \(answer["response"] ?? "?"): \(message)"))
            } catch {
                // The connection is gone or silent: the rest cannot be sent either.
                let status: ResyncResult.Status = error.description == "no answer in time" ? .timeout : .failed
                results += targets[index...].map { ResyncResult(mac: $0.mac, status: status, detail: "AMI: \(error)") }
                break
            }
        }
        return results
    }

    /// The packet answering `id`, skipping events and other responses.
    private func response(to id: String, on connection: TCPConnection) throws(TCPConnection.Failure) -> [String: String] {
        while true {
            let packet = TCPConnection.headers(try connection.read(until: "\r\n\r\n"), separator: "\r\n")
            if packet["actionid"] == id, packet["response"] != nil { return packet }
        }
    }

    /// A value as one header line: CR and LF would start a header of the caller's choosing.
    static func clean(_ value: String) -> String { value.filter { $0 != "\r" && $0 != "\n" } }

    static func failAll(_ targets: [ResyncTarget], _ reason: String) -> [ResyncResult] {
        targets.map { ResyncResult(mac: $0.mac, status: .failed, detail: reason) }
    }
}
