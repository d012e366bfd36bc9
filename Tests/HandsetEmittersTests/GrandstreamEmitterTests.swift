import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import HandsetCore
@testable import HandsetEmitters
import HandsetTestSupport
import Testing

/// What is particular to the Grandstream emitter; `GoldenTreeEmitterTests` holds every vendor's output to its golden
/// trees.
struct GrandstreamEmitterTests {
    static let features = EmitterFixture.features("grandstream")

    /// No catalog Grandstream model takes an expansion module, so there is no `modules` fixture:
    /// `moduleIsRefusedByValidation` covers it.
    @Test func everyFeatureHasAFixture() {
        let expected = ["accounts", "codecs", "keys", "locale", "network", "phonebook", "provisioning", "services"]
        #expect(Set(expected).isSubset(of: Set(Self.features)), "fixtures: \(Self.features)")
    }

    /// Each device gets exactly its own lowercase `cfg<mac>.xml`, the file the phone asks for after the binary one.
    @Test(arguments: features)
    func perMACFiles(_ feature: String) throws {
        let fixture = try EmitterFixture("grandstream", feature)
        for (context, devices, _) in fixture.tenants() {
            for device in devices {
                let files = GrandstreamEmitter().deviceFiles(for: device, in: context)
                #expect(files.map(\.path) == ["cfg\(device.mac.value).xml"])
                #expect(files.allSatisfy { $0.mac == device.mac.value })
            }
        }
    }

    /// Neither `cfg<model>.xml` nor `cfg.xml` is emitted: the phone asks for them only when its own file fails, and
    /// then it must get nothing rather than settings meant for others.
    @Test(arguments: features)
    func noModelOrGenericFileIsEmitted(_ feature: String) throws {
        let tree = try EmitterFixture("grandstream", feature).emit(GrandstreamEmitter())
        let modelNames = Catalog.models.filter { $0.vendor == .grandstream }.map { "cfg\($0.id).xml" }
        for path in tree.keys {
            let name = path.split(separator: "/").last.map(String.init) ?? path
            #expect(name != "cfg.xml" && !modelNames.contains(name), "\(feature): \(path)")
            #expect(path == path.lowercased())
        }
    }

    /// Every golden XML file parses and has the `gs_provision`/`config version="2"` or `AddressBook` shape.
    @Test func everyGoldenXMLFileIsWellFormed() throws {
        var parsed = 0
        for feature in Self.features {
            let golden = try GoldenTree.read(EmitterFixture.golden("grandstream", feature))
            for (path, bytes) in golden.sorted(by: { $0.key < $1.key }) {
                let document = try #require(Self.parse(bytes), "\(feature)/\(path) is not well-formed XML")
                parsed += 1
                if path.hasSuffix("phonebook.xml") {
                    #expect(document.root == "AddressBook")
                } else {
                    #expect(document.root == "gs_provision", "\(feature)/\(path)")
                    #expect(document.rootChildren == ["config"], "\(feature)/\(path)")
                    #expect(document.configVersion == "2", "\(feature)/\(path)")
                    #expect(!document.items.isEmpty)
                }
            }
        }
        #expect(parsed > 0, "no golden files yet: record them with HANDSET_RECORD=1")
    }

    /// Every item written to a golden `cfg<mac>.xml` is a name the FusionPBX or Wazo Grandstream templates use
    /// (`KeyLists/grandstream-pcodes.txt`), once per file. The list gives names built per account or key for index 1
    /// only, so `account.N.` and `pks.vpk.N.` are compared as `account.1.` and `pks.vpk.1.`.
    @Test func everyEmittedItemIsAKnownGrandstreamName() throws {
        let known = try Self.knownNames()
        #expect(known.count > 900)
        var checkedFiles = 0
        for feature in Self.features {
            let golden = try GoldenTree.read(EmitterFixture.golden("grandstream", feature))
            for (path, bytes) in golden.sorted(by: { $0.key < $1.key }) where !path.hasSuffix("phonebook.xml") {
                checkedFiles += 1
                let document = try #require(Self.parse(bytes))
                var seen = Set<String>()
                for name in document.items {
                    #expect(seen.insert(name).inserted, "\(feature)/\(path): \(name) written twice")
                    #expect(known.contains(Self.firstIndex(name)), "\(feature)/\(path): \(name) is not in grandstream-pcodes.txt")
                }
            }
        }
        #expect(checkedFiles > 0, "no golden files yet: record them with HANDSET_RECORD=1")
    }

    /// The keys fixture exercises every key type SCHEMA.md defines.
    @Test func keysFixtureUsesEveryKeyType() throws {
        let fixture = try EmitterFixture("grandstream", "keys")
        var types = Set<String>()
        for device in fixture.checked.devices { device.forEachKey { types.insert($0.typeName) } }
        #expect(types == ["line", "blf", "speed_dial", "day_night", "dnd", "park", "intercom", "phonebook", "blank"])
    }

    /// Secrets stay in the per-MAC file: the phonebook is shared and holds none (also checked for every vendor in
    /// `GoldenTreeEmitterTests`); the per-MAC file of a phonebook phone carries the download credentials.
    @Test func phonebookCredentialsOnlyInThePerMACFile() throws {
        let fixture = try EmitterFixture("grandstream", "phonebook")
        let tree = fixture.emit(GrandstreamEmitter())
        let book = try #require(tree["acme/grandstream/phonebook.xml"])
        let perMAC = try #require(tree["acme/cfgc074ad000500.xml"])
        let (_, _, secrets) = try #require(fixture.tenants().first)
        #expect(EmitterFixture.leaked(secrets, in: book).isEmpty)
        #expect(!EmitterFixture.leaked(secrets, in: perMAC).isEmpty)
        #expect(tree["globex/grandstream/phonebook.xml"] == nil)
    }

