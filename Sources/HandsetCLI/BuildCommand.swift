import ArgumentParser
import Foundation
import HandsetCore
import HandsetEmitters
import HandsetPublish

/// `handset build [FLEET] -o OUT`: validate, resolve secrets, emit, publish a release.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Compile the fleet and publish it as a new release under OUT (serve OUT/current/www).")

    @Argument(help: "The fleet directory (holding handset.yaml) or a fleet file.")
    var fleet: String = "."

    @Option(name: .shortAndLong, help: "The output folder.")
    var output: String

    @Option(help: "How many releases to keep for rollback.")
    var keep: Int = 5

    @Option(help: "Where nginx writes the provisioning access log (for fail2ban).")
    var accessLog: String = "/var/log/nginx/handset-provisioning.log"

    @Option(help: "Absolute path of OUT on the web server, when OUT is copied there after the build (default: OUT itself).")
    var servedFrom: String?

    @Flag(help: "List every tenant in the summary, not only those whose files changed.")
    var verbose = false

    @Option(help: "Group of the files and folders the build writes (e.g. www-data, so nginx's workers can read them).")
    var group: String?

    @OptionGroup var secrets: SecretOptions
    @OptionGroup var diagnostics: DiagnosticOptions

    func validate() throws {
        guard keep >= 1 else { throw ValidationError("--keep must be at least 1") }
    }

    func run() throws {
        let compiled = try Compilation.compile(fleet: fleet, secrets: secrets, diagnostics: diagnostics, masked: false)
        KeptUntilExit.keep(compiled.checked)
        if let group {
            try BuildGroup.apply(group, output: output)
        } else if !diagnostics.quiet, let warning = BuildGroup.rootWarning() {
            Output.err(warning)
        }
        // Unchanged input (files, secret values, options, this binary) gives unchanged output: stop before emitting.
        let outputRoot = URL(fileURLWithPath: output).standardizedFileURL.path
        let inputs = BuildInputs(compiled.checked, secrets: compiled.secrets, options: [outputRoot, accessLog, servedFrom ?? "", group ?? ""])
        // ... provided every tree the release serves is still intact on disk; a damaged one is rebuilt below.
        if BuildInputs.currentFingerprint(in: output) == inputs.fingerprint, let release = BuildInputs.currentRelease(in: output),
           Publisher(output: output).currentReleaseIsIntact() {
            if !diagnostics.quiet { Output.out("no changes: release \(release) is current (its inputs are unchanged)\n") }
            return
        }
        let report: PublishReport
        do {
            var publisher = Publisher(output: output, keep: keep)
            let progress = ProgressLine(quiet: diagnostics.quiet, verb: "written")
            publisher.progress = progress?.report
            defer { progress?.finish() }
            report = try publisher.build(
                compiled.checked, secrets: compiled.secrets, inputs: inputs,
                serving: compiled.serving(accessLog: accessLog, servedFrom: servedFrom))
        } catch {
            Output.err("handset: cannot publish: \(error)\n")
            throw ExitCodes.ioFailure
        }
        if !diagnostics.quiet {
            Output.out(BuildSummary.render(report, verbose: verbose))
            if report.created { Output.out(BuildSummary.nextSteps(output: output)) }
        }
    }
}

/// Where secret values come from: `--secrets FILE` or `HANDSET_SECRETS`, the environment, the master key.
struct SecretOptions: ParsableArguments {
    @Option(help: "YAML file of secret values for ${secret:...} references (default: $HANDSET_SECRETS).")
    var secrets: String?
}
