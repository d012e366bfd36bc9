import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import HandsetCore
@testable import HandsetEmitters
import HandsetTestSupport
import Testing

/// What is particular to the Htek emitter; `GoldenTreeEmitterTests` holds every vendor's output to its golden trees.
struct HtekEmitterTests {
    static let features = EmitterFixture.features("htek")

    /// No catalog Htek model takes an expansion module, so there is no `modules` fixture: `moduleIsRefused` covers it.
    @Test func everyFeatureHasAFixture() {
        let expected = ["accounts", "codecs", "keys", "locale", "network", "phonebook", "provisioning"]
        #expect(Set(expected).isSubset(of: Set(Self.features)), "fixtures: \(Self.features)")
    }

    /// Each device gets exactly its own `cfg<mac>.xml` (shared files are checked for every vendor in
    /// `GoldenTreeEmitterTests`).
    @Test(arguments: features)
    func perMACFiles(_ feature: String) throws {
        let fixture = try EmitterFixture("htek", feature)
        for (context, devices, _) in fixture.tenants() {
            for device in devices {
                let files = HtekEmitter().deviceFiles(for: device, in: context)
                #expect(files.map(\.path) == ["cfg\(device.mac.value).xml"])
                #expect(files.allSatisfy { $0.mac == device.mac.value })
            }
        }
    }

    /// A phone that fetches `cfg<DeviceCode>.xml` may stop there (htek.md H1, chain-stop row), so none is emitted.
    @Test(arguments: features)
    func noCommonModelFileIsEmitted(_ feature: String) throws {
        let tree = try EmitterFixture("htek", feature).emit(HtekEmitter())
        let common = tree.keys.filter { path in
            let name = path.split(separator: "/").last.map(String.init) ?? path
            return name.hasPrefix("cfg") && name.count == "cfg0010.xml".count
        }
        #expect(common.isEmpty, "common files: \(common)")
        #expect(tree.keys.allSatisfy { $0 == $0.lowercased() })
    }

    /// Every golden XML file parses (Foundation's XMLParser) and has the `hl_provision`/`config` or `PhoneDirectory`
    /// shape.
    @Test func everyGoldenXMLFileIsWellFormed() throws {
        var parsed = 0
        for feature in Self.features {
            let golden = try GoldenTree.read(EmitterFixture.golden("htek", feature))
            for (path, bytes) in golden.sorted(by: { $0.key < $1.key }) {
                #expect(path.hasSuffix(".xml"), "\(feature)/\(path) is not an XML file")
                let document = try #require(Self.parse(bytes), "\(feature)/\(path) is not well-formed XML")
                parsed += 1
                if path.hasSuffix("htek-phonebook.xml") {
                    #expect(document.root == "PhoneDirectory")
                } else {
                    #expect(document.root == "hl_provision", "\(feature)/\(path)")
                    #expect(document.rootChildren == ["config"], "\(feature)/\(path)")
                    #expect(!document.settings.isEmpty)
                }
            }
        }
        #expect(parsed > 0, "no golden files yet: record them with HANDSET_RECORD=1")
    }

