import HandsetCore
import HandsetEmitters

/// The emit benchmark: `FleetEmitter.emit` alone, in memory, on a fleet checked and with secrets resolved once.
enum EmitBench {
    static let header = "run          emit  us/dev  cpu us/dev  digest"

    /// Checks and resolves secrets untimed, then times `FleetEmitter.emit` `runs` times. Each run's output is
    /// digested (untimed), so a run that emits other bytes than the first, i.e. nondeterminism, fails the command.
    static func command(_ directory: String, runs: Int) throws {
        let checked = try Pipeline.check(path: directory)
        try BuildBench.requireNoErrors(checked.diagnostics, stage: "check")
        let resolved = SecretResolver.resolve(checked.fleet, sources: BuildBench.sources)
        try BuildBench.requireNoErrors(resolved.diagnostics, stage: "secrets")
        let devices = checked.devices.count
        print(header)
        var times: [Duration] = []
        var cpuTimes: [Duration] = []
        var first: (digest: UInt64, files: Int, bytes: Int)?
        for index in 1...runs {
            let cpuBefore = Timing.processCPUTime()
            let (outputs, time) = Timing.measure { FleetEmitter.emit(checked, secrets: resolved.tenants) }
            let cpu = Timing.processCPUTime() - cpuBefore
            times.append(time)
            cpuTimes.append(cpu)
            let summary = summarize(outputs)
            print(row(String(index), time, cpu: cpu, devices: devices) + "  " + hex(summary.digest))
            if let first, first.digest != summary.digest {
                throw BenchError("run \(index) emitted other bytes than run 1 (\(hex(summary.digest)) vs \(hex(first.digest)))")
            }
            first = first ?? summary
        }
        print(row("med", Timing.median(times), cpu: Timing.median(cpuTimes), devices: devices))
        print("devices: \(devices), files: \(first?.files ?? 0), bytes: \(first?.bytes ?? 0)")
        Benchmarks.printPeakRSS()
    }

    /// Wall time, wall µs per device, and CPU µs per device over all threads: on a shared machine the CPU figure
    /// moves less than the wall time when another process takes a core.
    static func row(_ label: String, _ time: Duration, cpu: Duration, devices: Int) -> String {
        func perDevice(_ duration: Duration) -> String {
            Timing.format(devices == 0 ? 0 : Timing.ratio(duration, .microseconds(1)) / Double(devices), decimals: 2)
        }
        return label.padding(4) + Timing.ms(time, width: 11) + Timing.pad(perDevice(time), 8)
            + Timing.pad(perDevice(cpu), 12)
    }

    /// File count, byte count and a 64-bit FNV-1a digest over every tenant, path and file in order: equal digests
    /// before and after a change to an emitter say the output stayed byte-identical.
    static func summarize(_ outputs: [FleetEmitter.TenantOutput]) -> (digest: UInt64, files: Int, bytes: Int) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix<S: Sequence<UInt8>>(_ bytes: S) {
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
            hash = (hash ^ 0xFF) &* 0x0000_0100_0000_01b3  // separator: ["ab", "c"] and ["a", "bc"] differ
        }
        var files = 0, bytes = 0
        for output in outputs {
            mix(output.tenant.utf8)
            for file in output.files {
                mix(file.path.utf8)
                mix((file.mac ?? "").utf8)
                mix(file.bytes)
                files += 1
                bytes += file.bytes.count
            }
        }
        return (hash, files, bytes)
    }

    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
