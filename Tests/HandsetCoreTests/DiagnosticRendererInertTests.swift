import Foundation
import HandsetCore
import HandsetTestSupport
import Testing

/// Issue #13, item 8: diagnostics print hostile input inert (no raw ESC, CR, BEL) and bounded (a huge line
/// prints as a short window around the mark), in the human and the GitHub format.
struct DiagnosticRendererInertTests {
    static let handset = "handset: 1\nprovisioning: {url: https://prov.example.net}\ninclude: [tenants/*.yaml]\n"

    private func render(_ tenant: [UInt8]) throws -> [String] {
        let fleet = try TemporaryFleet(["handset.yaml": Self.handset, "tenants/acme.yaml": ""])
        defer { fleet.remove() }
        try fleet.write(tenant, to: "tenants/acme.yaml")
        let checked = try fleet.check()
        #expect(checked.hasErrors)
        return [DiagnosticFormat.human, .github].map { DiagnosticRenderer(format: $0, files: checked.files).render(checked.diagnostics) }
    }

    @Test func controlCharactersInKeysAndLinesAreEscaped() throws {
        // An unknown key spelled with a terminal-title sequence, and a raw CR that would overwrite the line.
        let text = "tenant: acme\n\"\\e]0;pwned\\a\\r\": 1\n"
        for output in try render(Array(text.utf8)) {
            #expect(!output.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" || $0 == "\r" }, "\(output.debugDescription)")
            #expect(output.contains("\\u{1B}]0;pwned"), "\(output)")
        }
    }

    @Test func aHugeLineIsCutAroundTheMark() throws {
        let filler = String(repeating: "x", count: 2_000_000)
        let text = "tenant: acme\nname: \"\(filler)\", sip: 1\n"
        let outputs = try render(Array(text.utf8))
        for output in outputs {
            #expect(output.utf8.count < 4_000, "output is \(output.utf8.count) bytes")
        }
        #expect(outputs[0].contains("…"))
    }
}
