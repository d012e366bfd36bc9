import Crypto
import Foundation
import HandsetCore

/// A digest of everything a build's output depends on: every input file (fleet files and the secrets file) with
/// its path, every resolved secret value (environment variables and `derived` ones are not in any file), the
/// options that reach the nginx files, and the `handset` binary itself. Equal digests mean equal output, so a
/// build of unchanged input can stop before emitting anything.
///
/// It sits in each release (`releases/<id>/fingerprint`), beside trees that hold the same secrets in clear, so it
/// discloses nothing the release does not.
public enum BuildFingerprint {
    public static func compute(files: SourceFiles, secrets: [TenantSecrets], options: [String]) -> String {
        var hasher = LengthPrefixedHasher("handset-fingerprint-v1")
        for option in options { hasher.add(Array(option.utf8)) }
        for (path, bytes) in files.all() {
            hasher.add(Array(path.utf8))
            hasher.add(bytes)
        }
        for tenant in secrets { hasher.add(tenant) }
        return hasher.finalize()
    }

    /// Per tenant id, a digest of everything that tenant's files depend on: the binary, the fleet file (defaults,
    /// profiles, provisioning URL), the file that holds the tenant, and the tenant's secret values. No tenant's
    /// files read another tenant's input, so a tenant whose digest equals the one recorded in the current release
    /// has the same files as that release's tree, and a build reuses the tree instead of emitting it again.
    public static func tenantInputs(fleet: Fleet, files: SourceFiles, secrets: [TenantSecrets]) -> [String: String] {
        var digests: [String: String] = [:]
        for (tenant, values) in zip(fleet.tenants, secrets) {
            var hasher = LengthPrefixedHasher("handset-tenant-inputs-v1")
            // File 0 is the fleet file; a tenant written inline in it has no file of its own.
            for file in Set([0, tenant.mark.file]).sorted() {
                hasher.add(Array(files.path(file).utf8))
                hasher.add(files.bytes(of: file))
            }
            hasher.add(values)
            digests[tenant.id.value] = hasher.finalize()
        }
        return digests
    }

    /// SHA-256 over a version label, the binary, and length-prefixed fields: no two inputs give the same stream.
    private struct LengthPrefixedHasher {
        private var hasher = SHA256()

        init(_ label: String) {
            add(Array(label.utf8))
            add(executableDigest)
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

    /// The running binary's SHA-256: a new `handset` may write other bytes for the same input.
    static let executableDigest: [UInt8] = {
        guard let data = FileManager.default.contents(atPath: "/proc/self/exe") else { return Array("unknown".utf8) }
        return Array(SHA256.hash(data: data))
    }()

    /// The fingerprint of the release `current` points at, if it has one.
    public static func current(in output: String) -> String? {
        let layout = OutputLayout(root: output)
        guard let release = layout.currentRelease, let bytes = FileSystem.read(layout.release(release) + "/fingerprint") else {
            return nil
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The id of the current release, for the "no changes" message.
    public static func currentRelease(in output: String) -> String? { OutputLayout(root: output).currentRelease }
}