    /// Every setting written to a golden `cfg<mac>.xml` is a P-code the FusionPBX or Wazo templates use
    /// (`KeyLists/htek-pcodes.txt`), its `para` one of the names they give it. The one exception is line keys
    /// 13...36, which the templates generate by Wazo's `_gen_param_num` formula rather than list; those must be
    /// exactly what the formula gives, and `lineKeyFormulaMatchesTheListedCodes` pins the formula to the list.
    @Test func everyEmittedSettingIsAKnownHtekPCode() throws {
        let known = try Self.knownPCodes()
        #expect(known.count > 2000)
        let derived = Self.derivedLineKeyCodes(1...36)
        var checkedFiles = 0
        for feature in Self.features {
            let golden = try GoldenTree.read(EmitterFixture.golden("htek", feature))
            for (path, bytes) in golden.sorted(by: { $0.key < $1.key }) where path.hasSuffix(".xml") {
                guard !path.hasSuffix("htek-phonebook.xml") else { continue }
                checkedFiles += 1
                let document = try #require(Self.parse(bytes))
                var seen = Set<String>()
                for setting in document.settings {
                    #expect(seen.insert(setting.element).inserted, "\(feature)/\(path): \(setting.element) written twice")
                    guard setting.element.hasPrefix("P"), let code = Int(setting.element.dropFirst()) else {
                        Issue.record("\(feature)/\(path): \(setting.element) is not a P-code")
                        continue
                    }
                    if let names = known[code] {
                        #expect(names.contains { $0.caseInsensitiveCompare(setting.para) == .orderedSame },
                                "\(feature)/\(path): P\(code) para \(setting.para) is none of \(names)")
                    } else if let para = derived[code] {
                        #expect(para == setting.para, "\(feature)/\(path): P\(code) para \(setting.para), expected \(para)")
                    } else {
                        Issue.record("\(feature)/\(path): P\(code) (\(setting.para)) is not in htek-pcodes.txt")
                    }
                }
            }
        }
        #expect(checkedFiles > 0, "no golden files yet: record them with HANDSET_RECORD=1")
    }

    /// FusionPBX's UC924 template spells out line keys 1...12; the formula must give exactly those codes and names.
    @Test func lineKeyFormulaMatchesTheListedCodes() throws {
        let known = try Self.knownPCodes()
        // (The modes past key 1 are listed by neither template set; only P20600 is.)
        for (code, para) in Self.derivedLineKeyCodes(1...12) where !(20601...20635).contains(code) {
            let names = try #require(known[code], "P\(code) (\(para)) is not listed")
            #expect(names.contains { $0.caseInsensitiveCompare(para) == .orderedSame }, "P\(code): \(para) vs \(names)")
        }
        // Keys 13...36 must not collide with any listed setting.
        for code in Self.derivedLineKeyCodes(13...36).keys { #expect(known[code] == nil, "P\(code) is listed") }
        #expect(HtekCodes.lineKey(37) == nil)
        #expect(HtekCodes.lineKey(0) == nil)
    }

    /// The keys fixture exercises every key type SCHEMA.md defines.
    @Test func keysFixtureUsesEveryKeyType() throws {
        let fixture = try EmitterFixture("htek", "keys")
        var types = Set<String>()
        for device in fixture.checked.devices { device.forEachKey { types.insert($0.typeName) } }
        #expect(types == ["line", "blf", "speed_dial", "day_night", "dnd", "park", "intercom", "phonebook", "blank"])
    }

    /// No Htek model in the catalog takes an expansion module, so validation refuses one before any emitter runs.
    @Test func moduleIsRefusedByValidation() throws {
        #expect(Catalog.models.filter { $0.vendor == .htek }.allSatisfy { $0.maxModules == 0 && $0.modules.isEmpty })
        let fleet = try TemporaryFleet(["handset.yaml": """
            handset: 1
            provisioning: {url: https://prov.example.net}
            tenants:
              - tenant: acme
                sip: {server: pbx.acme.example.net}
                provisioning: {username: acme, password: derived}
                extensions:
                  - {number: "100", name: Alice Adams, password: derived}
                devices:
                  - mac: 00:1f:c1:00:03:00
                    model: htek/uc926
                    lines: ["100"]
                    expansion_modules:
                      - model: htek/uc46
                        keys: [{blf: "100"}]
            """])
        defer { fleet.remove() }
        let checked = try fleet.check()
        #expect(checked.diagnostics.contains { $0.severity == .error && $0.code == "E0404" })
    }

    @Test func languageIndexGoesToTheLCDAndTheWebAndAZoneToItsCode() throws {
        let fleet = try TemporaryFleet(["handset.yaml": """
            handset: 1
            provisioning: {url: https://prov.example.net}
            tenants:
              - tenant: acme
                sip: {server: pbx.acme.example.net}
                provisioning: {username: acme, password: derived}
                extensions: [{number: "100", password: derived}]
                devices:
                  - {mac: 00:1f:c1:00:03:00, model: htek/uc926, lines: ["100"], language: nl, timezone: Europe/Zurich}
            """])
        defer { fleet.remove() }
        let checked = try fleet.check()
        #expect(!checked.hasErrors, "\(checked.diagnostics)")
        let secrets = [TenantSecrets(provisioningPassword: "x", adminPassword: "x", extensionPasswords: ["100": "x"])]
        let file = try #require(FleetEmitter.emit(checked, secrets: secrets).first?.files.first { $0.mac != nil })
        let text = String(decoding: file.bytes, as: UTF8.self)
        // Dutch is index 10 of Htek's table; Zurich keeps central European time, Htek's code 50 (Berlin).
        #expect(text.contains(#"<P8621 para="Preference.LcdLanguage">10</P8621>"#))
        #expect(text.contains(#"<P2525 para="Preference.WebLanguage">10</P2525>"#))
        #expect(text.contains(#"<P64 para="Preference_TimeZone">50</P64>"#))
    }

    // MARK: Helpers

    /// `htek-pcodes.txt`: code -> the names its `para` annotations give it.
    static func knownPCodes() throws -> [Int: [String]] {
        let url = Fixtures.packageRoot.appendingPathComponent("Tests/HandsetEmittersTests/KeyLists/htek-pcodes.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        var out: [Int: [String]] = [:]
        for line in text.split(separator: "\n") where line.hasPrefix("P") {
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count >= 2, let code = Int(columns[0].dropFirst()) else { continue }
            out[code] = columns[1].components(separatedBy: " | ")
        }
        return out
    }

    /// Code -> para of every field of line keys `range`, as the emitter numbers them.
    static func derivedLineKeyCodes(_ range: ClosedRange<Int>) -> [Int: String] {
        var out: [Int: String] = [:]
        for n in range {
            guard let codes = HtekCodes.lineKey(n) else { continue }
            for setting in [codes.type, codes.value, codes.label, codes.account, codes.pickupCode] {
                out[setting.code] = setting.para
            }
            // Line-key modes, written out here from the formula (Wazo `_gen_param_num`: P20600 + n - 1; FusionPBX's
            // sangoma/s700 template lists them): the key list holds only P20600.
            out[20600 + n - 1] = "LineKey\(n).Mode"
        }
        return out
    }

    struct Document {
        var root = ""
        var rootChildren: [String] = []
        /// The elements directly under `<config>`, in order.
        var settings: [(element: String, para: String)] = []
    }

    /// Parses `bytes` with Foundation's XMLParser; nil when the document is not well-formed.
    static func parse(_ bytes: [UInt8]) -> Document? {
        let collector = Collector()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = collector
        guard parser.parse() else { return nil }
        return collector.document
    }

    final class Collector: NSObject, XMLParserDelegate {
        var document = Document()
        private var path: [String] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            if path.isEmpty { document.root = name }
            if path.count == 1 { document.rootChildren.append(name) }
            if path == ["hl_provision", "config"] { document.settings.append((name, attributes["para"] ?? "")) }
            path.append(name)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            path.removeLast()
        }
    }
}

