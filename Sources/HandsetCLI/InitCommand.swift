import ArgumentParser
import Foundation
import HandsetCore

/// `handset init [DIR]`: a commented starter fleet that validates and builds as it is.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Write a commented starter fleet (one tenant, two phones) into DIR.")

    @Argument(help: "The folder to create the fleet in (created if missing; existing files are never overwritten).")
    var directory: String = "."

    func run() throws {
        let root = URL(fileURLWithPath: directory)
        // The fleet files name `handset.schema.json` in their first line, so it is written beside them.
        var files = StarterFleet.files
        files["handset.schema.json"] = InputSchema.jsonSchemaText()
        let clashes = files.keys.filter { FileManager.default.fileExists(atPath: root.appendingPathComponent($0).path) }.sorted()
        guard clashes.isEmpty else {
            Output.err("handset: \(directory) already has \(clashes.joined(separator: ", ")); nothing was written\n")
            throw ExitCodes.errors
        }
        do {
            for (path, text) in files.sorted(by: { $0.key < $1.key }) {
                let url = root.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
            }
        } catch {
            Output.err("handset: cannot write \(directory): \(error.localizedDescription)\n")
            throw ExitCodes.ioFailure
        }
        Output.out("""
            Wrote a starter fleet to \(directory): \(files.keys.sorted().joined(separator: ", ")).
            Next:
              handset validate \(directory)
              export ACME_PROV_PASSWORD=... ACME_SIP_100=... ACME_SIP_101=...
              handset build \(directory) -o out/

            """)
    }
}
