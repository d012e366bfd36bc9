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
        let checked: Pipeline.Checked
        do {
            checked = try Pipeline.check(path: fleet)
        } catch {
            Output.err("handset: \(error)\n")
            throw ExitCodes.ioFailure
        }
        KeptUntilExit.keep(checked)
        let found = diagnostics.adjust(checked.diagnostics)
        let renderer = DiagnosticRenderer(format: diagnostics.format, files: checked.files)
        let report = renderer.render(found)
        if diagnostics.format == .json { Output.out(report) } else { Output.err(report) }
        if found.hasErrors { throw ExitCodes.errors }
        if diagnostics.format == .human, !diagnostics.quiet {
            let tenants = checked.fleet.tenants.count, devices = checked.devices.count
            Output.err("ok: \(tenants) tenant\(tenants == 1 ? "" : "s"), \(devices) device\(devices == 1 ? "" : "s")\n")
        }
    }
}
