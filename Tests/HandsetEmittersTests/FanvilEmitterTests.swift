import Foundation
import HandsetCore
@testable import HandsetEmitters
import HandsetTestSupport
import Testing

/// What is particular to the Fanvil emitter; `GoldenTreeEmitterTests` holds every vendor's output to its golden trees.
struct FanvilEmitterTests {
    static let features = EmitterFixture.features("fanvil")

    /// No catalog Fanvil model takes an expansion module, so there is no `modules` fixture:
    /// `moduleIsRefusedByValidation` covers it.
    @Test func everyFeatureHasAFixture() {
        let expected = ["accounts", "codecs", "keys", "locale", "network", "phonebook", "provisioning", "services"]
        #expect(Set(expected).isSubset(of: Set(Self.features)), "fixtures: \(Self.features)")
    }

    /// Each device gets exactly its own lowercase `<mac>.cfg`, the file the phone asks for.
    @Test(arguments: features)
    func perMACFiles(_ feature: String) throws {
        let fixture = try EmitterFixture("fanvil", feature)
        for (context, devices, _) in fixture.tenants() {
            for device in devices {
                let files = FanvilEmitter().deviceFiles(for: device, in: context)
                #expect(files.map(\.path) == ["\(device.mac.value.lowercased()).cfg"])
                #expect(files.allSatisfy { $0.mac == device.mac.value.lowercased() })
            }
        }
    }

    /// Only per-MAC files and the phonebook are emitted: no common (model) file, whose names Wazo gives per model
    /// (`f0X4hw1.100.cfg`, `F0V00X600000.cfg`, `fanvil_x4u_v2_hwv2_0.txt`), so a phone whose own file is missing gets
    /// nothing rather than settings meant for others.
    @Test(arguments: features)
    func onlyPerMACFilesAndThePhonebook(_ feature: String) throws {
        let tree = try EmitterFixture("fanvil", feature).emit(FanvilEmitter())
        for path in tree.keys {
            let name = path.split(separator: "/", maxSplits: 1).last.map(String.init) ?? path
            let perMAC = name.count == 16 && name.hasSuffix(".cfg") && name.dropLast(4).allSatisfy(\.isHexDigit)
            #expect(perMAC || name == FanvilEmitter.phonebookPath, "\(feature): \(path)")
            #expect(path == path.lowercased())
        }
    }

    /// Every golden per-MAC file is a well-formed `sysConf` document, and every phonebook a `FanvilIPPhoneDirectory`.
    @Test func everyGoldenFileIsWellFormed() throws {
        var parsed = 0
        for feature in Self.features {
            let golden = try GoldenTree.read(EmitterFixture.golden("fanvil", feature))
            for (path, bytes) in golden.sorted(by: { $0.key < $1.key }) {
                let document = try FanvilXMLPaths(bytes)
                parsed += 1
                #expect(document.root == (path.hasSuffix("phonebook.xml") ? "FanvilIPPhoneDirectory" : "sysConf"), "\(feature)/\(path)")
            }
        }
        #expect(parsed > 0, "no golden files yet: record them with HANDSET_RECORD=1")
    }

    /// Every setting written to a golden `<mac>.cfg` is a `sysConf/...` path the FusionPBX, Wazo or Tancredi Fanvil
    /// templates use (`KeyLists/fanvil-keys.txt`, where an element with an `index` attribute is written `name[n]`),
    /// once per file.
    @Test func everyEmittedSettingIsAKnownFanvilName() throws {
        let known = try Self.knownNames()
        #expect(known.count > 1000)
        var checkedFiles = 0
        for feature in Self.features {
            let golden = try GoldenTree.read(EmitterFixture.golden("fanvil", feature))
            for (path, bytes) in golden.sorted(by: { $0.key < $1.key }) where !path.hasSuffix("phonebook.xml") {
                checkedFiles += 1
                var seen = Set<String>()
                for setting in try FanvilXMLPaths(bytes).leaves {
                    #expect(seen.insert(setting.concrete).inserted, "\(feature)/\(path): \(setting.concrete) written twice")
                    #expect(known.contains(setting.listed), "\(feature)/\(path): \(setting.listed) is not in fanvil-keys.txt")
                }
            }
        }
        #expect(checkedFiles > 0, "no golden files yet: record them with HANDSET_RECORD=1")
    }