/// The small conversions the files depend on.
struct HtekValueTests {
    @Test(arguments: [(8, [255, 0, 0, 0]), (23, [255, 255, 254, 0]), (24, [255, 255, 255, 0]),
                      (30, [255, 255, 255, 252]), (32, [255, 255, 255, 255]), (0, [0, 0, 0, 0])])
    func netmasks(_ prefix: Int, _ expected: [Int]) {
        #expect(Netmask.octets(prefix: prefix) == expected)
    }

    @Test func lineKeyNumbering() throws {
        let one = try #require(HtekCodes.lineKey(1)), four = try #require(HtekCodes.lineKey(4))
        let five = try #require(HtekCodes.lineKey(5)), last = try #require(HtekCodes.lineKey(36))
        let first: [Int] = [one.type.code, one.value.code, one.label.code, one.account.code, one.pickupCode.code]
        #expect(first == [41200, 41300, 41400, 41500, 41600])
        #expect(four.type.code == 41203 && four.pickupCode.code == 41603)
        let fifth: [Int] = [five.type.code, five.pickupCode.code], lastKey: [Int] = [last.type.code, last.pickupCode.code]
        #expect(fifth == [20200, 20204])
        #expect(lastKey == [20355, 20359])
    }

    @Test func codecPayloadsAndTransports() {
        #expect(Codec.allCases.map(HtekCodes.payload) == [8, 0, 9, 18, 120])
        #expect(Transport.allCases.map(HtekCodes.transportCode) == [0, 1, 2])
    }

