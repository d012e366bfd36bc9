import Crypto
import Foundation
import HandsetCore

/// Digests of what a build's output depends on: every input file (fleet files and the secrets file) with its
/// path, every resolved secret value (environment variables and `derived` ones are not in any file), the options
/// that reach the nginx files, and the `handset` binary itself.
///
/// - `fingerprint` covers all of it: equal fingerprints mean equal output, so a build of unchanged input stops
///   before emitting anything.
/// - `tenants` has one digest per tenant id, of what that tenant's files depend on: the binary, the fleet file
///   (defaults, profiles, provisioning URL), the file that holds the tenant, and the tenant's secret values. No
///   tenant's files read another tenant's input, so a tenant whose digest equals the one recorded in the current
///   release has the same files as that release's tree, and the build takes the tree over instead of emitting it.
///
/// Each file is hashed once, in parallel, and the digests above are taken over the file digests. They sit in each
/// release (`releases/<id>/fingerprint` and `index`), beside trees that hold the same secrets in clear, so they
/// disclose nothing the release does not.
public struct BuildInputs: Sendable {
    public let fingerprint: String
    public let tenants: [String: String]

    public init(_ checked: Pipeline.Checked, secrets: [TenantSecrets], options: [String]) {
        let files = checked.files.all()
        let slots = ResultSlots<[UInt8]>(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { slots[$0] = Array(SHA256.hash(data: files[$0].bytes)) }
        let digests = slots.values
        func add(file: Int, to hasher: inout LengthPrefixedHasher) {
            hasher.add(Array(files[file].path.utf8))
            hasher.add(digests[file])
        }

        var all = LengthPrefixedHasher("handset-fingerprint-v2")
        for option in options { all.add(Array(option.utf8)) }
        for file in files.indices { add(file: file, to: &all) }
        for tenant in secrets { all.add(tenant) }
        fingerprint = all.finalize()

        var tenants: [String: String] = [:]
        for (tenant, values) in zip(checked.fleet.tenants, secrets) {
            var hasher = LengthPrefixedHasher("handset-tenant-inputs-v1")
            // File 0 is the fleet file; a tenant written inline in it has no file of its own.
            for file in Set([0, Int(tenant.mark.file)]).sorted() where file < files.count { add(file: file, to: &hasher) }
            hasher.add(values)
            tenants[tenant.id.value] = hasher.finalize()
        }
        self.tenants = tenants
    }

    /// The fingerprint of the release `current` points at, if it has one.
    public static func currentFingerprint(in output: String) -> String? {
        let layout = OutputLayout(root: output)
        guard let release = layout.currentRelease, let bytes = FileSystem.read(layout.release(release) + "/fingerprint") else {
            return nil
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The id of the current release, for the "no changes" message.
    public static func currentRelease(in output: String) -> String? { OutputLayout(root: output).currentRelease }

    /// The running binary's SHA-256: a new `handset` may write other bytes for the same input.
    static let executableDigest: [UInt8] = {
        guard let data = FileManager.default.contents(atPath: "/proc/self/exe") else { return Array("unknown".utf8) }
        return Array(SHA256.hash(data: data))
    }()
}

/// SHA-256 over a version label, the binary, and length-prefixed fields: no two inputs give the same stream.
private struct LengthPrefixedHasher {
    private var hasher = SHA256()

    init(_ label: String) {
        add(Array(label.utf8))
        add(BuildInputs.executableDigest)
    }

    mutating func add(_ bytes: [UInt8]) {
        withUnsafeBytes(of: UInt64(bytes.count).bigEndian) { hasher.update(bufferPointer: $0) }
        hasher.update(data: bytes)
    }

    mutating func add(_ tenant: TenantSecrets) {
        add(Array(tenant.provisioningPassword.utf8))
        add(Array(tenant.adminPassword.utf8))
        for number in tenant.extensionPasswords.keys.sorted() {
            add(Array(number.utf8))
            add(Array(tenant.extensionPasswords[number]!.utf8))
        }
    }

    func finalize() -> String { Hex.encode(hasher.finalize()) }
}
