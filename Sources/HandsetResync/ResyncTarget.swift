import HandsetCore

/// One phone to tell: its SIP account (the device's first line at its tenant's SIP domain) and what to ask for.
public struct ResyncTarget: Sendable {
    public var tenant: String
    public var mac: String
    public var vendor: Vendor
    /// The account's user part: the extension of the device's first line.
    public var user: String
    /// The tenant's SIP domain (`sip.server`), and the port its phones register to.
    public var domain: String
    public var port: Int

    public init(tenant: String, mac: String, vendor: Vendor, user: String, domain: String, port: Int) {
        self.tenant = tenant
        self.mac = mac
        self.vendor = vendor
        self.user = user
        self.domain = domain
        self.port = port
    }

    /// `sip:100@pbx.acme.example.net`: the address of record the registrar knows the phone by.
    public var uri: String { "sip:\(user)@\(domain)" }

    /// The `Event` header value: `check-sync`, with `;reboot=true` only when a reboot is asked for. Snom is sent
    /// `;reboot=false` otherwise, as Wazo does for a reload without reboot (snom.md §8); Yealink with
    /// `sip.notify_reboot_enable = 0` reboots only on `reboot=true` (yealink.md Y8); Htek takes the plain event that
    /// Wazo sends it (htek.md H8).
    public func event(reboot: Bool) -> String {
        if reboot { return "check-sync;reboot=true" }
        return vendor == .snom ? "check-sync;reboot=false" : "check-sync"
    }
}

/// What became of one phone's check-sync.
public struct ResyncResult: Sendable, Equatable {
    public enum Status: String, Sendable, CaseIterable {
        /// A 2xx: the phone (or the PBX for it) accepted the request.
        case delivered
        /// 404 or 480 from the registrar, or the PBX does not know the endpoint: the phone is not registered.
        case notRegistered = "not-registered"
        /// Another final answer (a 4xx-6xx from the phone or proxy, an AMI or ESL error).
        case failed
        /// No final answer in time.
        case timeout
    }

    public var mac: String
    public var status: Status
    /// The answer as received: `200 OK`, `404 Not Found`, `481 Subscription Does Not Exist`, an AMI `Message:`.
    public var detail: String

    public init(mac: String, status: Status, detail: String) {
        self.mac = mac
        self.status = status
        self.detail = detail
    }
}
