import Foundation
import HandsetCore
import HandsetTestSupport
import Testing

/// No input makes the front end crash or hang: mutated copies of the examples (seeded, so every run checks the
/// same inputs) go through the whole pipeline, which must return diagnostics.
struct RobustnessTests {
    /// A small deterministic generator (SplitMix64), so failures reproduce.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let alphabet: [UInt8] = Array(" \t\n:-[]{}&*!|>'\"#%@`,?<=~\\0123456789abcxyz".utf8) + [0xC3, 0xFF, 0x00]

    @Test(arguments: ["small-office", "multi-tenant"])
    func mutatedExamplesNeverCrash(_ example: String) throws {
        let source = Fixtures.packageRoot.appendingPathComponent("examples/\(example)/handset.yaml")
        let original = Array(try Data(contentsOf: source))
        var random = SplitMix(state: 0x4841_4E44_5345_54)
        for round in 0..<300 {
            var bytes = original
            for _ in 0..<(1 + round % 4) {
                let at = Int.random(in: 0..<bytes.count, using: &random)
                switch Int.random(in: 0..<4, using: &random) {
                case 0: bytes.remove(at: at)
                case 1: bytes.insert(Self.alphabet.randomElement(using: &random)!, at: at)
                case 2: bytes[at] = Self.alphabet.randomElement(using: &random)!
                default: bytes = Array(bytes[..<at])
                }
                if bytes.isEmpty { bytes = [0x0A] }
            }
            let fleet = try TemporaryFleet([:])
            try FileManager.default.createDirectory(at: fleet.root, withIntermediateDirectories: true)
            try fleet.write(bytes, to: "handset.yaml")
            let checked = try fleet.check()
            fleet.remove()
            // A mutation can leave the fleet valid; what matters is that every problem is a diagnostic.
            for d in checked.diagnostics { #expect(!d.code.isEmpty && d.mark != nil || d.code.hasPrefix("E0")) }
        }
    }
}
