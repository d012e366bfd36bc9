/// What `check` found for one device: a finding per problem, the worst one naming the device's status.
public struct DeviceResult: Sendable {
    /// From worst to best: the first that occurs is the device's status.
    public enum Status: String, Sendable, CaseIterable {
        /// The server did not answer in time, or not at all.
        case timeout
        /// The phone's own request was refused (401, 403, or another error status).
        case refused
        /// A request that must be refused was not refused as the serving design promises (401 without or with
        /// wrong credentials, 404 for another phone's file).
        case unprotected
        /// A file of the release answered 404, or no file of the boot chain leads the phone to it.
        case missing
        /// A body that is not the release's (sha256), or a file served that the release does not hold.
        case differs
        case ok
    }

    /// One problem, with the file it concerns (inside the tenant's folder).
    public struct Finding: Sendable, Equatable {
        public var status: Status
        public var path: String
        public var detail: String

        public init(status: Status, path: String, detail: String) {
            self.status = status
            self.path = path
            self.detail = detail
        }
    }

    public var tenant: String
    public var mac: String
    public var findings: [Finding] = []
    /// HTTP requests made for this device.
    public var requests = 0

    public init(tenant: String, mac: String, findings: [Finding] = []) {
        self.tenant = tenant
        self.mac = mac
        self.findings = findings
    }

    public var status: Status {
        Status.allCases.first { status in findings.contains { $0.status == status } } ?? .ok
    }
}
