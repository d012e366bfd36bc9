import ArgumentParser
import Foundation
import HandsetCore
import HandsetPublish
import HandsetResync

/// `handset resync [FLEET] -o OUT`: tell the phones whose files changed to fetch them now (SIP NOTIFY check-sync
/// through a registrar, or Asterisk AMI, or FreeSWITCH's event socket).
struct ResyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resync",
        abstract: "Tell the phones whose files changed (previous -> current release) to fetch them now.",
        discussion: """
            Each phone gets a SIP NOTIFY with Event: check-sync (;reboot=true only with --reboot) addressed to its \
            first line's account, sip:<extension>@<tenant sip.server>. Delivery: --via sip:HOST[:PORT] (a \
            registrar such as Kamailio or OpenSIPS routes it to the registered phone; default: each tenant's \
            sip.server over UDP), --via ami://USER@HOST[:PORT] (Asterisk PJSIPNotify to the endpoint named like the \
            extension), --via esl://HOST[:PORT][/PROFILE] (FreeSWITCH: sofia profile PROFILE check_sync). \
            --via-secret gives the AMI secret or the event-socket password as env:NAME or secret:PATH (the --secrets file).
            Result per phone: delivered, not-registered, failed, timeout.
            Exit status: 0 when every phone's request was delivered (or --dry-run), 1 otherwise (or on fleet errors), \
            64 usage, 74 OUT unreadable.
            """)

    @Argument(help: "The fleet directory (holding handset.yaml) or a fleet file: each phone's account.")
    var fleet: String = "."

    @Option(name: .shortAndLong, help: "The output folder whose releases are compared.")
    var output: String

    @Flag(help: "Every phone of the current release, changed or not.")
    var all = false

    @OptionGroup var selection: DeviceSelection

    @Flag(help: "Ask for a reboot (check-sync;reboot=true) instead of a resync.")
    var reboot = false

    @Option(help: "sip:HOST[:PORT], ami://USER@HOST[:PORT] or esl://HOST[:PORT][/PROFILE] (default: each tenant's SIP server).")
    var via: String?

    @Option(help: "The AMI secret or event-socket password: env:NAME or secret:PATH.")
    var viaSecret: String?

    @Option(help: "Requests per second, at most.")
    var rate: Double = 10

    @Option(help: "Seconds to wait for each phone's answer.")
    var timeout: Double = 8

    @Flag(help: "Print the phones and what would be sent; send nothing.")
    var dryRun = false

    @OptionGroup var secrets: SecretOptions
    @OptionGroup var diagnostics: DiagnosticOptions

    func validate() throws {
        if let via, case .failure(let error) = Via.parse(via) { throw ValidationError(error.description) }
        guard rate > 0, rate <= 10_000 else { throw ValidationError("--rate must be above 0 and at most 10000") }
        guard timeout > 0 else { throw ValidationError("--timeout must be above 0") }
        if let viaSecret, !(viaSecret.hasPrefix("env:") || viaSecret.hasPrefix("secret:")) {
            throw ValidationError("--via-secret must be env:NAME or secret:PATH")
        }
    }

    func run() throws {
        // Accounts need no secret values: the fleet is checked with secrets masked.
        let compiled = try Compilation.compile(fleet: fleet, secrets: secrets, diagnostics: diagnostics, masked: true)
        var devices: [ReleaseManifest.Device]
        do {
            let manifest = try ReleaseManifest.current(output: output)
            devices = manifest.devices
            if !all {
                let previous = try ReleaseManifest.previous(output: output, before: manifest.release)
                let changed = manifest.changedDevices(since: previous)
                devices = devices.filter { changed.contains($0.mac) }
            }
        } catch {
            Output.err("handset: cannot read the release: \(error)\n")
            throw ExitCodes.ioFailure
        }
        let plan = ResyncPlan(compiled: compiled, devices: selection.filter(devices))
        let via = self.via.flatMap { try? Via.parse($0).get() }
        let renderer = ResyncRenderer(plan: plan, via: via, reboot: reboot)
        if dryRun {
            Output.out(renderer.dryRun())
            return
        }
        let secret = try secretValue(compiled)
        let results = ResyncDelivery(via: via, secret: secret, rate: rate, timeout: timeout, reboot: reboot)
            .deliver(plan.targets)
        let all = results + plan.unknown
        switch diagnostics.format {
        case .human: Output.out(renderer.human(all))
        case .json: Output.out(renderer.json(all))
        case .github: Output.out(renderer.github(all))
        }
        if !all.allSatisfy({ $0.status == .delivered }) { throw ExitCodes.errors }
    }

    /// The value `--via-secret` names, from the environment or the `--secrets` file.
    private func secretValue(_ compiled: Compilation) throws -> String? {
        guard let viaSecret else { return nil }
        let environment = ProcessInfo.processInfo.environment
        if viaSecret.hasPrefix("env:") {
            guard let value = environment[String(viaSecret.dropFirst(4))] else {
                Output.err("handset: --via-secret \(viaSecret): the environment variable is not set\n")
                throw ExitCodes.usage
            }
            return value
        }
        guard let path = secrets.secrets ?? environment["HANDSET_SECRETS"] else {
            Output.err("handset: --via-secret \(viaSecret) needs --secrets FILE (or HANDSET_SECRETS)\n")
            throw ExitCodes.usage
        }
        let file: [String: String]
        do { file = try SecretSources.readFile(path, files: compiled.checked.files).values } catch {
            Output.err("handset: \(error)\n")
            throw ExitCodes.ioFailure
        }
        guard let value = file[String(viaSecret.dropFirst(7))] else {
            Output.err("handset: --via-secret \(viaSecret): no such key in \(path)\n")
            throw ExitCodes.usage
        }
        return value
    }
}
