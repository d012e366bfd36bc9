import Foundation

// handset-bench: generates synthetic fleets and times Handset's front end against a libyaml-only floor, and the
// whole build against a plain file-writing floor. Plain CommandLine parsing keeps this target free of
// ArgumentParser, so it measures the pipeline's libraries alone.

/// A usage or input problem: printed after "handset-bench: " and the process exits with status 1.
struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

let usage = """
    usage: handset-bench <command> [options]

    commands:
      generate --devices N --tenants T --out DIR [--models vendor/model,...]
                            write a synthetic valid fleet: DIR/handset.yaml and DIR/tenants/tNNNN.yaml
      validate DIR [--runs R]
                            time Pipeline.check R times (default 5): load+decode, resolve, validate, total,
                            error count (must be 0), peak RSS
      floor DIR [--runs R]  time reading every YAML file and pulling its libyaml events, nothing else
      compare DIR [--runs R]
                            alternate floor and validate R times; print both medians, validate/floor, peak RSS
      emit DIR [--runs R]   check and resolve secrets once, untimed, then time FleetEmitter.emit (in memory) R times
                            (default 5): each run, the median, us/device, files, bytes and an output digest (every
                            run must emit the same bytes)
      build DIR --out OUT [--runs R]
                            time a full build R times (default 3), each into a new folder under OUT (an old OUT
                            is removed first, then a 361 s pause lets ext4 age its freed inodes): check (load+decode,
                            resolve, validate), secrets (derived, test-only master key), emit (and us/device),
                            publish, total; then a second unchanged build and a one-speed-dial change, each
                            against its own check phase (validate-only); trees created by the change
      write-floor DIR --out OUT [--runs R]
                            time writing as many files of the same sizes as a build of DIR, into OUT/floor-N/<tenant>/,
                            in parallel over tenants, open/write/close each, no fsync
      build-compare DIR --out OUT [--runs R]
                            alternate write-floor and a full build R times; print medians and build/write-floor
      scale --out DIR [--sizes 100000,1000000] [--devices-per-tenant 100]
                            per size: generate DIR/fleet-N (kept for the next run), then run each step once in a
                            process of its own: floor, handset validate, build (full, no change), plan (no change,
                            one speed dial changed), build (one key), write floor; print time and peak RSS per
                            step, the largest/smallest ratio of each, and the ratios the scale targets name
      --help                show this text

    """

/// The command line after the command name: one optional positional directory and `--name value` options.
struct Arguments {
    var positional: [String] = []
    var options: [String: String] = [:]

    init(_ words: ArraySlice<String>) throws {
        var rest = words
        while let word = rest.popFirst() {
            guard word.hasPrefix("--") else { positional.append(word); continue }
            guard let value = rest.popFirst() else { throw BenchError("\(word) needs a value") }
            options[String(word.dropFirst(2))] = value
        }
    }

    /// Rejects options the command does not take, so a typo like `--run 3` is not silently ignored.
    func allow(_ names: Set<String>, positionals: Int) throws {
        if let unknown = options.keys.sorted().first(where: { !names.contains($0) }) {
            throw BenchError("unknown option --\(unknown)")
        }
        guard positional.count == positionals else {
            throw BenchError(positionals == 1 ? "expected one fleet directory" : "unexpected argument \(positional[0])")
        }
    }

    func count(_ name: String, default fallback: Int? = nil, minimum: Int = 1) throws -> Int {
        guard let text = options[name] else {
            if let fallback { return fallback }
            throw BenchError("--\(name) is required")
        }
        guard let value = Int(text), value >= minimum else { throw BenchError("--\(name) must be a whole number ≥ \(minimum)") }
        return value
    }
}

func run(_ arguments: [String]) throws {
    guard let command = arguments.dropFirst().first, !["--help", "-h", "help"].contains(command) else {
        print(usage, terminator: "")
        return
    }
    let args = try Arguments(arguments.dropFirst(2))
    switch command {
    case "generate":
        try args.allow(["devices", "tenants", "out", "models"], positionals: 0)
        guard let out = args.options["out"] else { throw BenchError("--out is required") }
        var generator = FleetGenerator(devices: try args.count("devices", minimum: 0), tenants: try args.count("tenants"))
        if let models = args.options["models"] { generator.models = models.split(separator: ",").map(String.init) }
        let (bytes, time) = try Timing.measure { try generator.write(to: out) }
        print("wrote \(generator.devices) devices in \(generator.tenants) tenant files to \(out): "
            + "\(Timing.format(Double(bytes) / 1_048_576, decimals: 2)) MiB in \(Timing.ms(time, width: 0))")
    case "validate", "floor", "compare":
        try args.allow(["runs"], positionals: 1)
        let directory = args.positional[0], runs = try args.count("runs", default: 5)
        switch command {
        case "validate": try Benchmarks.validate(directory, runs: runs)
        case "floor": try Benchmarks.floor(directory, runs: runs)
        default: try Benchmarks.compare(directory, runs: runs)
        }
    case "emit":
        try args.allow(["runs"], positionals: 1)
        try EmitBench.command(args.positional[0], runs: try args.count("runs", default: 5))
    case "build", "write-floor", "build-compare":
        try args.allow(["runs", "out"], positionals: 1)
        guard let out = args.options["out"] else { throw BenchError("--out is required") }
        let directory = args.positional[0], runs = try args.count("runs", default: 3)
        switch command {
        case "build": try BuildBench.build(directory, out: out, runs: runs)
        case "write-floor": try WriteFloor.command(directory, out: out, runs: runs)
        default: try BuildBench.compare(directory, out: out, runs: runs)
        }
    case "scale":
        try args.allow(["out", "sizes", "devices-per-tenant"], positionals: 0)
        guard let out = args.options["out"] else { throw BenchError("--out is required") }
        let sizes = try (args.options["sizes"] ?? "100000,1000000").split(separator: ",").map { word -> Int in
            guard let size = Int(word), size >= 1 else { throw BenchError("--sizes takes whole numbers ≥ 1, comma-separated") }
            return size
        }
        try ScaleBench.command(out: out, sizes: sizes.sorted(), perTenant: try args.count("devices-per-tenant", default: 100))
    default:
        throw BenchError("unknown command '\(command)'; see handset-bench --help")
    }
}

do {
    try run(CommandLine.arguments)
} catch {
    // FleetReadError and BenchError both describe themselves. FileHandle, not fputs(stderr): Swift 6 rejects the
    // C global `stderr` as shared mutable state.
    FileHandle.standardError.write(Data("handset-bench: \(error)\n".utf8))
    exit(1)
}
