/// `manifest.json`: every file of a release with its path, sha256, size, tenant and device MAC, plus each
/// tenant's tree. Written by hand, in a fixed order, so the same release always gives the same bytes; written as
/// bytes because every build renders it whole (200,000 lines for 100,000 phones).
enum Manifest {
    static func render(_ trees: [HashedTree], extraFiles: [(path: String, sha256: String, size: Int)] = []) -> [UInt8] {
        var out = JSONBytes(capacity: trees.reduce(0) { $0 + $1.entries.count } * 160 + 4096)
        out.raw("{\n  \"version\": 1,\n  \"tenants\": [\n")
        for (index, tree) in trees.enumerated() {
            out.raw(index == 0 ? "    {\"tenant\": " : ",\n    {\"tenant\": ")
            out.string(tree.tenant)
            out.raw(", \"tree\": ")
            out.string(tree.hash)
            out.raw(", \"devices\": \(tree.devices), \"files\": \(tree.entries.count)}")
        }
        out.raw("\n  ],\n  \"files\": [\n")
        var first = true
        func line(folder: String? = nil, path: String, sha256: String, size: Int, tenant: String?, mac: String?) {
            out.raw(first ? "    {\"path\": " : ",\n    {\"path\": ")
            first = false
            out.string(folder.map { [$0, "/", path] } ?? [path])
            out.raw(", \"sha256\": ")
            out.string(sha256)
            out.raw(", \"size\": \(size)")
            if let tenant {
                out.raw(", \"tenant\": ")
                out.string(tenant)
            }
            if let mac {
                out.raw(", \"mac\": ")
                out.string(mac)
            }
            out.raw("}")
        }
        for tree in trees {
            for file in tree.entries {
                line(folder: tree.tenant, path: file.path, sha256: file.sha256, size: file.size, tenant: tree.tenant, mac: file.mac)
            }
        }
        for extra in extraFiles { line(path: extra.path, sha256: extra.sha256, size: extra.size, tenant: nil, mac: nil) }
        out.raw("\n  ]\n}\n")
        return out.bytes
    }
}

/// A byte buffer with JSON string quoting. Tenant ids and paths are checked to be plain ASCII names; this escapes
/// anyway.
struct JSONBytes {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

    /// One JSON string of the concatenated `parts`.
    mutating func string(_ parts: [String]) {
        bytes.append(0x22)
        for part in parts { escaped(part) }
        bytes.append(0x22)
    }

    mutating func string(_ text: String) {
        bytes.append(0x22)
        escaped(text)
        bytes.append(0x22)
    }

    private mutating func escaped(_ text: String) {
        for byte in text.utf8 {
            switch byte {
            case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
            case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
            case ..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]])
            default: bytes.append(byte)
            }
        }
    }
}