    /// Models whose firmware reads only P-code files are refused with the reason, and get no file.
    @Test func pCodeOnlyModelsAreRefused() throws {
        let refused = Catalog.models.filter { $0.vendor == .grandstream && $0.endOfLife != nil }.map(\.id)
        #expect(refused.contains("gxp2000") && refused.contains("gxp2100"))
        let fleet = try TemporaryFleet(["handset.yaml": Self.oneDevice(model: "grandstream/gxp2000", extra: "")])
        defer { fleet.remove() }
        let checked = try fleet.check()
        let error = try #require(checked.diagnostics.first { $0.code == "E0402" })
        #expect(error.message.contains("Pnnn=value"))
    }

    /// No Grandstream model in the catalog takes an expansion module, so validation refuses one.
    @Test func moduleIsRefusedByValidation() throws {
        #expect(Catalog.models.filter { $0.vendor == .grandstream }.allSatisfy { $0.maxModules == 0 && $0.modules.isEmpty })
        let fleet = try TemporaryFleet(["handset.yaml": Self.oneDevice(model: "grandstream/gxp2170", extra: """
                    expansion_modules:
                      - model: grandstream/gxp2200ext
                        keys: [{blf: "100"}]

            """)])
        defer { fleet.remove() }
        let checked = try fleet.check()
        #expect(checked.diagnostics.contains { $0.severity == .error && $0.code == "E0404" })
    }

    /// What a Grandstream phone cannot take is said: tones by country and calls per line key (W0412), a firmware
    /// file name (W0413), a re-check interval under an hour (W0414), a zone without a Grandstream rule (E0704).
    @Test func unsupportedSettingsAreSaid() throws {
        let fleet = try TemporaryFleet(["handset.yaml": Self.oneDevice(model: "grandstream/grp2614", interval: 30, extra: """
                    country: DE
                    calls_per_line_key: 3
                    timezone: Australia/Adelaide
                    firmware:
                      grandstream/grp2614: https://fw.example.net/gs/grp2600fw.bin

            """)])
        defer { fleet.remove() }
        let codes = try fleet.check().diagnostics.map(\.code)
        #expect(codes.filter { $0 == "W0412" }.count == 2)
        #expect(codes.contains("W0413") && codes.contains("W0414") && codes.contains("E0704"))
    }

    @Test func valueSpellings() {
        #expect(GrandstreamEmitter.hostPath("https://prov.example.net/phones/acme/") == "prov.example.net/phones/acme")
        #expect(HostPort.join("2001:db8::1", 5060) == "[2001:db8::1]:5060")
        #expect(HostPort.split("sbc.example.net:5070") == ("sbc.example.net", 5070))
        #expect(Netmask.octets(prefix: 23) == [255, 255, 254, 0])
        #expect(GrandstreamConfigWriter.commentText("a -- b --> c-\nd") == "a - b -> c- d")
        var w = GrandstreamConfigWriter()
        w.set("account.1.name", "<Anna & \"Bo\">")
        let text = String(decoding: w.finish(), as: UTF8.self)
        #expect(text.contains("<item name=\"account.1.name\">&lt;Anna &amp; \"Bo\"&gt;</item>")
                || text.contains("<item name=\"account.1.name\">&lt;Anna &amp; &quot;Bo&quot;&gt;</item>"))
    }

    // MARK: Helpers

    static func oneDevice(model: String, interval: Int = 1440, extra: String) -> String {
        """
        handset: 1
        provisioning: {url: https://prov.example.net, check_interval: \(interval)}
        tenants:
          - tenant: acme
            sip: {server: pbx.acme.example.net}
            provisioning: {username: acme, password: derived}
            extensions:
              - {number: "100", name: Alice Adams, password: derived}
            devices:
              - mac: c0:74:ad:00:03:00
                model: \(model)
                lines: ["100"]
        \(extra)
        """
    }

    /// `account.3.sip.userid` -> `account.1.sip.userid`; `pks.vpk.12.value` -> `pks.vpk.1.value`.
    static func firstIndex(_ name: String) -> String {
        var parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        if parts.count > 2, parts[0] == "account", Int(parts[1]) != nil { parts[1] = "1" }
        if parts.count > 3, parts[0] == "pks", Int(parts[2]) != nil { parts[2] = "1" }
        return parts.joined(separator: ".")
    }

    /// Every item name of `grandstream-pcodes.txt`: column 1 of the name rows and column 2 of the P-code rows.
    static func knownNames() throws -> Set<String> {
        let url = Fixtures.packageRoot.appendingPathComponent("Tests/HandsetEmittersTests/KeyLists/grandstream-pcodes.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        var out = Set<String>()
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard columns.count >= 2 else { continue }
            for column in columns.prefix(2) where column.contains(".") { out.insert(column) }
        }
        return out
    }

    struct Document {
        var root = ""
        var rootChildren: [String] = []
        var configVersion = ""
        /// The `name` of every `<item>` under `<config>`, in order.
        var items: [String] = []
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
            if path.count == 1 {
                document.rootChildren.append(name)
                document.configVersion = attributes["version"] ?? ""
            }
            if path == ["gs_provision", "config"], name == "item" { document.items.append(attributes["name"] ?? "") }
            path.append(name)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            path.removeLast()
        }
    }
}