    @Test func hostPortForms() {
        #expect(HostPort.join("pbx.example.net", 5060) == "pbx.example.net:5060")
        #expect(HostPort.join("192.0.2.1", 5080) == "192.0.2.1:5080")
        #expect(HostPort.join("2001:db8::1", 5060) == "[2001:db8::1]:5060")
        #expect(HostPort.split("sbc.example.net:5070") == ("sbc.example.net", 5070))
        #expect(HostPort.split("2001:db8::1") == ("2001:db8::1", nil))
    }

    @Test func credentialsArePercentEncodedIntoTheURL() {
        #expect(URLCredentials.embed(user: "acme", password: "p@ss:w/rd", in: "https://prov.example.net/acme/book.xml")
                == "https://acme:p%40ss%3Aw%2Frd@prov.example.net/acme/book.xml")
        #expect(URLCredentials.percentEncoded("AZaz09-._~ ä") == "AZaz09-._~%20%C3%A4")
    }

    @Test func commentsNeverCarryDoubleHyphens() {
        #expect(HtekConfigWriter.commentText("a -- b --> c-") == "a - b -> c")
        #expect(HtekConfigWriter.commentText("line\nbreak") == "line break")
    }

    @Test func emptyValuesAreSelfClosingAndValuesEscaped() {
        var w = HtekConfigWriter()
        w.set(HtekSetting(48, "Profile1_OutboundProxy"), "")
        w.set(HtekSetting(3, "Account1_DispalyName"), "A <&> \"B\"")
        #expect(w.output.contains("<P48 para=\"Profile1_OutboundProxy\" />\n"))
        #expect(w.output.contains("<P3 para=\"Account1_DispalyName\">A &lt;&amp;&gt; \"B\"</P3>\n"))
        #expect(w.output.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<hl_provision version=\"1\">\n"))
    }

    @Test func devicesOfOtherVendorsGetNoFiles() throws {
        let fixture = try EmitterFixture("htek", "accounts")
        let htek = try #require(fixture.checked.devices.first)
        let device = ResolvedDevice(tenantIndex: htek.tenantIndex, mac: htek.mac, lines: htek.lines,
                                    linesMark: htek.linesMark, settings: htek.settings,
                                    model: Catalog.model("yealink/t46s"), mark: htek.mark)
        let emitter = HtekEmitter()
        #expect(emitter.deviceFiles(for: device, in: fixture.contexts[0]).isEmpty)
        #expect(emitter.sharedFiles(for: [device], in: fixture.contexts[0]).isEmpty)
        #expect(emitter.sharedFiles(for: [], in: fixture.contexts[0]).isEmpty)
    }

    @Test func perMACFileNamesAreLowercase() throws {
        let fixture = try EmitterFixture("htek", "accounts")
        let paths = fixture.emit(HtekEmitter()).keys.sorted()
        #expect(paths.contains("acme/cfg001fc1000101.xml"))
        #expect(paths.allSatisfy { $0 == $0.lowercased() })
    }
}
