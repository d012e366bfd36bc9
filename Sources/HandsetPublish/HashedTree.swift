import Crypto
import HandsetEmitters

/// A tenant's files with their SHA-256, and the tree's name: the hash of its file names and contents.
///
/// A tree is either freshly emitted (`outputs` holds the bytes to write) or reused from the current release
/// because the tenant's inputs are unchanged (`outputs` is nil; its entries come from that release's index).
struct HashedTree: Sendable {
    struct Entry: Sendable, Equatable {
        var path: String
        var sha256: String
        var size: Int
        var mac: String?
    }

    var tenant: String
    var devices: Int
    var entries: [Entry]
    var hash: String
    /// The emitted files, in the order of `entries`; nil for a reused tree, which is never written.
    var outputs: [OutputFile]?
    /// The tenant's input digest (`BuildInputs.tenants`), recorded in the release index.
    var inputs: String?

    init(_ output: FleetEmitter.TenantOutput, inputs: String?) {
        tenant = output.tenant
        devices = output.devices
        outputs = output.files
        self.inputs = inputs
        entries = output.files.map {
            Entry(path: $0.path, sha256: Hex.encode(SHA256.hash(data: $0.bytes)), size: $0.bytes.count, mac: $0.mac)
        }
        hash = Self.treeHash(entries)
    }

    /// A tree read back from a release index: no bytes, so it can only be reused, never written.
    init(tenant: String, devices: Int, entries: [Entry], hash: String, inputs: String?) {
        self.tenant = tenant
        self.devices = devices
        self.entries = entries
        self.hash = hash
        self.inputs = inputs
        outputs = nil
    }

    static func treeHash(_ entries: [Entry]) -> String {
        var hasher = SHA256()
        for entry in entries {
            hasher.update(data: Array(entry.path.utf8))
            hasher.update(data: [0])
            hasher.update(data: Array(entry.sha256.utf8))
            hasher.update(data: [0x0A])
        }
        return String(Hex.encode(hasher.finalize()).prefix(24))
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
