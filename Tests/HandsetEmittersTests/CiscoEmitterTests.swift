import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import HandsetCore
@testable import HandsetEmitters
import HandsetTestSupport
import Testing

/// What is particular to the Cisco emitter; `GoldenTreeEmitterTests` holds every vendor's output to its golden trees.
struct CiscoEmitterTests {
    static let features = EmitterFixture.features("cisco")

    @Test func everyFeatureHasAFixture() {
        let expected = ["accounts", "codecs", "keys", "locale", "modules", "network", "phonebook", "provisioning", "services"]
        #expect(Set(expected).isSubset(of: Set(Self.features)), "fixtures: \(Self.features)")
    }

    /// Each device gets exactly its own lowercase `<mac>.xml` (`$MA.xml`), the file its profile rule names.
    @Test(arguments: features)
    func perMACFiles(_ feature: String) throws {
        let fixture = try EmitterFixture("cisco", feature)
        for (context, devices, _) in fixture.tenants() {
            for device in devices {
                let files = CiscoEmitter().deviceFiles(for: device, in: context)
                #expect(files.map(\.path) == ["\(device.mac.value.lowercased()).xml"])
                #expect(files.allSatisfy { $0.mac == device.mac.value })
            }
        }
    }

    /// The profile rule names the per-MAC file of the tenant folder with the tenant's credentials, and rules B to D
    /// are emptied, so the phone asks for one file only.
    @Test func profileRuleNamesOnlyThePerMACFile() throws {
        let tree = try EmitterFixture("cisco", "provisioning").emit(CiscoEmitter())
        let text = String(decoding: try #require(tree["acme/dcf719000800.xml"]), as: UTF8.self)
        let elements = try #require(Self.parse(Array(text.utf8))).values
        let rule = try #require(elements["Profile_Rule"])
        #expect(rule.hasPrefix("[--uid acme-phones --pwd "))
        #expect(rule.hasSuffix("]https://prov.example.net/phones/acme/$MA.xml"))
        #expect(elements["Profile_Rule_B"] == "" && elements["Profile_Rule_C"] == "" && elements["Profile_Rule_D"] == "")
        #expect(elements["Resync_Periodic"] == "0")
        // No shared file at all without contacts: nothing but the per-MAC files.
        #expect(tree.keys.allSatisfy { $0.hasSuffix(".xml") && !$0.contains("/cisco/") })
    }

    /// Every golden file parses, with the `flat-profile` or `CiscoIPPhoneDirectory` root.
    @Test func everyGoldenXMLFileIsWellFormed() throws {
        var parsed = 0
        for feature in Self.features {
            let golden = try GoldenTree.read(EmitterFixture.golden("cisco", feature))
            for (path, bytes) in golden.sorted(by: { $0.key < $1.key }) {
                let document = try #require(Self.parse(bytes), "\(feature)/\(path) is not well-formed XML")
                parsed += 1
                #expect(document.root == (path.hasSuffix("directory.xml") ? "CiscoIPPhoneDirectory" : "flat-profile"))
                if !path.hasSuffix("directory.xml") { #expect(!document.elements.isEmpty) }
            }
        }
        #expect(parsed > 0, "no golden files yet: record them with HANDSET_RECORD=1")
    }

    /// Every parameter written to a golden `<mac>.xml` is an element name the FusionPBX or Wazo Cisco templates use
    /// (`KeyLists/cisco-keys.txt`), once per file. The list gives names built per line or key for index 1 only, so
    /// `_N_` parameters and `Unit_U_Key_K_` are compared with index 1.
    @Test func everyEmittedParameterIsAKnownCiscoName() throws {
        let known = try Self.knownNames()
        #expect(known.count > 1000)
        var checkedFiles = 0
        for feature in Self.features {
            let golden = try GoldenTree.read(EmitterFixture.golden("cisco", feature))
            for (path, bytes) in golden.sorted(by: { $0.key < $1.key }) where !path.hasSuffix("directory.xml") {
                checkedFiles += 1
                let document = try #require(Self.parse(bytes))
                var seen = Set<String>()
                for name in document.elements {
                    #expect(seen.insert(name).inserted, "\(feature)/\(path): \(name) written twice")
                    #expect(known.contains(name) || known.contains(Self.firstIndex(name)),
                            "\(feature)/\(path): \(name) is not in cisco-keys.txt")
                }
            }
        }
        #expect(checkedFiles > 0, "no golden files yet: record them with HANDSET_RECORD=1")
    }

    /// The keys fixture exercises every key type SCHEMA.md defines.
    @Test func keysFixtureUsesEveryKeyType() throws {
        let fixture = try EmitterFixture("cisco", "keys")
        var types = Set<String>()
        for device in fixture.checked.devices { device.forEachKey { types.insert($0.typeName) } }
        #expect(types == ["line", "blf", "speed_dial", "day_night", "dnd", "park", "intercom", "phonebook", "blank"])
    }

    /// Secrets stay in the per-MAC file: the directory is shared and holds none; the per-MAC file of a directory
    /// phone carries the credentials in the directory URL.
    @Test func directoryCredentialsOnlyInThePerMACFile() throws {
        let fixture = try EmitterFixture("cisco", "phonebook")
        let tree = fixture.emit(CiscoEmitter())
        let book = try #require(tree["acme/cisco/directory.xml"])
        let perMAC = try #require(tree["acme/dcf719000500.xml"])
        let (_, _, secrets) = try #require(fixture.tenants().first)
        #expect(EmitterFixture.leaked(secrets, in: book).isEmpty)
        #expect(!EmitterFixture.leaked(secrets, in: perMAC).isEmpty)
        #expect(tree["globex/cisco/directory.xml"] == nil)
        // The phonebook key opens the same directory as an XML service.
        let text = String(decoding: perMAC, as: UTF8.self)
        #expect(text.contains("fnc=xml;url=https://acme:"))
        #expect(text.contains("@prov.example.net/acme/cisco/directory.xml;nme=Directory</Extended_Function_2_>"))
    }

    /// SPA500 and enterprise-firmware models are refused with the reason, and get no file.
    @Test func spaAndEnterpriseModelsAreRefused() throws {
        let refused = Catalog.models.filter { $0.vendor == .cisco && $0.endOfLife != nil }.map(\.id)
        #expect(refused.contains("spa504g") && refused.contains("8945"))
        let fleet = try TemporaryFleet(["handset.yaml": Self.oneDevice(model: "cisco/spa504g", extra: "")])
        defer { fleet.remove() }
        let checked = try fleet.check()
        let error = try #require(checked.diagnostics.first { $0.code == "E0402" })
        #expect(error.message.contains("SPA500 series"))
    }

    /// Modules as Cisco's guides give them: none on the 8841, the video module only on the 8865, and one type per
    /// phone (E0720).
    @Test func modulesAsCiscosGuidesGiveThem() throws {
        #expect(Catalog.model("cisco/8851")?.maxModules == 2 && Catalog.model("cisco/8861")?.maxModules == 3)
        #expect(Catalog.model("cisco/8841")?.maxModules == 0 && Catalog.model("cisco/7861")?.maxModules == 0)
        #expect(Catalog.module("cisco/kem8800")?.keyCapacity == 36 && Catalog.module("cisco/kem8851")?.keyCapacity == 28)
        func codes(_ model: String, _ modules: [String]) throws -> [String] {
            let list = modules.map { "          - {model: \($0), keys: [{blf: \"100\"}]}\n" }.joined()
            let fleet = try TemporaryFleet(["handset.yaml": Self.oneDevice(model: model, extra: "        expansion_modules:\n" + list)])
            defer { fleet.remove() }
            return try fleet.check().diagnostics.filter { $0.severity == .error }.map(\.code)
        }
        #expect(try codes("cisco/8841", ["cisco/kem8800"]) == ["E0404"])
        #expect(try codes("cisco/8851", ["cisco/kem8865"]) == ["E0404"])
        #expect(try codes("cisco/8861", ["cisco/kem8851", "cisco/kem8851"]) == [])
        #expect(try codes("cisco/8861", ["cisco/kem8851", "cisco/kem8800"]) == ["E0720"])
    }

    /// What a Cisco phone cannot take is said: tones by country and the call-waiting tone alone (W0440), SRTP
    /// 'optional' (W0441), keys without a function string (W0442), a language other than English and a zone without
    /// a Cisco value (E0702, E0701).
    @Test func unsupportedSettingsAreSaid() throws {
        let fleet = try TemporaryFleet(["handset.yaml": Self.oneDevice(model: "cisco/8851", extra: """
                    country: DE
                    call_waiting: {tone: false}
                    srtp: optional
                    transport: tls
                    keys: [line, dnd, park: "701", intercom: "100", phonebook]
                    timezone: America/St_Johns
                    language: de

            """)])
        defer { fleet.remove() }
        let codes = try fleet.check().diagnostics.map(\.code)
        #expect(codes.filter { $0 == "W0440" }.count == 2)
        #expect(codes.contains("W0441") && codes.filter { $0 == "W0442" }.count == 2)
        #expect(codes.contains("E0701") && codes.contains("E0702"))
    }

    @Test func valueSpellings() {
        #expect(CiscoEmitter.fieldSafe("a;nme=b") == "a nme b")
        #expect(CiscoEmitter.function("sd", target: "ext", "100", label: "Lobby; x=1").function
                == "fnc=sd;ext=100@$PROXY;nme=Lobby  x 1")
        #expect(Catalog.ciscoZone("Europe/Berlin")?.timeZone == "GMT+01:00")
        #expect(Catalog.ciscoZone("Europe/Berlin")?.daylightRule == "start=3/-1/7/2:0:0;end=10/-1/7/3:0:0;save=1:0:0")
        #expect(Catalog.ciscoZone("Asia/Tokyo")?.daylightRule == nil)
        #expect(Catalog.ciscoZone("America/Chicago")?.daylightRule == "start=3/8/7/2:0:0;end=11/1/7/2:0:0;save=1:0:0")
        #expect(CiscoProfileWriter.commentText("a -- b --> c-\nd") == "a - b -> c- d")
        var w = CiscoProfileWriter()
        w.set("Display_Name_1_", "<Anna & \"Bo\"></Display_Name_1_>")
        let text = String(decoding: w.finish(), as: UTF8.self)
        #expect(text.contains("&lt;Anna &amp;"))
        #expect(!text.contains("<Anna") && text.components(separatedBy: "</Display_Name_1_>").count == 2)
    }

