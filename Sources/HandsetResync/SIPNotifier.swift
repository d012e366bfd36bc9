import Foundation

/// Sends check-sync NOTIFYs over UDP to one SIP proxy or registrar, which routes each to the phone registered for
/// its Request-URI, and collects each final answer. One socket, one thread, `poll()`: NOTIFYs leave at most `rate`
/// per second, each is retransmitted on RFC 3261's non-INVITE schedule (500 ms doubling up to 4 s, §17.1.2.2) until
/// a final response or `timeout`.
public struct SIPNotifier: Sendable {
    public var host: String
    public var port: Int
    public var rate: Double
    public var timeout: Double

    public init(host: String, port: Int, rate: Double, timeout: Double) {
        self.host = host
        self.port = port
        self.rate = rate
        self.timeout = timeout
    }

    /// The failure to reach the proxy at all (name, socket).
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    private struct Pending {
        var index: Int
        var bytes: [UInt8]
        var sentAt: Double
        var retransmitAt: Double
        var interval: Double
    }

    /// One result per target, in the order given; `event` gives each target's Event header value.
    public func send(_ targets: [ResyncTarget], event: (ResyncTarget) -> String) throws(Failure) -> [ResyncResult] {
        let socket = try UDPSocket(host: host, port: port)
        defer { socket.close() }
        var results = [ResyncResult?](repeating: nil, count: targets.count)
        var pending: [String: Pending] = [:]
        var next = 0
        let start = Self.now()
        let spacing = rate > 0 ? 1 / rate : 0
        while next < targets.count || !pending.isEmpty {
            let now = Self.now()
            if next < targets.count, now >= start + Double(next) * spacing {
                let target = targets[next]
                let callID = Self.token() + "@handset"
                let bytes = Array(SIPMessage.notify(target, event: event(target), local: socket.local, callID: callID,
                                                    branch: "z9hG4bK" + Self.token(), tag: Self.token()).utf8)
                socket.send(bytes)
                pending[callID] = Pending(index: next, bytes: bytes, sentAt: now, retransmitAt: now + 0.5, interval: 0.5)
                next += 1
                continue
            }
            for (callID, item) in pending {
                if now - item.sentAt >= timeout {
                    results[item.index] = ResyncResult(mac: targets[item.index].mac, status: .timeout,
                                                       detail: "no final answer in \(Int(timeout)) s")
                    pending[callID] = nil
                } else if now >= item.retransmitAt {
                    socket.send(item.bytes)
                    pending[callID]?.interval = min(item.interval * 2, 4)
                    pending[callID]?.retransmitAt = now + min(item.interval * 2, 4)
                }
            }
            var wake = pending.values.map { min($0.retransmitAt, $0.sentAt + timeout) }.min() ?? now + 1
            if next < targets.count { wake = min(wake, start + Double(next) * spacing) }
            guard let datagram = socket.receive(waitingUpTo: max(0, wake - Self.now())),
                  let response = SIPMessage.parseResponse(datagram), let item = pending[response.callID],
                  response.code >= 200 else { continue }
            pending[response.callID] = nil
            results[item.index] = ResyncResult(mac: targets[item.index].mac, status: Self.status(response.code),
                                               detail: "\(response.code) \(response.reason)")
        }
        return results.map { $0! }
    }

    static func status(_ code: Int) -> ResyncResult.Status {
        switch code {
        case 200..<300: return .delivered
        // A registrar's answer for an address of record with no contact (Kamailio's lookup(), RFC 3261 §10.3).
        case 404, 480: return .notRegistered
        default: return .failed
        }
    }

    static func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

    static func token() -> String { String(UInt64.random(in: 0...UInt64.max), radix: 36) }
}
