import Foundation

extension FleetLoader {
    struct IncludedFile {
        var url: URL
        var relative: String
    }

    /// Expands `include:` patterns relative to the fleet root, each sorted by byte order (not locale), in pattern
    /// order, without repeats. A pattern that matches nothing or reaches outside the fleet is an error, and so is a
    /// match that is no regular file or whose real path (symlinks resolved) lies outside the fleet folder.
    static func expand(_ patterns: [Located<String>], root: URL, sink: inout DiagnosticSink) -> [IncludedFile] {
        var seen = Set<String>()
        var files: [IncludedFile] = []
        let rootPath = root.path.hasSuffix("/") ? root.path : root.path + "/"
        for pattern in patterns {
            if pattern.value.hasPrefix("/") || pattern.value.split(separator: "/").contains("..") {
                sink.error("E0011", "include pattern '\(pattern.value)' reaches outside the fleet directory", at: pattern.mark,
                           hint: "include paths are relative to handset.yaml and stay below it")
                continue
            }
            let matches = glob(rootPath + pattern.value).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            let yamlMatches = matches.filter { !$0.hasSuffix("/") && $0.hasPrefix(rootPath) }
            if yamlMatches.isEmpty {
                sink.error("E0012", "include pattern '\(pattern.value)' matches no file", at: pattern.mark,
                           hint: "check the path; patterns are relative to handset.yaml, e.g. tenants/*.yaml")
            }
            for path in yamlMatches where seen.insert(path).inserted {
                if let problem = confinementProblem(path, root: root.path) {
                    sink.error("E0013", "include pattern '\(pattern.value)' matches \(path.dropFirst(rootPath.count)), which is refused: \(problem)",
                               at: pattern.mark, hint: "fleet inputs are regular files inside the fleet folder; replace the link with the file itself")
                    continue
                }
                files.append(IncludedFile(url: URL(fileURLWithPath: path), relative: String(path.dropFirst(rootPath.count))))
            }
        }
        return files
    }

    private static func glob(_ pattern: String) -> [String] {
        var result = glob_t()
        defer { globfree(&result) }
        guard Glibc.glob(pattern, GLOB_MARK, nil, &result) == 0 else { return [] }
        return (0..<Int(result.gl_pathc)).compactMap { result.gl_pathv[$0].map { String(cString: $0) } }
    }
}
