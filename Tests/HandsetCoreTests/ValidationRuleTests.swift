import HandsetCore
import HandsetTestSupport
import Testing

/// Rules pinned at markers in the YAML (swift-format style): code, position, and the notes and hints that make
/// the message useful. The bad-input corpus covers every code; these look closer at a few.
struct ValidationRuleTests {
    private static let head = """
        handset: 1
        provisioning: {url: https://prov.example.net}

        """

    private func check(_ marked: MarkedText, tenants: [String: String] = [:]) throws -> (Pipeline.Checked, TemporaryFleet) {
        var files = tenants
        files["handset.yaml"] = marked.text
        let fleet = try TemporaryFleet(files)
        return (try fleet.check(), fleet)
    }

    private func expectAt(_ d: Diagnostic?, _ code: String, _ marked: MarkedText, _ marker: Int,
                          sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(d?.code == code, sourceLocation: sourceLocation)
        let p = marked.positions[marker]
        #expect(d.flatMap { $0.mark.map { (Int($0.line), Int($0.column)) } }.map { $0 == p! } == true,
                "expected \(code) at \(marked.location(marker)), got \(String(describing: d?.mark))", sourceLocation: sourceLocation)
    }

    @Test func danglingBLFSuggestsTheClosestExtension() throws {
        let marked = MarkedText(Self.head + """
            tenants:
              - tenant: acme
                sip: {server: pbx.example.net}
                provisioning: {username: acme, password: derived}
                extensions: [{number: "100", password: derived}, {number: "150", password: derived}]
                devices:
                  - {mac: 001565000001, model: yealink/t54w, lines: ["100"], keys: [line, {blf: 1️⃣"105"}]}
            """)
        let (checked, fleet) = try check(marked)
        defer { fleet.remove() }
        let d = checked.diagnostics.first
        expectAt(d, "E0301", marked, 1)
        #expect(d?.notes.first?.message == "tenant 'acme' has extensions 100, 150")
        #expect(d?.hint == "did you mean \"150\"?" || d?.hint == "did you mean \"100\"?")
    }

    @Test func duplicateMACAcrossTenantsPointsAtBoth() throws {
        let tenant = { (id: String, mac: String) in """
            tenant: \(id)
            sip: {server: pbx.example.net}
            provisioning: {username: \(id), password: derived}
            extensions: [{number: "100", password: derived}]
            devices:
              - {mac: \(mac), model: yealink/t54w, lines: ["100"]}
            """ }
        let marked = MarkedText(Self.head + "include: [tenants/*.yaml]\n")
        let (checked, fleet) = try check(marked, tenants: [
            "tenants/a.yaml": tenant("a", "00:15:65:00:00:01"),
            "tenants/b.yaml": tenant("b", "0015.6500.0001"),
        ])
        defer { fleet.remove() }
        let d = try #require(checked.diagnostics.first)
        #expect(d.code == "E0203")
        #expect(checked.files.path(d.mark!.file) == "tenants/b.yaml")
        #expect(d.notes.first?.message == "first used here (in tenant 'a')")
        #expect(d.notes.first?.mark.map { checked.files.path($0.file) } == "tenants/a.yaml")
    }

    @Test func profileSettingsAreReportedWhereTheyWereWritten() throws {
        let marked = MarkedText(Self.head + """
            profiles:
              desk: {model: yealink/t54w, codecs: [g722, 1️⃣g729, 2️⃣g722]}
            tenants:
              - tenant: acme
                sip: {server: pbx.example.net}
                provisioning: {username: acme, password: derived}
                extensions: [{number: "100", password: derived}, {number: "101", password: derived}]
                devices:
                  - {mac: 001565000001, profile: desk, lines: ["100"]}
                  - {mac: 001565000002, profile: desk, lines: ["101"]}
            """)
        let (checked, fleet) = try check(marked)
        defer { fleet.remove() }
        // One diagnostic for the profile's line, although two devices use it.
        #expect(checked.diagnostics.count == 1)
        expectAt(checked.diagnostics.first, "E0410", marked, 2)
    }

    @Test func deviceSettingsOverrideTheProfileKeyByKey() throws {
        let marked = MarkedText(Self.head + """
            defaults: {network: {mode: static, address: 10.0.0.5/24, gateway: 10.0.0.1, dns: [10.0.0.1]}}
            tenants:
              - tenant: acme
                sip: {server: pbx.example.net}
                provisioning: {username: acme, password: derived}
                extensions: [{number: "100", password: derived}]
                devices:
                  - {mac: 001565000001, model: yealink/t54w, lines: ["100"], network: {gateway: 1️⃣10.0.1.1}}
            """)
        let (checked, fleet) = try check(marked)
        defer { fleet.remove() }
        expectAt(checked.diagnostics.first, "E0502", marked, 1)
        #expect(checked.diagnostics.first?.message == "gateway 10.0.1.1 is outside the subnet 10.0.0.0/24")
    }

    @Test func yaml11SpellingsStayStringsInStringFields() throws {
        let marked = MarkedText(Self.head + """
            tenants:
              - tenant: no
                name: NO
                sip: {server: pbx.example.net}
                provisioning: {username: off, password: derived}
                extensions: [{number: "0123", name: yes, password: derived}]
                devices:
                  - {mac: 00:15:65:00:00:01, model: yealink/t54w, lines: ["0123"], phonebook: 1️⃣yes}
            """)
        let (checked, fleet) = try check(marked)
        defer { fleet.remove() }
        #expect(checked.fleet.tenants.first?.id.value == "no")
        #expect(checked.fleet.tenants.first?.extensions.first?.number.value == "0123")
        #expect(checked.diagnostics.count == 1)
        expectAt(checked.diagnostics.first, "E0104", marked, 1)
        #expect(checked.diagnostics.first?.hint == "write true")
    }
}
