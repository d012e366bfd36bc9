import ArgumentParser
import Foundation

/// `handset docs --out site`: writes the generated pages of the documentation site (hidden; for maintainers).
/// Run it from the package root after changing the input schema, the catalog or a rule; a test fails until the
/// committed pages match.
struct DocsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "docs",
        abstract: "Write the generated pages of the documentation site.",
        shouldDisplay: false)

    @Option(help: "The site folder to write into.")
    var out: String = "site"

    @Option(help: "The package root, holding Tests/Corpus/bad (the diagnostic examples) and examples/gitops.")
    var root: String = "."

    func run() throws {
        let files: [SitePages.File]
        do { files = try SitePages.generate(root: URL(fileURLWithPath: root)) } catch {
            Output.err("handset: \(error)\n")
            throw ExitCodes.errors
        }
        let folder = URL(fileURLWithPath: out)
        var changed = 0
        for file in files {
            let url = folder.appendingPathComponent(file.path)
            let data = Data(file.text.utf8)
            if (try? Data(contentsOf: url)) == data { continue }
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url, options: .atomic)
            } catch {
                Output.err("handset: cannot write \(url.path): \(error.localizedDescription)\n")
                throw ExitCodes.ioFailure
            }
            Output.err("wrote \(url.path)\n")
            changed += 1
        }
        Output.err("\(files.count) generated files, \(changed) changed\n")
    }
}
