/// `releases/<id>/index`: per tenant, its input digest, tree, device count and files (sha256, size, MAC, path).
/// The manifest says the same for people and tools; this file is for the next build, which reads it to reuse the
/// trees of tenants whose inputs are unchanged without emitting or hashing them again. Its format is lines of
/// space-separated fields (tenant ids, MACs and emitted paths hold no spaces; `PathSafety` and validation see to
/// it), so reading it back is a split per line:
///
///     handset-release-index 1
///     tenant <id> <inputs digest or -> <tree> <devices> <file count>
///     <sha256> <size> <mac or -> <path>
enum ReleaseIndex {
    struct Tenant: Sendable, Equatable {
        var tenant: String
        var inputs: String?
        var tree: String
        var devices: Int
        var entries: [HashedTree.Entry]
    }

    static let header = "handset-release-index 1"

    static func render(_ trees: [HashedTree]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(trees.reduce(0) { $0 + $1.entries.count } * 110 + 64)
        func line(_ fields: String...) {
            for (index, field) in fields.enumerated() {
                if index > 0 { out.append(0x20) }
                out.append(contentsOf: field.utf8)
            }
            out.append(0x0A)
        }
        line(header)
        for tree in trees {
            line("tenant", tree.tenant, tree.inputs ?? "-", tree.hash, String(tree.devices), String(tree.entries.count))
            for entry in tree.entries { line(entry.sha256, String(entry.size), entry.mac ?? "-", entry.path) }
        }
        return out
    }

    /// The tenants of an index file; nil when it is missing or not in this format (then nothing is reused).
    static func read(_ bytes: [UInt8]) -> [String: Tenant]? {
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        guard let first = lines.first, String(decoding: first, as: UTF8.self) == header else { return nil }
        var tenants: [String: Tenant] = [:]
        var at = 1
        while at < lines.count, !lines[at].isEmpty {
            let fields = lines[at].split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
            guard fields.count == 6, fields[0] == "tenant", let devices = Int(fields[4]), let count = Int(fields[5]),
                  count >= 0, at + count < lines.count else { return nil }
            var entries: [HashedTree.Entry] = []
            entries.reserveCapacity(count)
            for line in lines[(at + 1)...(at + count)] {
                let parts = line.split(separator: 0x20, maxSplits: 3).map { String(decoding: $0, as: UTF8.self) }
                guard parts.count == 4, let size = Int(parts[1]) else { return nil }
                entries.append(.init(path: parts[3], sha256: parts[0], size: size, mac: parts[2] == "-" ? nil : parts[2]))
            }
            tenants[fields[1]] = Tenant(tenant: fields[1], inputs: fields[2] == "-" ? nil : fields[2], tree: fields[3],
                                        devices: devices, entries: entries)
            at += count + 1
        }
        return tenants
    }
}
