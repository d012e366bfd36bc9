import Crypto
import HandsetEmitters

/// A tenant's files with their SHA-256, and the tree's name: the hash of its file names and contents.
struct HashedTree: Sendable {
    struct File: Sendable {
        var output: OutputFile
        var sha256: String
    }

    var tenant: String
    var devices: Int
    var files: [File]
    var hash: String

    init(_ output: FleetEmitter.TenantOutput) {
        tenant = output.tenant
        devices = output.devices
        files = output.files.map { File(output: $0, sha256: Hex.encode(SHA256.hash(data: $0.bytes))) }
        var hasher = SHA256()
        for file in files {
            hasher.update(data: Array(file.output.path.utf8))
            hasher.update(data: [0])
            hasher.update(data: Array(file.sha256.utf8))
            hasher.update(data: [0x0A])
        }
        hash = String(Hex.encode(hasher.finalize()).prefix(24))
    }
}

enum Hex {
    static func encode<D: Sequence>(_ bytes: D) -> String where D.Element == UInt8 {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
