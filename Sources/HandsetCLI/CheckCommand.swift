import ArgumentParser
import Foundation
import HandsetCheck
import HandsetCore
import HandsetPublish

/// `handset check URL [FLEET] -o OUT`: fetch every phone's files from the live server as that phone would at boot,
/// compare them with the current release's manifest, and check what the server must refuse.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Fetch each phone's files from the live server as that phone would at boot; compare with OUT/current.",
        discussion: """
            Per phone: its boot chain (Yealink <mac>.boot and the files it lists; Snom snom<MODEL>.htm, \
            snom<MODEL>-<MAC>.htm and what they list; Htek cfg<code>.xml, cfg<mac>, cfg<mac>.xml) with its \
            User-Agent and its tenant's credentials, each body compared with the manifest's sha256; then no \
            credentials and a wrong password (must be 401) and another phone's file (must be 404).
            Status per phone: ok, differs, missing, refused, unprotected, timeout.
            Exit status: 0 when every phone is ok, 1 otherwise (or on fleet errors), 64 usage, 74 OUT unreadable.
            """)

    @Argument(help: "The server's URL above the tenants' folders, e.g. https://prov.example.net.")
    var url: String

    @Argument(help: "The fleet directory (holding handset.yaml) or a fleet file: credentials and models.")
    var fleet: String = "."

    @Option(name: .shortAndLong, help: "The output folder whose current release is served.")
    var output: String

    @Flag(help: "Only the phones whose files changed since the previous release.")
    var changed = false

    @OptionGroup var selection: DeviceSelection

    @Option(help: "Phones checked at the same time (each phone's requests go one after another).")
    var concurrency = 16

    @Option(help: "Seconds to wait for each answer.")
    var timeout: Double = 10

    @OptionGroup var secrets: SecretOptions
    @OptionGroup var diagnostics: DiagnosticOptions

    func validate() throws {
        guard url.hasPrefix("http://") || url.hasPrefix("https://"), URL(string: url)?.host != nil else {
            throw ValidationError("URL must be http:// or https:// with a host, e.g. https://prov.example.net")
        }
        guard URLComponents(string: url)?.user == nil else {
            throw ValidationError("URL must not carry user:password: each tenant's credentials come from the fleet")
        }
        guard (1...1024).contains(concurrency) else { throw ValidationError("--concurrency must be 1 to 1024") }
        guard timeout > 0 else { throw ValidationError("--timeout must be above 0") }
    }

    func run() throws {
        let compiled = try Compilation.compile(fleet: fleet, secrets: secrets, diagnostics: diagnostics, masked: false)
        let manifest: ReleaseManifest
        var devices: [ReleaseManifest.Device]
        do {
            manifest = try ReleaseManifest.current(output: output)
            devices = manifest.devices
            if changed {
                let previous = try ReleaseManifest.previous(output: output, before: manifest.release)
                let changedMACs = manifest.changedDevices(since: previous)
                devices = devices.filter { changedMACs.contains($0.mac) }
            }
        } catch {
            Output.err("handset: cannot read the release: \(error)\n")
            throw ExitCodes.ioFailure
        }
        devices = selection.filter(devices)
        let checks = CheckPlan(compiled: compiled, devices: devices)
        let fetcher = HTTPFetcher(base: url, concurrency: concurrency, timeout: timeout)
        let progress = CheckProgress(total: checks.checks.count, shown: !diagnostics.quiet && isatty(2) == 1)
        let clock = ContinuousClock()
        let start = clock.now
        let results = Blocking.wait {
            await FleetCheck.run(checks.checks, manifest: manifest, fetcher: fetcher, concurrency: concurrency,
                                 progress: progress.update)
        }
        progress.finish()
        let renderer = CheckRenderer(results: results + checks.unknown, release: manifest.release, url: url,
                                     elapsed: clock.now - start)
        switch diagnostics.format {
        case .human: Output.out(renderer.human(quiet: diagnostics.quiet))
        case .json: Output.out(renderer.json())
        case .github: Output.out(renderer.github())
        }
        if !renderer.allOK { throw ExitCodes.errors }
    }
}
