import HandsetCore

/// One timed run of the whole front end, split by phase as `Pipeline.Timings` reports it.
struct ValidateRun {
    var load: Duration
    var resolve: Duration
    var validate: Duration
    /// Wall time of `Pipeline.check`, so it includes the final dedup and sort the phases leave out.
    var total: Duration
    var errors: Int
    var devices: Int
    /// A few error lines, kept only so a failing fleet can be explained without rerunning `handset`.
    var firstErrors: [String]
}

/// The three measured commands. Each prints a per-run table, then the medians, then peak RSS.
enum Benchmarks {
    static func validateOnce(_ directory: String) throws -> ValidateRun {
        var timings = Pipeline.Timings()
        let (checked, total) = try Timing.measure { try Pipeline.check(path: directory, timings: &timings) }
        let errors = checked.diagnostics.filter { $0.severity == .error }
        let shown = errors.prefix(5).map { diagnostic in
            let place = diagnostic.mark.map { "\(checked.files.path($0.file)):\($0.line):\($0.column): " } ?? ""
            return "\(place)\(diagnostic.code) \(diagnostic.message)"
        }
        return ValidateRun(load: timings.load, resolve: timings.resolve, validate: timings.validate, total: total,
                           errors: errors.count, devices: checked.devices.count, firstErrors: Array(shown))
    }

    static func floorOnce(_ paths: [String]) throws -> (result: FloorParser.Result, time: Duration) {
        let (result, time) = Timing.measure { FloorParser.run(paths) }
        if let failure = result.failure { throw BenchError("floor: \(failure)") }
        return (result, time)
    }

    static let validateHeader = "run   load+decode    resolve   validate      total  errors"

    static func row(_ label: String, _ run: ValidateRun) -> String {
        label.padding(4) + "  " + Timing.ms(run.load, width: 11) + Timing.ms(run.resolve, width: 11)
            + Timing.ms(run.validate, width: 11) + Timing.ms(run.total, width: 11) + Timing.pad(String(run.errors), 8)
    }

    /// Medians phase by phase; the phases of the median row need not add up to its total.
    static func medianRun(_ runs: [ValidateRun]) -> ValidateRun {
        ValidateRun(load: Timing.median(runs.map(\.load)), resolve: Timing.median(runs.map(\.resolve)),
                    validate: Timing.median(runs.map(\.validate)), total: Timing.median(runs.map(\.total)),
                    errors: runs.map(\.errors).max() ?? 0, devices: runs.first?.devices ?? 0, firstErrors: [])
    }

    static func validate(_ directory: String, runs: Int) throws {
        print(validateHeader)
        var all: [ValidateRun] = []
        for index in 1...runs {
            let run = try validateOnce(directory)
            all.append(run)
            print(row(String(index), run))
            try requireClean(run)
        }
        print(row("med", medianRun(all)))
        print("devices: \(all[0].devices)")
        printPeakRSS()
    }

    static func floor(_ directory: String, runs: Int) throws {
        let paths = try FloorParser.files(in: directory)
        var times: [Duration] = []
        var last = FloorParser.Result(files: 0, bytes: 0, events: 0)
        for index in 1...runs {
            let time: Duration
            (last, time) = try floorOnce(paths)
            times.append(time)
            print("run \(index): \(Timing.ms(time)) floor")
        }
        print("median: \(Timing.ms(Timing.median(times))) floor")
        print("files: \(last.files), bytes: \(last.bytes), events: \(last.events)")
        printPeakRSS()
    }

    /// Floor and validate alternate within one process, so a slow stretch of the file system hits both alike.
    /// One untimed floor pass first brings the files into the page cache for both.
    static func compare(_ directory: String, runs: Int) throws {
        let paths = try FloorParser.files(in: directory)
        let warm = try floorOnce(paths).result
        var floors: [Duration] = []
        var checks: [ValidateRun] = []
        print("run         floor" + validateHeader.dropFirst(3))
        for index in 1...runs {
            let floor = try floorOnce(paths).time
            let run = try validateOnce(directory)
            floors.append(floor)
            checks.append(run)
            print(String(index).padding(4) + Timing.ms(floor, width: 14) + "  " + row("", run).dropFirst(6))
            try requireClean(run)
        }
        let floor = Timing.median(floors), median = medianRun(checks)
        print("med " + Timing.ms(floor, width: 14) + "  " + row("", median).dropFirst(6))
        print("files: \(warm.files), bytes: \(warm.bytes), events: \(warm.events), devices: \(median.devices)")
        print("ratio validate/floor (medians): \(Timing.format(Timing.ratio(median.total, floor), decimals: 2))x")
        printPeakRSS()
    }

    static func requireClean(_ run: ValidateRun) throws {
        guard run.errors > 0 else { return }
        throw BenchError("the fleet has \(run.errors) errors; a benchmark of a failing fleet is meaningless:\n"
            + run.firstErrors.map { "  " + $0 }.joined(separator: "\n"))
    }

    static func printPeakRSS() {
        print("peak RSS: \(Timing.format(Timing.peakRSSMiB(), decimals: 1)) MiB")
    }
}

extension String {
    /// Left-aligned to `width`.
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
