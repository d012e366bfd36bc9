import Crypto
import Foundation

/// Where secret values come from at build time: the environment, an optional secrets file, the master key.
///
/// Only `handset build` (and commands that emit) read values; `validate` never needs them.
public struct SecretSources: Sendable {
    public var environment: [String: String]
    /// Values of the secrets file by slash-separated path, with the mark of each for messages.
    public var file: [String: String]
    /// The secrets file as the user named it, for messages; nil when none was given.
    public var filePath: String?
    public var masterKey: [UInt8]?

    public init(environment: [String: String], file: [String: String] = [:], filePath: String? = nil) {
        self.environment = environment
        self.file = file
        self.filePath = filePath
        masterKey = environment["HANDSET_MASTER_KEY"].map { Array($0.utf8) }
    }

    /// The smallest master key accepted: 32 bytes, as much as the HMAC's output.
    public static let minimumMasterKeyLength = 32

    /// `derived`: HMAC-SHA256 under the master key of an unambiguous encoding of tenant and field path (each
    /// length-prefixed), as 20 characters of lowercase base32: stable across builds, stored nowhere.
    public static func derive(masterKey: [UInt8], tenant: String, field: String) -> String {
        derive(keyed: HMAC<SHA256>(key: SymmetricKey(data: masterKey)), tenant: tenant, field: field)
    }

    /// `derive` with an HMAC already keyed with the master key, copied for each value: keying hashes the key's
    /// two pads, half the work of one HMAC, and a fleet derives one value per extension.
    public static func derive(keyed: HMAC<SHA256>, tenant: String, field: String) -> String {
        var message = Array("handset-derived-v1".utf8)
        for part in [tenant, field] {
            let bytes = Array(part.utf8)
            withUnsafeBytes(of: UInt32(bytes.count).bigEndian) { message.append(contentsOf: $0) }
            message.append(contentsOf: bytes)
        }
        var hmac = keyed
        hmac.update(data: message)
        return String(Base32.encode(Array(hmac.finalize())).prefix(20))
    }
}

/// RFC 4648 base32 in lowercase without padding: letters and digits 2-7, easy to type on a phone keypad.
enum Base32 {
    /// Bytes, not Characters: a fleet derives one value per extension, and Character appends cost more than HMAC.
    private static let alphabet = Array("abcdefghijklmnopqrstuvwxyz234567".utf8)

    static func encode(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count * 8 + 4) / 5)
        var buffer = 0, bits = 0
        for byte in bytes {
            buffer = (buffer << 8) | Int(byte)
            bits += 8
            while bits >= 5 {
                out.append(alphabet[(buffer >> (bits - 5)) & 31])
                bits -= 5
            }
        }
        if bits > 0 { out.append(alphabet[(buffer << (5 - bits)) & 31]) }
        return String(decoding: out, as: UTF8.self)
    }
}
