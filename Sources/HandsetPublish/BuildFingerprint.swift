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
        var hasher = SHA256()
        func add(_ bytes: [UInt8]) {
            withUnsafeBytes(of: UInt64(bytes.count).bigEndian) { hasher.update(bufferPointer: $0) }
            hasher.update(data: bytes)
        }
        add(Array("handset-fingerprint-v1".utf8))
        add(executableDigest)
        for option in options { add(Array(option.utf8)) }
        for (path, bytes) in files.all() {
            add(Array(path.utf8))
            add(bytes)
        }
        for tenant in secrets {
            add(Array(tenant.provisioningPassword.utf8))
            add(Array(tenant.adminPassword.utf8))
            for number in tenant.extensionPasswords.keys.sorted() {
                add(Array(number.utf8))
                add(Array(tenant.extensionPasswords[number]!.utf8))
            }
        }
        return Hex.encode(hasher.finalize())
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