    /// The keys fixture exercises every key type SCHEMA.md defines.
    @Test func keysFixtureUsesEveryKeyType() throws {
        let fixture = try EmitterFixture("fanvil", "keys")
        var types = Set<String>()
        for device in fixture.checked.devices { device.forEachKey { types.insert($0.typeName) } }
        #expect(types == ["line", "blf", "speed_dial", "day_night", "dnd", "park", "intercom", "phonebook", "blank"])
    }

    /// Keys are laid out as Wazo splits them: the X4U's first three on the side keys, the rest on pages of six.
    @Test func keyLayout() throws {
        let x4u = try #require(Catalog.model("fanvil/x4u"))
        let layout = FanvilKeyLayout.of(x4u)
        #expect(layout.place(1) == ("dssSide", 1, 1))
        #expect(layout.place(3) == ("dssSide", 1, 3))
        #expect(layout.place(4) == ("internal", 1, 1))
        #expect(layout.place(10) == ("internal", 2, 1))
        #expect(layout.place(x4u.keyCapacity) == ("internal", 5, 3))
        // Every model with keys has a layout of its own; the X7 and X7C have neither.
        for model in Catalog.models where model.vendor == .fanvil && model.endOfLife == nil {
            #expect((model.keyCapacity > 0) == (FanvilKeyLayout.of(model) != .none), "\(model.id)")
        }
    }

    /// Secrets stay in the per-MAC file: the phonebook is shared and holds none (also checked for every vendor in
    /// `GoldenTreeEmitterTests`); the per-MAC file of a phonebook phone carries the download credentials.
    @Test func phonebookCredentialsOnlyInThePerMACFile() throws {
        let fixture = try EmitterFixture("fanvil", "phonebook")
        let tree = fixture.emit(FanvilEmitter())
        let book = try #require(tree["acme/fanvil/phonebook.xml"])
        let perMAC = try #require(tree["acme/0c383e000500.cfg"])
        let (_, _, secrets) = try #require(fixture.tenants().first)
        #expect(EmitterFixture.leaked(secrets, in: book).isEmpty)
        #expect(!EmitterFixture.leaked(secrets, in: perMAC).isEmpty)
        #expect(tree["globex/fanvil/phonebook.xml"] == nil)
    }

