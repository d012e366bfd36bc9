/// `manifest.json`: every file of a release with its path, sha256, size, tenant and device MAC, plus each
/// tenant's tree. Written by hand, in a fixed order, so the same release always gives the same bytes.
enum Manifest {
    static func render(_ trees: [HashedTree], extraFiles: [(path: String, sha256: String, size: Int)] = []) -> [UInt8] {
        var out = "{\n  \"version\": 1,\n  \"tenants\": [\n"
        out += trees.map { "    {\"tenant\": \(quote($0.tenant)), \"tree\": \(quote($0.hash)), \"devices\": \($0.devices), \"files\": \($0.entries.count)}" }
            .joined(separator: ",\n")
        out += "\n  ],\n  \"files\": [\n"
        var lines: [String] = []
        for tree in trees {
            for file in tree.entries {
                var line = "    {\"path\": \(quote(tree.tenant + "/" + file.path)), \"sha256\": \"\(file.sha256)\", "
                line += "\"size\": \(file.size), \"tenant\": \(quote(tree.tenant))"
                if let mac = file.mac { line += ", \"mac\": \"\(mac)\"" }
                lines.append(line + "}")
            }
        }
        for extra in extraFiles {
            lines.append("    {\"path\": \(quote(extra.path)), \"sha256\": \"\(extra.sha256)\", \"size\": \(extra.size)}")
        }
        out += lines.joined(separator: ",\n")
        out += "\n  ]\n}\n"
        return Array(out.utf8)
    }

    /// A JSON string; tenant ids and paths are checked to be plain ASCII names, this escapes anyway.
    static func quote(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default:
                if scalar.value < 0x20 { out += "\\u00" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }
}