    // MARK: Helpers

    static func oneDevice(model: String, extra: String) -> String {
        """
        handset: 1
        provisioning: {url: https://prov.example.net}
        tenants:
          - tenant: acme
            sip: {server: pbx.acme.example.net}
            provisioning: {username: acme, password: derived}
            extensions:
              - {number: "100", name: Alice Adams, password: derived}
            devices:
              - mac: dc:f7:19:00:09:00
                model: \(model)
                lines: ["100"]
        \(extra)
        """
    }

    /// `Password_3_` -> `Password_1_`; `Unit_2_Key_14_` -> `Unit_1_Key_1_`.
    static func firstIndex(_ name: String) -> String {
        if name.hasPrefix("Unit_"), name.hasSuffix("_"), name.contains("_Key_") { return "Unit_1_Key_1_" }
        guard name.hasSuffix("_") else { return name }
        var parts = name.dropLast().split(separator: "_", omittingEmptySubsequences: false).map(String.init)
        guard let last = parts.last, Int(last) != nil else { return name }
        parts[parts.count - 1] = "1"
        return parts.joined(separator: "_") + "_"
    }

    /// Column 1 of `cisco-keys.txt`.
    static func knownNames() throws -> Set<String> {
        let url = Fixtures.packageRoot.appendingPathComponent("Tests/HandsetEmittersTests/KeyLists/cisco-keys.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        var out = Set<String>()
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            if let name = line.split(separator: "\t").first { out.insert(String(name)) }
        }
        return out
    }

    struct Document {
        var root = ""
        /// The name of every element under the root, in order.
        var elements: [String] = []
        /// Element text by name (the last one wins, as on the phone).
        var values: [String: String] = [:]
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
        private var depth = 0
        private var text = ""

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            if depth == 0 { document.root = name }
            if depth == 1 { document.elements.append(name) }
            text = ""
            depth += 1
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            depth -= 1
            if depth == 1 { document.values[name] = text }
        }
    }
}