    /// `plan --diff` and `show` mask every secret of a Fanvil file: run line by line through `SecretSettings.mask`,
    /// no fixture secret survives (SIP, provisioning, admin and keypad passwords, the phonebook's HTTP password),
    /// while the names and numbers stay.
    @Test(arguments: ["accounts", "phonebook", "services"])
    func secretsAreMaskedLineByLine(_ feature: String) throws {
        let fixture = try EmitterFixture("fanvil", feature)
        let tree = fixture.emit(FanvilEmitter())
        for (context, devices, secrets) in fixture.tenants() {
            for device in devices {
                let path = "\(context.id)/\(device.mac.value.lowercased()).cfg"
                let text = String(decoding: try #require(tree[path]), as: UTF8.self)
                #expect(!EmitterFixture.leaked(secrets, in: Array(text.utf8)).isEmpty, "\(path) holds no secret to mask")
                let masked = text.split(separator: "\n").map { SecretSettings.mask(String($0), with: "##") }.joined(separator: "\n")
                #expect(EmitterFixture.leaked(secrets + [context.webUserPassword], in: Array(masked.utf8)).isEmpty, "\(path)")
                #expect(masked.contains("<PhoneNumber>"))
            }
        }
    }

    /// Models Wazo provisions only in the legacy `VOIP_CONFIG_FILE` dialect are refused with the reason.
    @Test func legacyDialectModelsAreRefused() throws {
        let refused = Catalog.models.filter { $0.vendor == .fanvil && $0.endOfLife != nil }.map(\.id)
        #expect(refused.contains("x4") && refused.contains("x6") && refused.contains("x3s"))
        let fleet = try TemporaryFleet(["handset.yaml": Self.oneDevice(model: "fanvil/x3s", extra: "")])
        defer { fleet.remove() }
        let error = try #require(try fleet.check().diagnostics.first { $0.code == "E0402" })
        #expect(error.message.contains("VOIP_CONFIG_FILE"))
    }

    /// No Fanvil model in the catalog takes an expansion module, so validation refuses one.
    @Test func moduleIsRefusedByValidation() throws {
        #expect(Catalog.models.filter { $0.vendor == .fanvil }.allSatisfy { $0.maxModules == 0 && $0.modules.isEmpty })
        let fleet = try TemporaryFleet(["handset.yaml": Self.oneDevice(model: "fanvil/x6u", extra: """
                    expansion_modules:
                      - model: fanvil/ext20
                        keys: [{blf: "100"}]

            """)])
        defer { fleet.remove() }
        #expect(try fleet.check().diagnostics.contains { $0.severity == .error && $0.code == "E0404" })
    }

    /// What a Fanvil phone cannot take is said: the re-check interval (W0420), a phonebook key (W0421), calls per line
    /// key (W0422), SRTP other than off (E0420), a zone without a Fanvil entry (E0701), a language without one (E0702).
    @Test func unsupportedSettingsAreSaid() throws {
        let fleet = try TemporaryFleet(["handset.yaml": Self.oneDevice(model: "fanvil/x4u", interval: 30, extra: """
                    calls_per_line_key: 3
                    srtp: optional
                    timezone: Asia/Kolkata
                    language: sv
                    keys: [line, phonebook]

            """)])
        defer { fleet.remove() }
        let codes = try fleet.check().diagnostics.map(\.code)
        for code in ["W0420", "W0421", "W0422", "E0420", "E0701", "E0702"] {
            #expect(codes.contains(code), "\(code) missing from \(codes)")
        }
    }

    /// Every country of the shared tone table has a Fanvil tone set, so `CountryRule` needs no Fanvil exception.
    @Test func everyCountryHasAFanvilToneSet() {
        for country in Catalog.countries { #expect(Catalog.fanvilTone(country.iso) != nil, "\(country.iso)") }
        // Every Fanvil zone is one the shared zone table knows (else `LocaleRule` would refuse it as unknown).
        for iana in Catalog.fanvilZones.keys { #expect(Catalog.zone(iana) != nil, "\(iana)") }
    }

    @Test func valueSpellings() {
        #expect(FanvilEmitter.serverURL("https://prov.example.net/phones/acme/") == "https://prov.example.net/phones/acme")
        #expect(FanvilEmitter.codecList([.g722, .pcma, .pcmu, .g729, .opus]) == "G722,PCMA,PCMU,G729,opus")
        #expect(Catalog.fanvilZone("Europe/Berlin")?.quarterHours == 4)
        #expect(Catalog.fanvilZone("Europe/Berlin")?.name == "UTC+1")
        #expect(Catalog.fanvilZone("Europe/Berlin")?.dst?.startHour == 2 && Catalog.fanvilZone("Europe/Berlin")?.dst?.endHour == 3)
        #expect(Catalog.fanvilZone("America/New_York")?.quarterHours == -20)
        #expect(Catalog.fanvilZone("America/New_York")?.name == "UTC-05")
        #expect(Catalog.fanvilZone("UTC")?.dst == nil)
        var w = FanvilConfigWriter()
        w.open("phone")
        w.set("LCDTitle", "<Anna & \"Bo\">")
        w.comment("a -- b --> c-\nd")
        let text = String(decoding: w.finish(), as: UTF8.self)
        #expect(text.contains("<LCDTitle>&lt;Anna &amp; \"Bo\"&gt;</LCDTitle>"))
        #expect(text.contains("<!-- a - b -> c- d -->"))
        #expect(text.hasSuffix("    </phone>\n</sysConf>\n"))
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
              - mac: 0c:38:3e:00:03:00
                model: \(model)
                lines: ["100"]
        \(extra)
        """
    }

    /// Every `sysConf/...` name of `fanvil-keys.txt` (column 1).
    static func knownNames() throws -> Set<String> {
        let url = Fixtures.packageRoot.appendingPathComponent("Tests/HandsetEmittersTests/KeyLists/fanvil-keys.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        var out = Set<String>()
        for line in text.split(separator: "\n") where line.hasPrefix("sysConf/") {
            out.insert(String(line.split(separator: "\t").first ?? ""))
        }
        return out
    }
}
