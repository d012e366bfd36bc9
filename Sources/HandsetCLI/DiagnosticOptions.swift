import ArgumentParser
import Foundation
import HandsetCore

/// Options shared by the commands that report diagnostics.
struct DiagnosticOptions: ParsableArguments {
    @Option(help: "Diagnostic format: human, json or github.")
    var format: DiagnosticFormat = .human

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Flag(name: .shortAndLong, help: "Print errors only.")
    var quiet = false

    @Option(help: ArgumentHelp("Print file paths relative to DIR instead of the current folder (e.g. the repository root in CI).",
                               valueName: "DIR"))
    var pathBase: String?

    @Option(help: "Colour severities: auto (on a terminal, unless NO_COLOR is set), always or never.")
    var color: ColourChoice = .auto

    /// Applies --strict and --quiet to a run's diagnostics.
    func adjust(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.compactMap { d in
            var d = d
            if strict, d.severity == .warning { d.severity = .error }
            if quiet, d.severity != .error { return nil }
            return d
        }
    }

    /// The renderer for this run: paths of the fleet at `fleet` shown from the current folder or `--path-base`,
    /// colours when the report goes to a terminal (`toStandardOutput` says which stream it goes to).
    func renderer(files: SourceFiles, fleet: String, toStandardOutput: Bool = false) -> DiagnosticRenderer {
        DiagnosticRenderer(format: format, files: files, pathPrefix: Self.prefix(fleet: fleet, base: pathBase),
                           colour: color.enabled(forDescriptor: toStandardOutput ? STDOUT_FILENO : STDERR_FILENO))
    }

    /// The fleet folder as seen from `base` (default: the current folder), ending in "/"; "" when they are the
    /// same. Relative while the two share more than the file-system root (so a path in a repository opens with a
    /// click and matches GitHub's file names), absolute otherwise.
    static func prefix(fleet: String, base: String?) -> String {
        let manager = FileManager.default
        var root = URL(fileURLWithPath: fleet).standardizedFileURL
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: root.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            root.deleteLastPathComponent()
        }
        let to = root.resolvingSymlinksInPath().pathComponents
        let from = URL(fileURLWithPath: base ?? manager.currentDirectoryPath).standardizedFileURL
            .resolvingSymlinksInPath().pathComponents
        let shared = zip(to, from).prefix { $0 == $1 }.count
        if shared <= 1 { return to.count <= 1 ? "/" : "/" + to.dropFirst().joined(separator: "/") + "/" }
        let parts = Array(repeating: "..", count: from.count - shared) + to[shared...]
        return parts.isEmpty ? "" : parts.joined(separator: "/") + "/"
    }
}

extension DiagnosticFormat: ExpressibleByArgument {}

/// `--color`: whether severities are coloured.
enum ColourChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never

    /// Auto follows the no-color.org convention: colour only on a terminal, and never when NO_COLOR is set to
    /// anything non-empty.
    func enabled(forDescriptor descriptor: Int32) -> Bool {
        switch self {
        case .always: return true
        case .never: return false
        case .auto:
            let noColour = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
            return !noColour && isatty(descriptor) == 1
        }
    }
}
