import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import HandsetCore
@testable import HandsetEmitters
import HandsetTestSupport
import Testing

/// What is particular to the Poly emitter; `GoldenTreeEmitterTests` holds every vendor's output to its golden trees.
struct PolycomEmitterTests {
    static let features = EmitterFixture.features("polycom")

    /// No catalog Poly model takes an expansion module, so there is no `modules` fixture: `moduleIsRefusedByValidation`
    /// covers it.
    @Test func everyFeatureHasAFixture() {
        let expected = ["accounts", "codecs", "keys", "locale", "network", "phonebook", "provisioning", "services"]
        #expect(Set(expected).isSubset(of: Set(Self.features)), "fixtures: \(Self.features)")
    }

    /// Each device gets its own lowercase `<mac>-user.cfg` (and, opting out of the phonebook, its empty
    /// `<mac>-directory.xml`); each tenant with a Poly phone the master file naming the per-phone file first.
    @Test(arguments: features)
    func fileLayout(_ feature: String) throws {
        let fixture = try EmitterFixture("polycom", feature)
        for (context, devices, _) in fixture.tenants() {
            for device in devices {
                let files = PolycomEmitter().deviceFiles(for: device, in: context)
                #expect(files.first?.path == "\(device.mac.value)-user.cfg")
                #expect(files.allSatisfy { $0.mac == device.mac.value && $0.path.hasPrefix(device.mac.value + "-") })
            }
            let shared = PolycomEmitter().sharedFiles(for: devices, in: context)
            let master = try #require(shared.first { $0.path == "000000000000.cfg" })
            #expect(String(decoding: master.bytes, as: UTF8.self)
                .contains("CONFIG_FILES=\"[PHONE_MAC_ADDRESS]-user.cfg, polycom-common.cfg\""))
            #expect(shared.contains { $0.path == "polycom-common.cfg" })
        }
    }

    /// Every golden file parses: `<APPLICATION>`, a `<polycomConfig/>` with attributes only, or a `<directory>`.
    @Test func everyGoldenFileIsWellFormed() throws {
        var parsed = 0
        for feature in Self.features {
            let golden = try GoldenTree.read(EmitterFixture.golden("polycom", feature))
            for (path, bytes) in golden.sorted(by: { $0.key < $1.key }) {
                let document = try #require(Self.parse(bytes), "\(feature)/\(path) is not well-formed XML")
                parsed += 1
                if path.hasSuffix("-directory.xml") {
                    #expect(document.root == "directory" && document.children == ["item_list"], "\(feature)/\(path)")
                } else if path.hasSuffix("000000000000.cfg") {
                    #expect(document.root == "APPLICATION", "\(feature)/\(path)")
                } else {
                    #expect(document.root == "polycomConfig" && document.children.isEmpty, "\(feature)/\(path)")
                    #expect(document.attributes.count > 2)
                }
            }
        }
        #expect(parsed > 0, "no golden files yet: record them with HANDSET_RECORD=1")
    }

    /// Every attribute written to a golden parameter or master file is a name the FusionPBX or Wazo Polycom templates
    /// write in their UCS 4+ files (`KeyLists/polycom-keys.txt`, first block), once per file. The list gives names
    /// built per registration or key for index 1, so `reg.N.`, `msg.mwi.N.` and `attendant.resourceList.N.` are
    /// compared as index 1.
    @Test func everyEmittedSettingIsAKnownPolycomName() throws {
        let known = try Self.knownNames()
        #expect(known.count > 300)
        var checkedFiles = 0
        for feature in Self.features {
            let golden = try GoldenTree.read(EmitterFixture.golden("polycom", feature))
            for (path, bytes) in golden.sorted(by: { $0.key < $1.key }) where path.hasSuffix(".cfg") {
                checkedFiles += 1
                let names = Self.attributeNames(String(decoding: bytes, as: UTF8.self))
                #expect(!names.isEmpty, "\(feature)/\(path)")
                var seen = Set<String>()
                for name in names {
                    #expect(seen.insert(name).inserted, "\(feature)/\(path): \(name) written twice")
                    #expect(known.contains(Self.firstIndex(name)), "\(feature)/\(path): \(name) is not in polycom-keys.txt")
                }
            }
        }
        #expect(checkedFiles > 0, "no golden files yet: record them with HANDSET_RECORD=1")
    }

    /// Secrets stay in `<mac>-user.cfg`: the master, common and directory files are shared and hold none (also checked
    /// for every vendor in `GoldenTreeEmitterTests`).
    @Test func secretsOnlyInThePerPhoneFile() throws {
        let fixture = try EmitterFixture("polycom", "phonebook")
        let tree = fixture.emit(PolycomEmitter())
        let (_, _, secrets) = try #require(fixture.tenants().first)
        for shared in ["acme/000000000000.cfg", "acme/polycom-common.cfg", "acme/000000000000-directory.xml"] {
            #expect(EmitterFixture.leaked(secrets, in: try #require(tree[shared])).isEmpty, "\(shared)")
        }
        #expect(!EmitterFixture.leaked(secrets, in: try #require(tree["acme/0004f2000500-user.cfg"])).isEmpty)
        #expect(tree["globex/000000000000-directory.xml"] == nil)
    }

    /// Refused models (SoundPoint IP, VVX1500, OBi editions, Edge E) carry their reason and get no file.
    @Test func refusedModelsSayWhy() throws {
        let refused = Catalog.models.filter { $0.vendor == .polycom && $0.endOfLife != nil }.map(\.id)
        #expect(refused.contains("vvx450-obi") && refused.contains("spip650") && refused.contains("vvx1500"))
        let fleet = try TemporaryFleet(["handset.yaml": Self.oneDevice(model: "polycom/vvx450-obi", extra: "")])
        defer { fleet.remove() }
        let error = try #require(try fleet.check().diagnostics.first { $0.code == "E0402" })
        #expect(error.message.contains("ParameterList"))
    }

    /// No Poly model in the catalog takes an expansion module yet, so validation refuses one.
    @Test func moduleIsRefusedByValidation() throws {
        #expect(Catalog.models.filter { $0.vendor == .polycom }.allSatisfy { $0.maxModules == 0 && $0.modules.isEmpty })
        let fleet = try TemporaryFleet(["handset.yaml": Self.oneDevice(model: "polycom/vvx411", extra: """
                    expansion_modules:
                      - model: polycom/em50
                        keys: [{blf: "100"}]

            """)])
        defer { fleet.remove() }
        #expect(try fleet.check().diagnostics.contains { $0.severity == .error && $0.code == "E0404" })
    }

    /// What a Poly phone cannot take is said: country, a local SIP port, a static address, a second NTP server (W0430),
    /// keys it moves or leaves out (W0431), a firmware file name (W0432), a re-check under an hour (W0433), a zone
    /// without a Poly rule (E0430).
    @Test func unsupportedSettingsAreSaid() throws {
        let fleet = try TemporaryFleet(["handset.yaml": Self.oneDevice(model: "polycom/vvx411", interval: 30, extra: """
                    country: DE
                    sip_port: 5062
                    ntp: [ntp1.example.net, ntp2.example.net]
                    network: {mode: static, address: 192.0.2.7/24, gateway: 192.0.2.1}
                    timezone: Australia/Adelaide
                    keys: [{blf: "100"}, line, dnd]
                    firmware:
                      polycom/vvx411: https://fw.example.net/poly/sip.ld

            """)])
        defer { fleet.remove() }
        let codes = try fleet.check().diagnostics.map(\.code)
        #expect(codes.filter { $0 == "W0430" }.count == 4)
        #expect(codes.filter { $0 == "W0431" }.count == 2)
        #expect(codes.contains("W0432") && codes.contains("W0433") && codes.contains("E0430"))
    }

    /// Line keys are counted per registration, and the other keys fill the resource list in the fleet's order.
    @Test func keysBecomeLineKeyCountsAndResourceEntries() throws {
        let tree = try EmitterFixture("polycom", "keys").emit(PolycomEmitter())
        let text = String(decoding: try #require(tree["acme/0004f2000200-user.cfg"]), as: UTF8.self)
        #expect(text.contains("reg.1.lineKeys=\"2\"") && text.contains("reg.2.lineKeys=\"1\""))
        // A registration's label is its first labelled line key's, else the number.
        #expect(text.contains("reg.1.label=\"Alice 2nd\"") && text.contains("reg.2.label=\"101\""))
        #expect(text.contains("attendant.resourceList.1.address=\"102\""))
        #expect(text.contains("attendant.resourceList.6.address=\"701\"\n  attendant.resourceList.6.label=\"Park 1\"\n  attendant.resourceList.6.type=\"automata\""))
        #expect(text.contains("attendant.resourceList.9.address=\"\""))
        #expect(!text.contains("attendant.resourceList.13."))
    }

    @Test func valueSpellings() {
        #expect(PolycomEmitter.hostPath("https://prov.example.net/phones/acme/") == "prov.example.net/phones/acme")
        #expect(PolycomConfigWriter.commentText("a -- b --> c-\nd") == "a - b -> c- d")
        var w = PolycomConfigWriter(comments: ["x --> y"])
        w.set("reg.1.displayName", "<Anna & \"Bo\">\n")
        let text = String(decoding: w.finish(), as: UTF8.self)
        #expect(text.contains("reg.1.displayName=\"&lt;Anna &amp; &quot;Bo&quot;&gt;&#10;\""))
        #expect(text.contains("<!-- x -> y -->"))
        #expect(Catalog.polycomZone("Europe/Berlin")?.offsetSeconds == 3600 && Catalog.polycomZone("Europe/Berlin")?.rule == .europe)
        #expect(Catalog.polycomZone("Asia/Kolkata")?.offsetSeconds == 19800)
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
              - mac: 00:04:f2:00:03:00
                model: \(model)
                lines: ["100"]
        \(extra)
        """
    }

    /// `reg.3.auth.password` -> `reg.1.auth.password`; `attendant.resourceList.12.type` -> `attendant.resourceList.1.type`.
    static func firstIndex(_ name: String) -> String {
        var parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        if parts.count > 2, parts[0] == "reg", Int(parts[1]) != nil { parts[1] = "1" }
        if parts.count > 3, parts[0] == "msg", parts[1] == "mwi", Int(parts[2]) != nil { parts[2] = "1" }
        if parts.count > 3, parts[0] == "attendant", parts[1] == "resourceList", Int(parts[2]) != nil { parts[2] = "1" }
        return parts.joined(separator: ".")
    }

    /// The attribute names of a parameter or master file, in order and with repeats (a parser's dictionary would hide
    /// a repeat): every `name="` in the file outside comments and the declaration.
    static func attributeNames(_ text: String) -> [String] {
        var names: [String] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("<?") && !line.hasPrefix("<!--") {
            var rest = Substring(line)
            while let equals = rest.range(of: "=\"") {
                let name = rest[..<equals.lowerBound].split(whereSeparator: { $0 == " " || $0 == "<" }).last.map(String.init) ?? ""
                names.append(name)
                let value = rest[equals.upperBound...]
                guard let close = value.firstIndex(of: "\"") else { break }
                rest = value[value.index(after: close)...]
            }
        }
        return names.filter { $0 != "APPLICATION" && !$0.isEmpty }
    }

    /// The names of the list's first block (UCS 4.x and later, with the master-file attributes); the SIP 3.x block
    /// after its comment line is left out.
    static func knownNames() throws -> Set<String> {
        let url = Fixtures.packageRoot.appendingPathComponent("Tests/HandsetEmittersTests/KeyLists/polycom-keys.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        var out = Set<String>()
        var comments = 0
        for line in text.split(separator: "\n") {
            if line.hasPrefix("#") {
                comments += 1
                if comments > 2 { break }
                continue
            }
            if let name = line.split(separator: "\t").first { out.insert(String(name)) }
        }
        return out
    }

    struct Document {
        var root = ""
        var children: [String] = []
        var attributes: [String: String] = [:]
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

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            if depth == 0 {
                document.root = name
                document.attributes = attributes
            }
            if depth == 1 { document.children.append(name) }
            depth += 1
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            depth -= 1
        }
    }
}
