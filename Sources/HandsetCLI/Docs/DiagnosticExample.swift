import Foundation
import HandsetCore

/// One code's example, run through the real pipeline: the command a user would type and the human-format report
/// of the first diagnostic with that code. Generation fails when the input no longer produces the code.
struct DiagnosticExample {
    var code: String
    var severity: Diagnostic.Severity
    /// The diagnostic's one-line message, for the index of codes.
    var message: String
    /// What the input shows, in a few words.
    var caption: String
    /// Where the input lives (`Tests/Corpus/bad/<case>`), or nil for an inline example.
    var corpusCase: String?
    /// The inline example's files, shown on the page, by path.
    var files: [(path: String, text: String)] = []
    var command: String
    var output: String

    /// A failure to produce an example: names the code and what to fix.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func make(code: String, corpus: URL) throws -> DiagnosticExample {
        if let name = DiagnosticCodes.corpusCases[code] {
            let folder = corpus.appendingPathComponent(name)
            let expected = (try? String(contentsOf: folder.appendingPathComponent("expected"), encoding: .utf8)) ?? ""
            let caption = expected.split(separator: "\n").first { $0.hasPrefix("#") }
                .map { $0.dropFirst().trimmingCharacters(in: .whitespaces) } ?? name
            let (diagnostic, files) = try run(code, folder: folder, build: false, secrets: nil)
            return DiagnosticExample(code: code, severity: diagnostic.severity, message: diagnostic.message,
                                     caption: caption, corpusCase: name, command: "handset validate",
                                     output: render(diagnostic, files, hiding: nil))
        }
        guard let example = InlineExamples.examples[code] else {
            throw Failure(description: "\(code) has no example: name a corpus case in DiagnosticCodes.corpusCases or add one to InlineExamples")
        }
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("handset-docs-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        var shown = example.files.sorted { $0.key < $1.key }.map { (path: $0.key, text: $0.value) }
        if let secrets = example.secrets { shown.append((path: "secrets.yaml", text: secrets)) }
        for file in shown {
            let url = root.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.text.utf8).write(to: url)
        }
        let (diagnostic, files) = try run(code, folder: root, build: example.build, secrets: example.secrets == nil ? nil : "secrets.yaml")
        var command = example.build ? "handset build -o out/" : "handset validate"
        if example.secrets != nil { command += " --secrets secrets.yaml" }
        return DiagnosticExample(code: code, severity: diagnostic.severity, message: diagnostic.message,
                                 caption: example.caption, corpusCase: nil, files: shown, command: command,
                                 output: render(diagnostic, files, hiding: root.path + "/"))
    }

    /// Checks the fleet in `folder` (and resolves its secrets with an empty environment when `build`), and
    /// returns the first diagnostic with `code`.
    static func run(_ code: String, folder: URL, build: Bool, secrets: String?) throws -> (Diagnostic, SourceFiles) {
        let checked: Pipeline.Checked
        do { checked = try Pipeline.check(path: folder.path) } catch {
            throw Failure(description: "\(code): cannot read the example \(folder.path): \(error)")
        }
        var found = checked.diagnostics
        if build, !checked.hasErrors {
            var sources = SecretSources(environment: [:])
            if let secrets {
                let file = try SecretSources.readFile(folder.appendingPathComponent(secrets).path, files: checked.files)
                sources.file = file.values
                sources.filePath = secrets
                found += file.diagnostics
            }
            found += SecretResolver.resolve(checked.fleet, sources: sources).diagnostics
        }
        guard let diagnostic = found.sortedForOutput().first(where: { $0.code == code }) else {
            let codes = found.map(\.code).joined(separator: ", ")
            throw Failure(description: "the example of \(code) (\(folder.lastPathComponent)) no longer produces it; it gives: [\(codes)]")
        }
        return (diagnostic, checked.files)
    }

    /// The human report of one diagnostic without the summary line; `hiding` removes a temporary folder's path.
    static func render(_ diagnostic: Diagnostic, _ files: SourceFiles, hiding prefix: String?) -> String {
        var lines = DiagnosticRenderer(format: .human, files: files).render([diagnostic]).split(separator: "\n", omittingEmptySubsequences: false)
        while let last = lines.last, last.isEmpty || last.hasSuffix(" warnings") || last.hasSuffix(" warning") { lines.removeLast() }
        let text = lines.joined(separator: "\n") + "\n"
        guard let prefix else { return text }
        return text.replacingOccurrences(of: prefix, with: "")
    }
}
