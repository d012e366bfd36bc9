import Foundation
import HandsetCore
import HandsetTestSupport
import Testing

/// Every input libFuzzer found (`scripts/fuzz.sh` writes them to Fuzz/crashers) is replayed through the front end
/// as the fuzz target runs it: `handset.yaml`, then after a line `#---` one tenant file. Each must now end in
/// diagnostics, and the human rendering must hold no raw control character.
struct FuzzCrasherTests {
    static let folder = Fixtures.packageRoot.appendingPathComponent("Fuzz/crashers")
    static let inputs = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        .filter { !$0.hasPrefix(".") && $0 != "README.md" }.sorted()

    @Test func theFolderIsThere() {
        #expect(FileManager.default.fileExists(atPath: Self.folder.path))
    }

    @Test(.timeLimit(.minutes(1)), arguments: inputs)
    func findingIsHandled(_ name: String) throws {
        let bytes = Array(try Data(contentsOf: Self.folder.appendingPathComponent(name)))
        let fleet = try TemporaryFleet([:])
        defer { fleet.remove() }
        try FileManager.default.createDirectory(at: fleet.root.appendingPathComponent("tenants"), withIntermediateDirectories: true)
        let separator = Array("\n#---\n".utf8)
        if let range = bytes.firstRange(of: separator) {
            try fleet.write(Array(bytes[..<range.lowerBound]), to: "handset.yaml")
            try fleet.write(Array(bytes[range.upperBound...]), to: "tenants/t.yaml")
        } else {
            try fleet.write(bytes, to: "handset.yaml")
        }
        let checked = try fleet.check()
        let human = DiagnosticRenderer(format: .human, files: checked.files).render(checked.diagnostics)
        #expect(!human.unicodeScalars.contains { $0 != "\n" && ControlCharacters.isControl($0) })
    }
}
