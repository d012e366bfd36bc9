/// The `build` and `build-compare` commands: per-run tables, then medians, then peak RSS.
extension BuildBench {
    static let header = "run   load+decode    resolve   validate      check    secrets       emit  us/dev     publish       total"

    static func row(_ label: String, _ run: BuildRun) -> String {
        label.padding(4) + "  " + Timing.ms(run.load, width: 11) + Timing.ms(run.resolve, width: 11)
            + Timing.ms(run.validate, width: 11) + Timing.ms(run.check, width: 11) + Timing.ms(run.secrets, width: 11)
            + Timing.ms(run.emit, width: 11) + Timing.pad(Timing.format(run.emitMicrosPerDevice, decimals: 2), 8)
            + Timing.ms(run.publish, width: 12) + Timing.ms(run.total, width: 12)
    }

    /// Medians phase by phase; the phases of the median row need not add up to its total.
    static func medianRun(_ runs: [BuildRun]) -> BuildRun {
        func median(_ key: KeyPath<BuildRun, Duration>) -> Duration { Timing.median(runs.map { $0[keyPath: key] }) }
        let first = runs[0]
        return BuildRun(load: median(\.load), resolve: median(\.resolve), validate: median(\.validate),
                        check: median(\.check), secrets: median(\.secrets), emit: median(\.emit),
                        publish: median(\.publish), total: median(\.total), devices: first.devices,
                        files: first.files, bytes: first.bytes, created: first.created, changedFiles: first.changedFiles)
    }

    /// A build that is compared to validation alone: its total, its phases, and the ratio total / check.
    static func againstValidate(_ label: String, _ run: BuildRun) -> String {
        label.padding(4) + Timing.ms(run.total, width: 13) + Timing.ms(run.check, width: 12)
            + Timing.ms(run.secrets, width: 11) + Timing.ms(run.emit, width: 12) + Timing.ms(run.publish, width: 12)
            + Timing.pad(Timing.format(Timing.ratio(run.total, run.check), decimals: 2) + "x", 9)
    }

    static func build(_ directory: String, out: String, runs: Int) throws {
        var folders = try OutputFolders(root: out)
        var scenarios: [Scenario] = []
        print("full build (each run into a new, empty folder under \(out))")
        print(header)
        for index in 1...runs {
            let scenario = try scenario(directory, out: folders.fresh("build"))
            scenarios.append(scenario)
            print(row(String(index), scenario.full))
        }
        let full = medianRun(scenarios.map(\.full))
        print(row("med", full))
        print("devices: \(full.devices), files: \(full.files), bytes: \(full.bytes)")

        print("\nsecond build, unchanged (ratio = total / its own check phase, i.e. validate-only)")
        print("run         total       check    secrets        emit     publish    ratio  created")
        for (index, scenario) in scenarios.enumerated() {
            print(againstValidate(String(index + 1), scenario.second) + Timing.pad(String(scenario.second.created), 9))
        }
        print(againstValidate("med", medianRun(scenarios.map(\.second))))

        print("\none-key change: one speed dial in one tenant file (ratio = total / its own check phase)")
        print("run         total       check    secrets        emit     publish    ratio  trees created  files changed")
        for (index, scenario) in scenarios.enumerated() {
            print(againstValidate(String(index + 1), scenario.oneKey) + Timing.pad(String(scenario.treesCreated), 15)
                + Timing.pad(String(scenario.oneKey.changedFiles), 15))
        }
        print(againstValidate("med", medianRun(scenarios.map(\.oneKey))))
        Benchmarks.printPeakRSS()
    }

    /// Write-floor and a full build alternate within one process, each into a new folder under `out`, so a slow
    /// stretch of the file system hits both alike.
    static func compare(_ directory: String, out: String, runs: Int) throws {
        let plan = try WriteFloor.plan(directory)
        var folders = try OutputFolders(root: out)
        var floors: [Duration] = []
        var builds: [BuildRun] = []
        print("run     write-floor" + header.dropFirst(3) + "   build/floor")
        for index in 1...runs {
            let floor = try WriteFloor.run(plan, out: folders.fresh("floor"))
            let build = try buildOnce(directory, out: folders.fresh("build"))
            floors.append(floor)
            builds.append(build)
            print(String(index).padding(4) + Timing.ms(floor, width: 14) + row("", build).dropFirst(4)
                + Timing.pad(Timing.format(Timing.ratio(build.total, floor), decimals: 2) + "x", 14))
        }
        let floor = Timing.median(floors), build = medianRun(builds)
        print("med " + Timing.ms(floor, width: 14) + row("", build).dropFirst(4)
            + Timing.pad(Timing.format(Timing.ratio(build.total, floor), decimals: 2) + "x", 14))
        print("devices: \(build.devices), files: \(build.files) (floor \(plan.files)), bytes: \(build.bytes) (floor \(plan.bytes))")
        print("ratio build/write-floor (medians): \(Timing.format(Timing.ratio(build.total, floor), decimals: 2))x; "
            + "publish/write-floor: \(Timing.format(Timing.ratio(build.publish, floor), decimals: 2))x")
        Benchmarks.printPeakRSS()
    }
}
