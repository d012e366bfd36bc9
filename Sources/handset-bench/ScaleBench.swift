#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// `scale`: the steps users run, on a fleet of each size, each step once in a process of its own so that its peak
/// RSS is its own: the libyaml floor, `handset validate`, `handset build` (full, into a new folder; then with
/// nothing changed), `handset plan` (nothing changed; one speed dial changed), `handset build` with that change,
/// and the write floor. Then per step the ratio of the largest size to the smallest.
///
/// The product's own binary is measured (`handset`, beside this one in the same build folder), so the figures
/// include everything a user's build does: nginx files, htpasswd, the release index and stamps, `syncfs`.
enum ScaleBench {
    struct Step {
        var name: String
        var seconds: Double
        var peakMiB: Double
    }

    static let steps = ["floor", "validate", "build (full)", "build (no change)", "plan (no change)",
                        "plan (one key)", "build (one key)", "write floor"]

    static func command(out: String, sizes: [Int], perTenant: Int) throws {
        let handset = siblingBinary("handset")
        guard FileManager.default.isExecutableFile(atPath: handset) else {
            throw BenchError("\(handset) is missing: build both with `swift build -c release` first")
        }
        var folders = try OutputFolders(root: out + "/outputs")
        var results: [Int: [String: Step]] = [:]
        for size in sizes {
            let fleet = try ensureFleet(out + "/fleet-\(size)", devices: size, tenants: max(1, size / perTenant))
            var table: [String: Step] = [:]
            func run(_ name: String, _ arguments: [String], program: String = handset) throws {
                let step = try measure(name, program: program, arguments: arguments)
                table[name] = step
                say("\(size) devices  " + name.padding(18) + Timing.format(step.seconds, decimals: 2).leftPadded(9) + " s  "
                      + Timing.format(step.peakMiB, decimals: 0).leftPadded(7) + " MiB peak RSS")
            }
            let output = folders.fresh("build-\(size)")
            let options = ["-o", output, "--access-log", output + ".access.log", "--quiet"]
            // Three runs, the median: the first reads the fleet into the page cache, as validate then finds it.
            try run("floor", ["floor", fleet, "--runs", "3"], program: siblingBinary("handset-bench"))
            try run("validate", ["validate", fleet, "--quiet"])
            try run("build (full)", ["build", fleet] + options)
            try run("build (no change)", ["build", fleet] + options)
            try run("plan (no change)", ["plan", fleet] + options)
            let change = try OneKeyChange(directory: fleet)
            do {
                defer { change.restore() }
                try run("plan (one key)", ["plan", fleet] + options)
                try run("build (one key)", ["build", fleet] + options)
            }
            try run("write floor", ["write-floor", fleet, "--out", folders.fresh("floor-\(size)"), "--runs", "1"],
                    program: siblingBinary("handset-bench"))
            results[size] = table
        }
        report(results, sizes: sizes)
    }

    /// The summary: each step at each size, the largest/smallest ratio, and the ratios the targets name.
    static func report(_ results: [Int: [String: Step]], sizes: [Int]) {
        guard let small = sizes.first, let large = sizes.last else { return }
        say("\nstep                " + sizes.map { "\($0) devices".leftPadded(24) }.joined() + "   ratio time  ratio RSS")
        for name in steps {
            var line = name.padding(20)
            for size in sizes {
                let step = results[size]![name]!
                line += (Timing.format(step.seconds, decimals: 2) + " s " + Timing.format(step.peakMiB, decimals: 0) + " MiB").leftPadded(24)
            }
            let a = results[small]![name]!, b = results[large]![name]!
            line += Timing.format(b.seconds / a.seconds, decimals: 2).leftPadded(13) + Timing.format(b.peakMiB / a.peakMiB, decimals: 2).leftPadded(11)
            say(line)
        }
        for size in sizes {
            let s = results[size]!
            func r(_ a: String, _ b: String, time: Bool = true) -> String {
                Timing.format(time ? s[a]!.seconds / s[b]!.seconds : s[a]!.peakMiB / s[b]!.peakMiB, decimals: 2) + "x"
            }
            say("\(size) devices: validate/floor \(r("validate", "floor")), plan (no change)/validate \(r("plan (no change)", "validate")), "
                  + "plan (one key)/validate \(r("plan (one key)", "validate")), build RSS/validate RSS \(r("build (full)", "validate", time: false)), "
                  + "build/write floor \(r("build (full)", "write floor"))")
        }
    }

    /// Runs one step in its own process; its time is the median the program reports ("median: N ms", the floors,
    /// which leave out their untimed set-up) or else the wall time, and its peak RSS the kernel's for that child.
    static func measure(_ name: String, program: String, arguments: [String]) throws -> Step {
        var environment = ProcessInfo.processInfo.environment
        environment["HANDSET_MASTER_KEY"] = BuildBench.masterKey
        let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent("handset-scale-\(getpid()).out").path
        defer { unlink(outputPath) }
        OutputFolders.settle()
        let start = Timing.clock.now
        let (status, usage) = try spawn(program, arguments, environment: environment, stdout: outputPath)
        let wall = Timing.clock.now - start
        let printed = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        guard status == 0 else { throw BenchError("\(name): \(program) \(arguments.joined(separator: " ")) exited with \(status):\n\(printed)") }
        var seconds = Timing.ratio(wall, .seconds(1))
        if let line = printed.split(separator: "\n").first(where: { $0.hasPrefix("median: ") }),
           let millis = Double(line.dropFirst("median: ".count).split(separator: " ").first ?? "") {
            seconds = millis / 1000
        }
        #if canImport(Darwin)
        let peak = Double(usage.ru_maxrss) / (1024 * 1024)
        #else
        let peak = Double(usage.ru_maxrss) / 1024
        #endif
        return Step(name: name, seconds: seconds, peakMiB: peak)
    }

    /// posix_spawn and wait4: the child's exit status and resource usage (Foundation's Process gives no rusage).
    static func spawn(_ program: String, _ arguments: [String], environment: [String: String], stdout: String) throws -> (Int32, rusage) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for p in argv + envp { free(p) } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, program, &actions, nil, argv, envp)
        guard spawned == 0 else { throw BenchError("cannot start \(program): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw BenchError("wait4: \(String(cString: strerror(errno)))") }
        }
        let exited = (status & 0x7f) == 0
        return (exited ? (status >> 8) & 0xff : 128 + (status & 0x7f), usage)
    }

    /// The fleet of `devices` in `directory`, generated unless an earlier run left the same one there.
    static func ensureFleet(_ directory: String, devices: Int, tenants: Int) throws -> String {
        let marker = directory + ".generated"
        let expected = "\(devices) devices, \(tenants) tenants\n"
        if (try? String(contentsOfFile: marker, encoding: .utf8)) == expected { return directory }
        try? FileManager.default.removeItem(atPath: directory)
        _ = try FleetGenerator(devices: devices, tenants: tenants).write(to: directory)
        try expected.write(toFile: marker, atomically: true, encoding: .utf8)
        return directory
    }

    /// A line on standard output at once, also when it is a file: a 1M run takes a while to watch.
    static func say(_ line: String) { FileHandle.standardOutput.write(Data((line + "\n").utf8)) }

    /// A program in the folder of this executable.
    static func siblingBinary(_ name: String) -> String {
        let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: me).deletingLastPathComponent().appendingPathComponent(name).path
    }
}

extension String {
    /// Right-aligned to `width`.
    func leftPadded(_ width: Int) -> String { Timing.pad(self, width) }
}
