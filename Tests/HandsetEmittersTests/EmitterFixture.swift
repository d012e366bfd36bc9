import Foundation
import HandsetCore
@testable import HandsetEmitters
import HandsetTestSupport
import Testing

/// A fixture fleet checked through the real front end, with tenant contexts whose secrets are obviously fake, and
/// the whole output of one emitter over it as a tree: `<tenant>/<path>` -> bytes.
struct EmitterFixture {
    let checked: Pipeline.Checked
    let contexts: [TenantContext]

    /// Fixtures live beside this file: `Fixtures/<vendor>/<feature>/handset.yaml`.
    static func folder(_ vendor: String, _ feature: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/\(vendor)/\(feature)")
    }

    /// Golden trees live beside this file: `Golden/<vendor>/<feature>/`.
    static func golden(_ vendor: String, _ feature: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Golden/\(vendor)/\(feature)")
    }

    /// Feature folders of a vendor's fixtures, sorted.
    static func features(_ vendor: String) -> [String] {
        Fixtures.folders(in: "Tests/HandsetEmittersTests/Fixtures/\(vendor)")
    }

    init(_ vendor: String, _ feature: String) throws {
        checked = try Pipeline.check(path: Self.folder(vendor, feature).path)
        let fleet = checked.fleet
        contexts = fleet.tenants.map { Self.context(for: $0, in: fleet) }
    }

    /// Every diagnostic of severity error, for `#expect(errors.isEmpty)`.
    var errors: [String] {
        checked.diagnostics.filter { $0.severity == .error }
            .map { TemporaryFleet.describe($0, checked.files) + " " + $0.message }
    }

    /// The emitter's files for every device and tenant, keyed `<tenant>/<path>`.
    func emit(_ emitter: any Emitter) -> [String: [UInt8]] {
        var tree: [String: [UInt8]] = [:]
        for (index, context) in contexts.enumerated() {
            let devices = checked.devices.filter { $0.tenantIndex == index && $0.model?.vendor == emitter.vendor }
            var files = devices.flatMap { emitter.deviceFiles(for: $0, in: context) }
            files += emitter.sharedFiles(for: devices, in: context)
            for file in files {
                #expect(tree["\(context.id)/\(file.path)"] == nil, "\(file.path) emitted twice")
                tree["\(context.id)/\(file.path)"] = file.bytes
            }
        }
        return tree
    }

    /// A tenant context as a build would make it, with fake secrets named after what they guard.
    static func context(for tenant: Tenant, in fleet: Fleet) -> TenantContext {
        let id = tenant.id.value
        let transport = tenant.sip?.transport?.value ?? .udp
        var base = fleet.provisioning?.url?.value ?? "https://prov.example.net"
        while base.hasSuffix("/") { base.removeLast() }
        var accounts: [String: TenantContext.Account] = [:]
        for ext in tenant.extensions {
            let number = ext.number.value
            accounts[number] = TenantContext.Account(
                number: number, displayName: ext.name?.value ?? number, authUser: ext.authUser?.value ?? number,
                password: "sip-secret-\(number)")
        }
        return TenantContext(
            id: id, name: tenant.name?.value ?? id,
            sipServer: tenant.sip?.server?.value ?? "", sipPort: tenant.sip?.port?.value ?? (transport == .tls ? 5061 : 5060),
            transport: transport, outboundProxy: tenant.sip?.outboundProxy?.value,
            provisioningURL: "\(base)/\(id)/",
            provisioningUsername: tenant.provisioning?.username?.value ?? id,
            provisioningPassword: "prov-secret-\(id)", adminPassword: "admin-secret-\(id)",
            checkInterval: fleet.provisioning?.checkInterval?.value ?? 1440,
            accounts: accounts, contacts: tenant.contacts)
    }
}
