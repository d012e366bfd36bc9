/// Delivers the check-syncs by the chosen route: one `--via` for all, or each tenant's own SIP server.
public struct ResyncDelivery: Sendable {
    public var via: Via?
    /// The AMI secret or event-socket password.
    public var secret: String?
    public var rate: Double
    public var timeout: Double
    public var reboot: Bool

    public init(via: Via?, secret: String?, rate: Double, timeout: Double, reboot: Bool) {
        self.via = via
        self.secret = secret
        self.rate = rate
        self.timeout = timeout
        self.reboot = reboot
    }

    /// One result per target, in the order given. A route that cannot be reached at all (a name that does not
    /// resolve, a refused login) fails every phone sent through it, with the reason.
    public func deliver(_ targets: [ResyncTarget]) -> [ResyncResult] {
        let reboot = self.reboot
        switch via {
        case .sip(let host, let port):
            return sip(targets, host: host, port: port)
        case nil:
            // Each tenant's own server: group by it, keep the order given.
            var results: [String: ResyncResult] = [:]
            let groups = Dictionary(grouping: targets, by: { "\($0.domain):\($0.port)" })
            for key in groups.keys.sorted() {
                let group = groups[key]!
                for result in sip(group, host: group[0].domain, port: group[0].port) { results[result.mac] = result }
            }
            return targets.map { results[$0.mac]! }
        case .ami(let user, let host, let port):
            return AMIClient(host: host, port: port, user: user, secret: secret ?? "", timeout: timeout, rate: rate)
                .notify(targets) { $0.event(reboot: reboot) }
        case .esl(let host, let port, let profile):
            return ESLClient(host: host, port: port, password: secret ?? "", profile: profile, timeout: timeout, rate: rate)
                .notify(targets, reboot: reboot)
        }
    }

    private func sip(_ targets: [ResyncTarget], host: String, port: Int) -> [ResyncResult] {
        let reboot = self.reboot
        do {
            return try SIPNotifier(host: host, port: port, rate: rate, timeout: timeout).send(targets) { $0.event(reboot: reboot) }
        } catch {
            return targets.map { ResyncResult(mac: $0.mac, status: .failed, detail: error.description) }
        }
    }
}
