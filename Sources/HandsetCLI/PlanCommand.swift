import ArgumentParser
import Foundation
import HandsetCore
import HandsetPublish

/// `handset plan [FLEET] -o OUT`: what a build would add, change or remove, per tenant and device; writes nothing.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Show what a build would change against OUT/current, per tenant and device, without writing anything.")

    @Argument(help: "The fleet directory (holding handset.yaml) or a fleet file.")
    var fleet: String = "."

    @Option(name: .shortAndLong, help: "The output folder of earlier builds.")
    var output: String

    @Flag(help: "Show a unified diff of every changed file, secret values masked.")
    var diff = false

    @Flag(help: "Exit 2 when there are changes (0 none, 1 errors).")
    var detailedExitcode = false

    @Option(help: "Where nginx writes the provisioning access log (as for build).")
    var accessLog: String = "/var/log/nginx/handset-provisioning.log"

    @Option(help: "Absolute path of OUT on the web server, when OUT is copied there after the build (default: OUT itself).")
    var servedFrom: String?

    @OptionGroup var secrets: SecretOptions
    @OptionGroup var diagnostics: DiagnosticOptions

    func run() throws {
        let compiled = try Compilation.compile(fleet: fleet, secrets: secrets, diagnostics: diagnostics, masked: false)
        let plan: Plan
        // Tenants whose inputs equal those of the current release's trees are not emitted (as in `build`); the
        // per-tenant digests do not depend on the options, so plan takes none.
        let inputs = BuildInputs(compiled.checked, secrets: compiled.secrets, options: [])
        let progress = ProgressLine(quiet: diagnostics.quiet, verb: "compared")
        do {
            plan = try Plan.compute(compiled.checked, secrets: compiled.secrets, inputs: inputs,
                                    serving: compiled.serving(accessLog: accessLog, servedFrom: servedFrom), output: output,
                                    progress: progress?.report)
            progress?.finish()
        } catch {
            progress?.finish()
            Output.err("handset: cannot read \(output): \(error)\n")
            throw ExitCodes.ioFailure
        }
        let renderer = PlanRenderer(plan: plan, compiled: compiled, showDiff: diff)
        switch diagnostics.format {
        case .human:
            Output.out(renderer.human())
            if plan.tenants.contains(where: { !$0.devices.isEmpty }) {
                Output.out("after the build: `handset resync -o \(output)` makes the changed phones fetch their files now\n")
            }
        case .json: Output.out(renderer.json())
        case .github: Output.out(renderer.github())
        }
        if detailedExitcode, plan.hasChanges { throw ExitCode(2) }
    }
}
