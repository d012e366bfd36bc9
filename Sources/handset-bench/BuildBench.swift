import Foundation
import HandsetCore
import HandsetEmitters
import HandsetPublish

/// One timed `handset build`, phase by phase, as `BuildCommand` chains them: check, secrets, emit, publish.
struct BuildRun {
    var load: Duration
    var resolve: Duration
    var validate: Duration
    /// Wall time of `Pipeline.check`: load+decode, resolve, validate, plus the final dedup and sort.
    var check: Duration
    /// Secret values, then the build fingerprint and the tenants' input digests.
    var secrets: Duration
    var emit: Duration
    /// Hash, write the new trees, switch `current`, prune: `Publisher.publish` as one call.
    var publish: Duration
    var total: Duration
    /// Devices emitted (those of reused tenants are not).
    var devices: Int
    var files: Int
    var bytes: Int
    /// False when the build equalled `current` and the publisher wrote nothing.
    var created: Bool
    /// Files the publisher found changed against the previous release.
    var changedFiles: Int

    /// Emit time per device in microseconds.
    var emitMicrosPerDevice: Double { devices == 0 ? 0 : Timing.ratio(emit, .microseconds(1)) / Double(devices) }
}

/// The build benchmark: a full build into an empty folder, a second unchanged build, a one-key change.
enum BuildBench {
    /// A fixed, test-only master key for `derived` secrets (40 characters); it never leaves this process.
    static let masterKey = "handset-bench-test-only-master-key-00040"
    static var sources: SecretSources { SecretSources(environment: ["HANDSET_MASTER_KEY": masterKey]) }

    /// Check, resolve secrets and emit, untimed: the files a build of `directory` writes, a batch of tenants at a
    /// time (a million phones' files do not fit in memory at once).
    static func eachEmitted(_ directory: String, _ body: (FleetEmitter.TenantOutput) -> Void) throws {
        let checked = try Pipeline.check(path: directory)
        try requireNoErrors(checked.diagnostics, stage: "check")
        let resolved = SecretResolver.resolve(checked.fleet, sources: sources)
        try requireNoErrors(resolved.diagnostics, stage: "secrets")
        var batches = FleetEmitter.Batches(checked, secrets: resolved.tenants)
        while let batch = batches.next() { batch.forEach(body) }
    }

    /// One build of `directory` into `out`, timed phase by phase; `out` is left as the build leaves it.
    static func buildOnce(_ directory: String, out: String) throws -> BuildRun {
        OutputFolders.settle()
        let start = Timing.clock.now
        var timings = Pipeline.Timings()
        let (checked, check) = try Timing.measure { try Pipeline.check(path: directory, timings: &timings) }
        try requireNoErrors(checked.diagnostics, stage: "check")
        let (resolved, secrets) = Timing.measure { SecretResolver.resolve(checked.fleet, sources: sources) }
        try requireNoErrors(resolved.diagnostics, stage: "secrets")
        // The steps of `handset build`: stop when the build fingerprint is unchanged; otherwise emit the tenants
        // whose inputs changed (`Publisher.build`, split here to time emit and publish apart).
        let publisher = Publisher(output: out)
        let (plan, fingerprintTime) = Timing.measure { () -> (fingerprint: String, reuse: Publisher.Reuse)? in
            let inputs = BuildInputs(checked, secrets: resolved.tenants, options: ["bench"])
            if BuildInputs.currentFingerprint(in: out) == inputs.fingerprint { return nil }
            return (inputs.fingerprint, publisher.reusableTrees(inputs.tenants))
        }
        guard let plan else {
            return BuildRun(load: timings.load, resolve: timings.resolve, validate: timings.validate, check: check,
                            secrets: secrets + fingerprintTime, emit: .zero, publish: .zero, total: Timing.clock.now - start,
                            devices: 0, files: 0, bytes: 0, created: false, changedFiles: 0)
        }
        // Emit and publish interleave batch by batch (as in `Publisher.build`): the time spent in `next` is emit's.
        var batches = FleetEmitter.Batches(checked, secrets: resolved.tenants, skipping: plan.reuse.tenants)
        var emit = Duration.zero, devices = 0, files = 0, bytes = 0
        let (report, emitAndPublish) = try Timing.measure {
            try publisher.publish(next: {
                let (batch, time) = Timing.measure { batches.next() }
                emit += time
                for output in batch ?? [] {
                    devices += output.devices
                    files += output.files.count
                    bytes += output.files.reduce(0) { $0 + $1.bytes.count }
                }
                return batch
            }, total: (batches.tenantCount, batches.deviceCount), reusing: plan.reuse, fingerprint: plan.fingerprint)
        }
        let total = Timing.clock.now - start
        return BuildRun(load: timings.load, resolve: timings.resolve, validate: timings.validate, check: check,
                        secrets: secrets + fingerprintTime, emit: emit, publish: emitAndPublish - emit, total: total,
                        devices: devices, files: files, bytes: bytes,
                        created: report.created, changedFiles: report.tenants.reduce(0) { $0 + $1.changed })
    }

