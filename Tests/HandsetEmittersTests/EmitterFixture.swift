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

    /// Each tenant's context, its devices, and every secret value its files may hold.
    func tenants() -> [(context: TenantContext, devices: [ResolvedDevice], secrets: [String])] {
        contexts.enumerated().map { index, context in
            (context, checked.devices.filter { $0.tenantIndex == index },
             [context.provisioningPassword, context.adminPassword] + context.accounts.values.map(\.password))
        }
    }

    /// Whether `bytes` holds any of `secrets`, for the checks that shared files never do.
    static func leaked(_ secrets: [String], in bytes: [UInt8]) -> [String] {
        let text = String(decoding: bytes, as: UTF8.self)
        return secrets.filter { text.contains($0) }
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

    /// The tenant's context as a build makes it, with fake secrets named after what they guard.
    static func context(for tenant: Tenant, in fleet: Fleet) -> TenantContext {
        let id = tenant.id.value
        let secrets = TenantSecrets(
            provisioningPassword: "prov-secret-\(id)", adminPassword: "admin-secret-\(id)",
            extensionPasswords: Dictionary(tenant.extensions.map { ($0.number.value, "sip-secret-\($0.number.value)") },
                                           uniquingKeysWith: { first, _ in first }))
        return TenantContext(fleet: fleet, tenant: tenant, secrets: secrets)
    }
}
