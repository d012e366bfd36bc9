import ArgumentParser
import HandsetCore

/// Options shared by the commands that report diagnostics.
struct DiagnosticOptions: ParsableArguments {
    @Option(help: "Diagnostic format: human, json or github.")
    var format: DiagnosticFormat = .human

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Flag(name: .shortAndLong, help: "Print errors only.")
    var quiet = false

    /// Applies --strict and --quiet to a run's diagnostics.
    func adjust(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.compactMap { d in
            var d = d
            if strict, d.severity == .warning { d.severity = .error }
            if quiet, d.severity != .error { return nil }
            return d
        }
    }
}

extension DiagnosticFormat: ExpressibleByArgument {}
