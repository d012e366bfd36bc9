import ArgumentParser

/// The exit codes every command uses (sysexits where one fits).
enum ExitCodes {
    static let errors = ExitCode(1)
    static let usage = ExitCode(64)
    static let ioFailure = ExitCode(74)
}
