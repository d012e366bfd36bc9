import Foundation
import HandsetCore

/// The emit stage: a checked fleet and its secret values in, every tenant's files out, all in memory.
public enum FleetEmitter {
    /// One tenant's files, sorted by path, and how many devices they serve.
    public struct TenantOutput: Sendable {
        public var tenant: String
        public var devices: Int
        public var files: [OutputFile]

        public init(tenant: String, devices: Int, files: [OutputFile]) {
            self.tenant = tenant
            self.devices = devices
            self.files = files
        }
    }

    /// Emits every tenant but those in `skipping` (by id), in parallel, all at once (tests and the emit benchmark;
    /// a build takes them in `Batches`). The fleet must be free of errors (the caller checked).
    public static func emit(_ checked: Pipeline.Checked, secrets: [TenantSecrets], skipping: Set<String> = []) -> [TenantOutput] {
        var batches = Batches(checked, secrets: secrets, skipping: skipping, devicesPerBatch: .max)
        var all: [TenantOutput] = []
        while let batch = batches.next() { all += batch }
        return all
    }

    /// One tenant's files: each device's own files, then each vendor's shared files for its devices.
    public static func emit(_ devices: [ResolvedDevice], in context: TenantContext) -> TenantOutput {
        var files: [OutputFile] = []
        for vendor in Vendor.allCases {
            let ofVendor = devices.filter { $0.model?.vendor == vendor }
            guard !ofVendor.isEmpty else { continue }
            let emitter = Emitters.emitter(for: vendor)
            for device in ofVendor { files += emitter.deviceFiles(for: device, in: context) }
            files += emitter.sharedFiles(for: ofVendor, in: context)
        }
        files.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        return TenantOutput(tenant: context.id, devices: devices.count, files: files)
    }
}

extension TenantContext {
    /// The context of one tenant: defaults applied (port 5060, or 5061 for TLS; UDP; re-check every 1440 min).
    public init(fleet: Fleet, tenant: Tenant, secrets: TenantSecrets) {
        let transport = tenant.sip?.transport?.value ?? .udp
        var base = fleet.provisioning?.url?.value ?? ""
        while base.hasSuffix("/") { base.removeLast() }
        var accounts: [String: Account] = [:]
        accounts.reserveCapacity(tenant.extensions.count)
        for ext in tenant.extensions where accounts[ext.number.value] == nil {
            let number = ext.number.value
            accounts[number] = Account(number: number, displayName: ext.name?.value ?? number,
                                       authUser: ext.authUser?.value ?? number,
                                       password: secrets.extensionPasswords[number] ?? "")
        }
        self.init(id: tenant.id.value, name: tenant.name?.value ?? tenant.id.value,
                  sipServer: tenant.sip?.server?.value ?? "",
                  sipPort: tenant.sip?.port?.value ?? (transport == .tls ? 5061 : 5060),
                  transport: transport, outboundProxy: tenant.sip?.outboundProxy?.value,
                  provisioningURL: base + "/" + tenant.id.value + "/",
                  provisioningUsername: tenant.provisioning?.username?.value ?? tenant.id.value,
                  provisioningPassword: secrets.provisioningPassword, adminPassword: secrets.adminPassword,
                  checkInterval: fleet.provisioning?.checkInterval?.value ?? 1440,
                  accounts: accounts, contacts: tenant.contacts)
        sipPortIsExplicit = tenant.sip?.port != nil
        webUserPassword = secrets.webUserPassword
        pickupCode = tenant.featureCodes?.pickup?.value
        voicemailCode = tenant.featureCodes?.voicemail?.value
    }
}
