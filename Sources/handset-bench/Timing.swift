#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Wall-clock helpers shared by every command: one clock, medians, and a fixed millisecond format so runs line up.
enum Timing {
    static let clock = ContinuousClock()

    /// Runs `body` once and returns its result with the wall time it took.
    static func measure<T>(_ body: () throws -> T) rethrows -> (value: T, time: Duration) {
        let start = clock.now
        let value = try body()
        return (value, clock.now - start)
    }

    /// The median of `values`; the mean of the middle two for an even count. Zero for none.
    /// The median, not the mean, because a single page-cache miss or scheduler hiccup skews a mean of five.
    static func median(_ values: [Duration]) -> Duration {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return .zero }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// Milliseconds with one decimal, right-aligned to `width` so per-run tables stay readable.
    static func ms(_ duration: Duration, width: Int = 9) -> String {
        let (seconds, attoseconds) = duration.components
        let millis = Double(seconds) * 1_000 + Double(attoseconds) / 1e15
        return pad(format(millis, decimals: 1) + " ms", width)
    }

    /// `a / b` of two durations as a plain number; 0 when `b` is zero rather than infinity.
    static func ratio(_ a: Duration, _ b: Duration) -> Double {
        b == .zero ? 0 : a / b
    }

    /// Peak resident set size of this process so far, in MiB.
    /// Linux reports `ru_maxrss` in KiB, Darwin in bytes; the benchmark runs on both.
    static func peakRSSMiB() -> Double {
        var usage = rusage()
        #if canImport(Darwin)
        guard getrusage(RUSAGE_SELF, &usage) == 0 else { return 0 }
        return Double(usage.ru_maxrss) / (1024 * 1024)
        #else
        // Glibc imports RUSAGE_SELF as an enum case while getrusage takes its raw Int32.
        guard getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage) == 0 else { return 0 }
        return Double(usage.ru_maxrss) / 1024
        #endif
    }

    /// User plus system CPU time of this process so far, over all its threads.
    static func processCPUTime() -> Duration {
        var usage = rusage()
        #if canImport(Darwin)
        guard getrusage(RUSAGE_SELF, &usage) == 0 else { return .zero }
        #else
        guard getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage) == 0 else { return .zero }
        #endif
        func duration(_ time: timeval) -> Duration { .seconds(Int64(time.tv_sec)) + .microseconds(Int64(time.tv_usec)) }
        return duration(usage.ru_utime) + duration(usage.ru_stime)
    }

    /// A fixed-point decimal without Foundation's `String(format:)`, which is locale- and platform-dependent.
    static func format(_ value: Double, decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = Int((abs(value) * scale).rounded())
        let whole = scaled / Int(scale)
        let fraction = String(scaled % Int(scale))
        let sign = value < 0 && scaled != 0 ? "-" : ""
        guard decimals > 0 else { return sign + String(whole) }
        return sign + String(whole) + "." + String(repeating: "0", count: decimals - fraction.count) + fraction
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }
}
