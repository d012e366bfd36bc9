import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import HandsetCore
@testable import HandsetEmitters
import HandsetTestSupport
import Testing

/// What is particular to the Snom emitter; `GoldenTreeEmitterTests` holds every vendor's output to its golden trees.
struct SnomEmitterTests {
    static let features = EmitterFixture.features("snom")

    @Test func everyFeatureHasAFixture() {
        let expected = ["accounts", "codecs", "keys", "locale", "modules", "network", "phonebook", "provisioning"]
        #expect(Set(expected).isSubset(of: Set(Self.features)), "fixtures: \(Self.features)")
    }

    /// Each device gets `<MAC>.xml` and its container; the container only lists URLs, so it holds no password
    /// (shared files are checked for every vendor in `GoldenTreeEmitterTests`).
    @Test(arguments: features)
    func perMACFilesAndTheirSecrets(_ feature: String) throws {
        let fixture = try EmitterFixture("snom", feature)
        for (context, devices, secrets) in fixture.tenants() {
            for device in devices {
                let mac = device.mac.value.uppercased()
                let files = SnomEmitter().deviceFiles(for: device, in: context)
                #expect(files.map(\.path).sorted() == [mac + ".xml", "snom\(device.model!.displayName)-\(mac).htm"])
                for file in files {
                    #expect(file.mac == device.mac.value)
                    if file.path.hasSuffix(".htm") {
                        #expect(EmitterFixture.leaked(secrets, in: file.bytes).isEmpty, "secret in \(file.path)")
                    }
                }
            }
        }
    }

    /// Every golden file is well-formed XML: each is parsed back with Foundation's parser.
    @Test func everyGoldenFileIsWellFormedXML() throws {
        var parsed = 0
        for feature in Self.features {
            let golden = try GoldenTree.read(EmitterFixture.golden("snom", feature))
            for (path, bytes) in golden.sorted(by: { $0.key < $1.key }) {
                let outline = SnomXMLOutline(Data(bytes))
                #expect(outline.error == nil, "\(feature)/\(path): \(outline.error ?? "")")
                #expect(String(decoding: bytes, as: UTF8.self).hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"))
                parsed += 1
            }
        }
        #expect(parsed > 0, "no golden files yet: record them with HANDSET_RECORD=1")
    }

    /// Every setting written to a golden file (each element in `<phone-settings>`, each element in
    /// `<functionKeys>`, and the `<tbook>` element) is one the FusionPBX or Wazo Snom templates use
    /// (`KeyLists/snom-settings.txt`).
    @Test func everyEmittedSettingIsAKnownSnomSetting() throws {
        let known = try Self.knownSettings()
        #expect(known.count > 1000)
        var checked = 0
        for feature in Self.features {
            let golden = try GoldenTree.read(EmitterFixture.golden("snom", feature))
            for (path, bytes) in golden.sorted(by: { $0.key < $1.key }) {
                let outline = SnomXMLOutline(Data(bytes))
                for name in outline.settingNames {
                    checked += 1
                    #expect(known.contains(name), "\(feature)/\(path): <\(name)> is not in snom-settings.txt")
                }
            }
        }
        #expect(checked > 0, "no golden files yet: record them with HANDSET_RECORD=1")
    }

    static func knownSettings() throws -> Set<String> {
        let url = Fixtures.packageRoot.appendingPathComponent("Tests/HandsetEmittersTests/KeyLists/snom-settings.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        return Set(text.split(separator: "\n").filter { !$0.hasPrefix("#") }
            .compactMap { $0.split(separator: "\t").first.map(String.init) })
    }
}

