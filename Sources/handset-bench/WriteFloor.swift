#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The floor for writing: what putting a build's files on disk costs before Handset does anything of its own.
///
/// The same number of files with the same sizes as a build writes, into `out/<tenant>/`, one tenant per
/// iteration of `DispatchQueue.concurrentPerform` as the publisher spreads its trees; each file is opened,
/// written and closed. Nothing is hashed, linked or synced: no `fsync`, no `syncfs`.
enum WriteFloor {
    /// One file to write: its name (the emitted path, flattened) and size.
    struct File: Sendable {
        var name: String
        var size: Int
    }

    /// What one tenant folder receives.
    struct Tenant: Sendable {
        var id: String
        var files: [File]
    }

    /// The whole write: every tenant's files, and totals for the report.
    struct Plan: Sendable {
        var tenants: [Tenant]
        var files: Int
        var bytes: Int
        var largest: Int
    }

    /// Emits `directory` once, untimed, and keeps only names and sizes.
    static func plan(_ directory: String) throws -> Plan {
        var tenants: [Tenant] = []
        try BuildBench.eachEmitted(directory) { output in
            tenants.append(Tenant(id: output.tenant, files: output.files.map {
                File(name: $0.path.replacingOccurrences(of: "/", with: "_"), size: $0.bytes.count)
            }))
        }
        let sizes = tenants.flatMap { $0.files.map(\.size) }
        return Plan(tenants: tenants, files: sizes.count, bytes: sizes.reduce(0, +), largest: sizes.max() ?? 0)
    }

    /// Writes `plan` under `out`, which must not hold the files yet; returns the wall time.
    static func run(_ plan: Plan, out: String) throws -> Duration {
        OutputFolders.settle()
        let filler = [UInt8](repeating: UInt8(ascii: "x"), count: max(1, plan.largest))
        let failure = FirstFailure()
        let (_, time) = Timing.measure {
            guard mkdir(out, 0o750) == 0 || errno == EEXIST else { return failure.set(out) }
            DispatchQueue.concurrentPerform(iterations: plan.tenants.count) { index in
                let tenant = plan.tenants[index]
                let folder = out + "/" + tenant.id
                guard mkdir(folder, 0o750) == 0 else { return failure.set(folder) }
                filler.withUnsafeBytes { raw in
                    for file in tenant.files {
                        let path = folder + "/" + file.name
                        guard writeFile(path, raw.baseAddress!, file.size) else { return failure.set(path) }
                    }
                }
            }
        }
        if let message = failure.message { throw BenchError("write-floor: \(message)") }
        return time
    }

    /// open, write (until all is written), close.
    private static func writeFile(_ path: String, _ bytes: UnsafeRawPointer, _ count: Int) -> Bool {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o640)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var offset = 0
        while offset < count {
            let written = write(fd, bytes + offset, count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += written
        }
        return true
    }

    /// `write-floor DIR --out OUT`: emits once for the sizes, then writes R times, each into a new folder.
    static func command(_ directory: String, out: String, runs: Int) throws {
        let plan = try plan(directory)
        var folders = try OutputFolders(root: out)
        var times: [Duration] = []
        for index in 1...runs {
            let time = try run(plan, out: folders.fresh("floor"))
            times.append(time)
            print("run \(index): \(Timing.ms(time)) write-floor")
        }
        print("median: \(Timing.ms(Timing.median(times))) write-floor")
        print("tenants: \(plan.tenants.count), files: \(plan.files), bytes: \(plan.bytes)")
        Benchmarks.printPeakRSS()
    }

    /// The first path that failed with the system's reason, set by any worker right after the failing call.
    private final class FirstFailure: @unchecked Sendable {
        private var first: String?
        private let lock = NSLock()

        func set(_ path: String) {
            let reason = String(cString: strerror(errno))
            lock.lock(); if first == nil { first = path + ": " + reason }; lock.unlock()
        }

        var message: String? { lock.lock(); defer { lock.unlock() }; return first }
    }
}