    /// The three builds of one run into one output folder: full (into a new, empty `out`), second unchanged,
    /// one speed dial changed.
    struct Scenario {
        var full: BuildRun
        var second: BuildRun
        var oneKey: BuildRun
        /// Tree folders under `out/trees/<tenant>/` that the one-key build created.
        var treesCreated: Int
    }

    static func scenario(_ directory: String, out: String) throws -> Scenario {
        let full = try buildOnce(directory, out: out)
        let second = try buildOnce(directory, out: out)
        guard !second.created else { throw BenchError("the second, unchanged build created a new release") }
        let before = treeFolders(out)
        let change = try OneKeyChange(directory: directory)
        let oneKey: BuildRun
        do {
            defer { change.restore() }
            oneKey = try buildOnce(directory, out: out)
        }
        let created = treeFolders(out).subtracting(before).count
        return Scenario(full: full, second: second, oneKey: oneKey, treesCreated: created)
    }

    /// `tenant/hash` of every tree folder under `out/trees`.
    static func treeFolders(_ out: String) -> Set<String> {
        let files = FileManager.default
        let trees = out + "/trees"
        var found = Set<String>()
        for tenant in (try? files.contentsOfDirectory(atPath: trees)) ?? [] {
            for hash in (try? files.contentsOfDirectory(atPath: trees + "/" + tenant)) ?? [] {
                found.insert(tenant + "/" + hash)
            }
        }
        return found
    }

    static func requireNoErrors(_ diagnostics: [Diagnostic], stage: String) throws {
        let errors = diagnostics.filter { $0.severity == .error }
        guard !errors.isEmpty else { return }
        throw BenchError("\(stage): \(errors.count) errors; a benchmark of a failing fleet is meaningless:\n"
            + errors.prefix(5).map { "  \($0.code) \($0.message)" }.joined(separator: "\n"))
    }
}

/// The first tenant file of a fleet with its first device's speed-dial number changed; `restore` puts it back.
struct OneKeyChange {
    static let original = "number: \"+49 30 1234567\""
    static let changed = "number: \"+49 30 7654321\""

    let url: URL
    let bytes: Data

    init(directory: String) throws {
        guard let path = try FloorParser.files(in: directory).dropFirst().first else {
            throw BenchError("\(directory) has no tenant files")
        }
        url = URL(fileURLWithPath: path)
        bytes = try Data(contentsOf: url)
        let text = String(decoding: bytes, as: UTF8.self)
        guard let range = text.range(of: Self.original) else {
            throw BenchError("\(path) has no speed dial \(Self.original) (regenerate the fleet)")
        }
        try Data(text.replacingCharacters(in: range, with: Self.changed).utf8).write(to: url)
    }

    func restore() {
        do { try bytes.write(to: url) } catch {
            FileHandle.standardError.write(Data("handset-bench: cannot restore \(url.path): \(error)\n".utf8))
        }
    }
}