/// The files' structure and the small conversions they depend on.
struct SnomEmitterStructureTests {
    @Test func functionKeysRunOverPhoneThenModules() throws {
        let fixture = try EmitterFixture("snom", "modules")
        let tree = fixture.emit(SnomEmitter())
        let outline = SnomXMLOutline(Data(try #require(tree["acme/000413000300.xml"])))
        // D785: 24 phone keys, then two D7C modules of 18 keys each.
        #expect(outline.fkeys.map(\.idx) == Array(0..<(24 + 18 * 2)))
        #expect(outline.fkeys[0].value == "line" && outline.fkeys[0].context == "1")
        #expect(outline.fkeys[1].value == "blf 110")
        #expect(outline.fkeys[2].value == "none")
        #expect(outline.fkeys[24].value == "blf 110")
        #expect(outline.fkeys[26].value == "speed 5550100" && outline.fkeys[26].label == "Lobby")
        #expect(outline.fkeys[27].value == "none")
        #expect(outline.fkeys[42].value == "none" && outline.fkeys[43].value == "blf 112")
        #expect(outline.fkeys[44].value == "keyevent F_DND")
        #expect(outline.fkeys[59].value == "none")
    }

    @Test func everyKeyTypeHasItsSnomForm() throws {
        let fixture = try EmitterFixture("snom", "keys")
        let tree = fixture.emit(SnomEmitter())
        let keys = SnomXMLOutline(Data(try #require(tree["acme/000413000200.xml"]))).fkeys
        #expect(keys.count == 24)
        #expect(keys.prefix(14).map(\.value) == [
            "line", "line", "blf 102", "blf 103|*8", "speed +49309991234", "speed 0800123456", "blf *28",
            "keyevent F_DND", "speed 701", "speed 702", "icom 103", "keyevent F_ADR_BOOK", "none", "line",
        ])
        #expect(keys.prefix(14).map(\.context) == ["1", "2"] + Array(repeating: "active", count: 11) + ["2"])
        #expect(keys[3].label == "Dan" && keys[2].label == "Carol Clark" && keys[13].label == "Bob 2nd")
        #expect(keys.dropFirst(14).allSatisfy { $0.value == "none" && $0.label.isEmpty })
        let d765 = SnomXMLOutline(Data(try #require(tree["acme/000413000202.xml"]))).fkeys
        #expect(d765[1].value == "orbit 701")
    }

    @Test func defaultLineKeysFollowCallsPerLineKey() throws {
        let fixture = try EmitterFixture("snom", "accounts")
        let tree = fixture.emit(SnomEmitter())
        // D785, three lines, default 2 calls per line key.
        let d785 = SnomXMLOutline(Data(try #require(tree["acme/000413000100.xml"]))).fkeys
        #expect(d785.prefix(6).map(\.context) == ["1", "1", "2", "2", "3", "3"])
        #expect(d785.prefix(6).allSatisfy { $0.value == "line" })
        #expect(d785.dropFirst(6).allSatisfy { $0.value == "none" })
        // 715: one line, 4 calls per line key, but only 3 keys.
        let small = SnomXMLOutline(Data(try #require(tree["acme/000413000101.xml"]))).fkeys
        #expect(small.map(\.value) == ["line", "line", "line"])
    }

    @Test func phonebookHasOneItemPerNumber() throws {
        let fixture = try EmitterFixture("snom", "phonebook")
        let tree = fixture.emit(SnomEmitter())
        let text = String(decoding: try #require(tree["acme/snom-phonebook.xml"]), as: UTF8.self)
        #expect(text.contains("<name>Bob Builder (work)</name>"))
        #expect(text.contains("<name>Bob Builder (mobile)</name>"))
        #expect(text.contains("<number>+491707654321</number>"))
        #expect(text.contains("<name>Carla &lt;Café&gt; \"Crème\" &amp; Co</name>"))
        #expect(text.components(separatedBy: "<item ").count - 1 == 5)
        let optedOut = String(decoding: try #require(tree["acme/snomD785-000413000501.htm"]), as: UTF8.self)
        #expect(!optedOut.contains("snom-phonebook.xml"))
        #expect(tree["globex/snom-phonebook.xml"] == nil)
    }

    @Test(arguments: [(8, "255.0.0.0"), (23, "255.255.254.0"), (24, "255.255.255.0"), (32, "255.255.255.255"),
                      (0, "0.0.0.0")])
    func netmasks(_ prefix: Int, _ expected: String) {
        #expect(SnomEmitter.netmask(prefix: prefix) == expected)
    }

    @Test func hostsAndPorts() {
        #expect(HostPort.split("sbc.example.net:5070") == ("sbc.example.net", 5070))
        #expect(HostPort.split("sbc.example.net") == ("sbc.example.net", nil))
        #expect(HostPort.split("2001:db8::1") == ("2001:db8::1", nil))
        #expect(HostPort.split("[2001:db8::1]:5070") == ("2001:db8::1", 5070))
        #expect(HostPort.join("2001:db8::1", 5060) == "[2001:db8::1]:5060")
        #expect(HostPort.join("192.0.2.1", 5061) == "192.0.2.1:5061")
    }

    @Test func codecListsEndWithTelephoneEventUnlessDTMFIsInBand() {
        #expect(SnomEmitter.codecList([.g722, .pcma], dtmf: .rfc2833) == "g722,pcma,telephone-event")
        #expect(SnomEmitter.codecList([.opus, .pcmu], dtmf: .info) == "pcmu,telephone-event")
        #expect(SnomEmitter.codecList([.g722, .pcma], dtmf: .inband) == "g722,pcma")
    }

    @Test func commentsNeverCloseEarly() {
        var xml = SnomXMLWriter()
        xml.comment("a -- b --> c -")
        xml.start("settings")
        xml.end()
        #expect(SnomXMLOutline(Data(xml.output.utf8)).error == nil)
        #expect(!xml.output.contains("--->"))
    }

    @Test func devicesOfOtherVendorsGetNoFiles() throws {
        let fixture = try EmitterFixture("snom", "accounts")
        let snom = try #require(fixture.checked.devices.first)
        let device = ResolvedDevice(tenantIndex: snom.tenantIndex, mac: snom.mac, lines: snom.lines,
                                    linesMark: snom.linesMark, settings: snom.settings,
                                    model: Catalog.model("yealink/t46s"), mark: snom.mark)
        let emitter = SnomEmitter()
        #expect(emitter.deviceFiles(for: device, in: fixture.contexts[0]).isEmpty)
        #expect(emitter.sharedFiles(for: [device], in: fixture.contexts[0]).isEmpty)
        #expect(emitter.sharedFiles(for: [], in: fixture.contexts[0]).isEmpty)
    }

    @Test func perMACFileNamesAreUppercase() throws {
        let fixture = try EmitterFixture("snom", "accounts")
        let paths = fixture.emit(SnomEmitter()).keys.sorted()
        #expect(paths.contains("acme/000413000100.xml"))
        #expect(paths.contains("acme/snomD785-000413000100.htm"))
        #expect(paths.contains("acme/snomD785.htm"))
        #expect(paths.contains("acme/snom715.htm"))
    }
}

/// A parsed Snom file: whether it is well-formed, the setting names it writes, and its function keys.
final class SnomXMLOutline: NSObject, XMLParserDelegate {
    struct FunctionKey {
        var idx: Int
        var context: String
        var label: String
        var value: String
    }

    private(set) var error: String?
    /// Elements inside `<phone-settings>` and `<functionKeys>`, and `<tbook>` itself, in document order.
    private(set) var settingNames: [String] = []
    private(set) var fkeys: [FunctionKey] = []
    private var path: [String] = []
    private var text = ""

    init(_ data: Data) {
        super.init()
        let parser = XMLParser(data: data)
        parser.delegate = self
        if !parser.parse() {
            error = error ?? parser.parserError.map { "\($0)" } ?? "parse failed"
        }
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        if let parent = path.last, parent == "phone-settings" || parent == "functionKeys" {
            settingNames.append(elementName)
        }
        if elementName == "tbook" { settingNames.append(elementName) }
        if elementName == "fkey" {
            fkeys.append(FunctionKey(idx: Int(attributes["idx"] ?? "") ?? -1, context: attributes["context"] ?? "",
                                     label: attributes["label"] ?? "", value: ""))
        }
        path.append(elementName)
        text = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName: String?) {
        if elementName == "fkey", !fkeys.isEmpty { fkeys[fkeys.count - 1].value = text }
        path.removeLast()
        text = ""
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        error = "\(parseError) at line \(parser.lineNumber)"
    }
}
