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

    /// The trees of an index file, by tenant (without bytes: they can only be reused); nil when it is missing or not in this format (then nothing is reused).
    /// It is read on every build, 200,000 lines for 100,000 phones: fields are cut out of the bytes in place.
    static func read(_ bytes: [UInt8]) -> [String: HashedTree]? {
        bytes.withUnsafeBufferPointer { buffer -> [String: HashedTree]? in
            var lines = Lines(buffer)
            guard let first = lines.next(), String(decoding: first, as: UTF8.self) == header else { return nil }
            var tenants: [String: HashedTree] = [:]
            while let line = lines.next(), !line.isEmpty {
                let fields = split(line, into: 6)
                guard fields.count == 6, fields[0].elementsEqual("tenant".utf8), let devices = Int(text(fields[4])),
                      let count = Int(text(fields[5])), count >= 0,
                      // A damaged index can claim any count: each entry takes a line of at least 8 bytes, so
                      // more than the file could hold means a bad index (read as absent), not a huge allocation.
                      count <= buffer.count / 8 else { return nil }
                var entries: [HashedTree.Entry] = []
                entries.reserveCapacity(count)
                for _ in 0..<count {
                    guard let line = lines.next() else { return nil }
                    let parts = split(line, into: 4)
                    guard parts.count == 4, let size = Int(text(parts[1])) else { return nil }
                    let mac = text(parts[2])
                    entries.append(.init(path: text(parts[3]), sha256: text(parts[0]), size: size, mac: mac == "-" ? nil : mac))
                }
                let id = text(fields[1]), inputs = text(fields[2])
                tenants[id] = HashedTree(tenant: id, devices: devices, entries: entries, hash: text(fields[3]),
                                         inputs: inputs == "-" ? nil : inputs)
            }
            return tenants
        }
    }

    private typealias Bytes = Slice<UnsafeBufferPointer<UInt8>>

    private static func text(_ bytes: Bytes) -> String { String(decoding: bytes, as: UTF8.self) }

    /// The line cut at its first `limit - 1` spaces; the last field keeps any further spaces.
    private static func split(_ line: Bytes, into limit: Int) -> [Bytes] {
        var fields: [Bytes] = []
        fields.reserveCapacity(limit)
        var start = line.startIndex
        var index = start
        while index < line.endIndex, fields.count < limit - 1 {
            if line[index] == 0x20 {
                fields.append(line[start..<index])
                start = index + 1
            }
            index += 1
        }
        fields.append(line[start..<line.endIndex])
        return fields
    }

    /// The lines of a buffer, without their line breaks.
    private struct Lines {
        let buffer: UnsafeBufferPointer<UInt8>
        var position = 0

        init(_ buffer: UnsafeBufferPointer<UInt8>) { self.buffer = buffer }

        mutating func next() -> Bytes? {
            guard position < buffer.count else { return nil }
            let start = position
            while position < buffer.count, buffer[position] != 0x0A { position += 1 }
            let line = buffer[start..<position]
            position += 1
            return line
        }
    }
}
