import Dispatch
import HandsetCore

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
        // Each tree's lines in parallel, each line after ",\n"; the first of all goes without the comma.
        let chunks = ResultSlots<[UInt8]>(count: trees.count)
        DispatchQueue.concurrentPerform(iterations: trees.count) { index in
            let tree = trees[index]
            var chunk = JSONBytes(capacity: tree.entries.count * 160)
            for file in tree.entries {
                chunk.line(folder: tree.tenant, path: file.path, sha256: file.sha256, size: file.size, tenant: tree.tenant, mac: file.mac)
            }
            chunks[index] = chunk.bytes
        }
        var files = JSONBytes(capacity: 0)
        for extra in extraFiles { files.line(path: extra.path, sha256: extra.sha256, size: extra.size, tenant: nil, mac: nil) }
        let sections = chunks.values + [files.bytes]
        var first = true
        for section in sections where !section.isEmpty {
            out.append(first ? section.dropFirst(2) : section[...])
            first = false
        }
        out.raw("\n  ]\n}\n")
        return out.bytes
    }
}

extension JSONBytes {
    /// One entry of the files list, after ",\n".
    fileprivate mutating func line(folder: String? = nil, path: String, sha256: String, size: Int, tenant: String?, mac: String?) {
        raw(",\n    {\"path\": ")
        string(path, after: folder.map { $0 + "/" } ?? "")
        raw(", \"sha256\": ")
        string(sha256)
        raw(", \"size\": \(size)")
        if let tenant {
            raw(", \"tenant\": ")
            string(tenant)
        }
        if let mac {
            raw(", \"mac\": ")
            string(mac)
        }
        raw("}")
    }
}

/// A byte buffer with JSON string quoting. Tenant ids and paths are checked to be plain ASCII names; this escapes
/// anyway.
struct JSONBytes {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

    mutating func append(_ rendered: ArraySlice<UInt8>) { bytes.append(contentsOf: rendered) }

    /// One JSON string of `prefix` followed by `text`.
    mutating func string(_ text: String, after prefix: String = "") {
        bytes.append(0x22)
        escaped(prefix)
        escaped(text)
        bytes.append(0x22)
    }

    private mutating func escaped(_ text: String) {
        let utf8 = text.utf8
        // Paths, hashes and MACs hold nothing to escape: one copy instead of a switch per byte.
        if !utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
            bytes.append(contentsOf: utf8)
            return
        }
        for byte in utf8 {
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
