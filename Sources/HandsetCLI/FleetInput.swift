import Foundation
import HandsetCore

/// The fleet argument of validate, build, plan and show: checks it and stops with the right exit code when it
/// cannot be read, or when it is a tenant file given where the fleet file belongs (which would otherwise be read as
/// `handset.yaml` and give a dozen misleading errors).
enum FleetInput {
    /// Loads, resolves and validates the fleet at `path`; on a terminal (unless `quiet`) a progress line names
    /// the stage while it runs.
    static func check(_ path: String, quiet: Bool) throws -> Pipeline.Checked {
        if let message = tenantFileMistake(path) {
            Output.err("handset: error: \(message)\n")
            throw ExitCodes.usage
        }
        let progress = ProgressLine(quiet: quiet, verb: "")
        defer { progress?.finish() }
        var timings = Pipeline.Timings()
        do {
            return try Pipeline.check(path: path, timings: &timings, stage: progress.map { line in
                { stage in
                    switch stage {
                    case .loading: line.show("loading the fleet")
                    case .resolving(let tenants): line.show("resolving \(ProgressLine.grouped(tenants)) tenants")
                    case .validating(let devices): line.show("validating \(ProgressLine.grouped(devices)) devices")
                    }
                }
            })
        } catch {
            Output.err("handset: \(error)\n")
            throw ExitCodes.ioFailure
        }
    }

    /// A message when `path` is a file whose top level has `tenant:` and no `handset:`, naming the fleet file
    /// found in a folder above it (the one that includes it, in the usual layout).
    static func tenantFileMistake(_ path: String) -> String? {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue,
              let data = FileManager.default.contents(atPath: url.path) else { return nil }
        guard case .mapping(let pairs)? = YAMLLoader.load(Array(data), file: 0).root?.kind else { return nil }
        let keys = Set(pairs.map { $0.key.scalarText ?? "" })
        guard keys.contains("tenant"), !keys.contains("handset") else { return nil }
        var message = "\(path) is a tenant file, not a fleet file"
        var folder = url.deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("handset.yaml")
            if FileManager.default.fileExists(atPath: candidate.path) {
                let shown = DiagnosticOptions.prefix(fleet: folder.path, base: nil) + "handset.yaml"
                return message + "; validate the fleet that includes it: handset validate \(shown)"
            }
            guard folder.pathComponents.count > 1 else { break }
            folder.deleteLastPathComponent()
        }
        message += "; give the fleet folder (holding handset.yaml, which lists tenant files under include:)"
        return message
    }
}
