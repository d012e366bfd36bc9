import ArgumentParser
import HandsetCore

/// `handset validate [FLEET]`: load, resolve and validate; needs no secret values.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a fleet for every mistake Handset can find, without needing any secret.")

    @Argument(help: "The fleet directory (holding handset.yaml) or a fleet file.")
    var fleet: String = "."

    @OptionGroup var diagnostics: DiagnosticOptions

    func run() throws {
        let checked = try FleetInput.check(fleet, quiet: diagnostics.quiet)
        KeptUntilExit.keep(checked)
        let found = diagnostics.adjust(checked.diagnostics)
        // The report is what validate produces, so every format goes to standard output (stderr is for failures
        // to run at all), and `validate > report.txt` or `| jq` works the same for each.
        Output.out(diagnostics.renderer(files: checked.files, fleet: fleet, toStandardOutput: true).render(found))
        if found.hasErrors { throw ExitCodes.errors }
        if diagnostics.format == .human, !diagnostics.quiet {
            let tenants = checked.fleet.tenants.count, devices = checked.devices.count
            Output.out("ok: \(tenants) tenant\(tenants == 1 ? "" : "s"), \(devices) device\(devices == 1 ? "" : "s")\n")
        }
    }
}
