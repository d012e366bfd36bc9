import Foundation
import HandsetCore
@testable import HandsetCLI
import HandsetTestSupport
import Testing

/// The input format is declared once (`DeviceSettings.fields`, `Tenant.fields`, `Fleet.fields` and their parts).
/// These tests walk the declarations and prove that the model, the decoder, the JSON Schema, `show` and the
/// reference page know the same keys, so a setting added in one place and forgotten in another fails here.
struct InputFormatTests {
    /// A value for `node` built from the description alone: its example, first choice, minimum, or one item.
    static func sample(_ node: SchemaNode) -> Any {
        switch node {
        case .string(_, _, let choices, let example):
            return example.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"")) } ?? choices?.first ?? "x"
        case .integer(_, let minimum, _): return minimum ?? 1
        case .boolean: return true
        case .array(_, let items, _, _): return [sample(items)]
        case .object(_, let properties, _):
            return Dictionary(uniqueKeysWithValues: properties.map { ($0.name, sample($0.node)) })
        case .map(_, let values, let keys): return [keys?.first ?? "name": sample(values)]
        case .oneOf(_, let forms): return sample(forms[0])
        case .ref(let name): return name == "key" ? "line" : [String: Any]()
        }
    }

    /// A fleet whose defaults set every declared device setting to a sample value, with one device.
    static func fleetSettingEverything() throws -> (TemporaryFleet, Pipeline.Checked) {
        let everything = try JSONSerialization.data(withJSONObject: sample(InputSchema.deviceSettings), options: [.sortedKeys])
        let fleet = try TemporaryFleet([
            "handset.yaml": """
                handset: 1
                provisioning: {url: https://prov.example.net}
                defaults: \(String(decoding: everything, as: UTF8.self))
                tenants:
                  - tenant: acme
                    sip: {server: pbx.example.net}
                    provisioning: {username: acme, password: derived}
                    extensions: [{number: "100", password: derived}]
                    devices: [{mac: 00:15:65:12:34:56, lines: ["100"]}]

                """,
        ])
        return (fleet, try fleet.check())
    }

    @Test func everyDeviceSettingIsDecodedIntoTheModelAndShown() throws {
        let (fleet, checked) = try Self.fleetSettingEverything()
        defer { fleet.remove() }
        let decoderErrors = checked.diagnostics.filter { $0.code.hasPrefix("E01") }
        #expect(decoderErrors.isEmpty, "\(decoderErrors.map { "\($0.code) \($0.message)" })")
        let settings = try #require(checked.devices.first).settings

        // Every stored property of the model is filled: a model field without a declaration stays nil.
        for child in Mirror(reflecting: settings).children {
            let isNil = Mirror(reflecting: child.value).displayStyle == .optional && Mirror(reflecting: child.value).children.isEmpty
            #expect(!isNil, "DeviceSettings.\(child.label ?? "?") is not filled by any declaration in DeviceSettings.fields")
        }
        // `show` prints a row for every declared setting, and only for those.
        let shown = Set(DeviceSettings.shown(settings).map { String($0.name.split(separator: ".")[0]) })
        #expect(shown == Set(DeviceSettings.fieldNames))
    }

    @Test func schemaAndReferencePageListEveryDeclaredKey() throws {
        let page = ReferencePage.render()
        let declared: [(String, [String])] = [
            ("fleet", Fleet.fieldNames), ("tenant", Tenant.fieldNames), ("deviceSettings", DeviceSettings.fieldNames),
        ]
        let schema = InputSchema.jsonSchema()
        let defs = try #require(schema["$defs"] as? [String: Any])
        for (definition, names) in declared {
            let object = try #require(defs[definition] as? [String: Any])
            let properties = try #require(object["properties"] as? [String: Any])
            #expect(Set(properties.keys) == Set(names), "\(definition): the JSON Schema and the declarations differ")
            for name in names {
                #expect(page.contains("id=\"\(definition).\(name)\""), "reference page lacks \(definition).\(name)")
            }
        }
        // Nested group keys too (network.mode, call_waiting.tone...): every row `show` can print has an anchor.
        let (fleet, checked) = try Self.fleetSettingEverything()
        defer { fleet.remove() }
        // (A mapping with free keys, such as firmware by model, has one anchor for all its entries.)
        let freeKeys = Set(DeviceSettings.fields.filter { if case .map = $0.schema { true } else { false } }.map(\.name))
        for row in DeviceSettings.shown(try #require(checked.devices.first).settings) {
            let top = String(row.name.prefix { $0 != "." })
            let anchor = freeKeys.contains(top) ? top : row.name
            #expect(page.contains("id=\"deviceSettings.\(anchor)\""), "reference page lacks deviceSettings.\(anchor)")
        }
    }

    /// Defaults < tenant < profile < device: a value set higher replaces a lower one, groups merge key by key, and
    /// firmware merges by model; only the fields a level wrote take part (`WrittenFields`, at most 64).
    @Test func levelsOverlayAsDeclared() throws {
        #expect(DeviceSettings.fields.count <= 64)
        let fleet = try TemporaryFleet([
            "handset.yaml": """
                handset: 1
                provisioning: {url: https://prov.example.net}
                defaults:
                  ntp: [a.example.net, b.example.net]
                  network: {mode: static, address: 10.0.0.5/24, gateway: 10.0.0.1, dns: [10.0.0.1], vlan: 5}
                  firmware: {yealink/t54w: https://fw.example.net/old.rom, snom/d785: https://fw.example.net/d785.bin}
                profiles:
                  desk: {ntp: c.example.net, network: {vlan: 7}, firmware: {yealink/t54w: https://fw.example.net/new.rom}}
                tenants:
                  - tenant: acme
                    sip: {server: pbx.example.net}
                    provisioning: {username: acme, password: derived}
                    defaults: {country: DE}
                    extensions: [{number: "100", password: derived}]
                    devices:
                      - {mac: 00:15:65:12:34:56, model: yealink/t54w, profile: desk, lines: ["100"], country: AT}

                """,
        ])
        defer { fleet.remove() }
        let settings = try #require(try fleet.check().devices.first).settings
        #expect(settings.ntp?.value.map(\.value) == ["c.example.net"])
        #expect(settings.country?.value == "AT")
        #expect(settings.network?.vlan?.value == 7)
        #expect(settings.network?.address?.value == "10.0.0.5/24")
        #expect(settings.firmware?.value.map(\.text.value) == ["https://fw.example.net/d785.bin", "https://fw.example.net/new.rom"])
        #expect(settings.timeFormat == nil && settings.srtp == nil)
    }

    /// Every shape of a key (`InputSchema.key`: each form, and each form of its target) is one the decoder reads,
    /// and the schema names every key type the decoder knows. Keys are the one part of the format whose shapes are
    /// described by hand rather than by `Field` declarations, so this holds the two together.
    @Test func everyKeyShapeOfTheSchemaDecodes() throws {
        guard case .oneOf(_, let forms) = InputSchema.key else { Issue.record("key is not a oneOf"); return }
        var typeNames = Set<String>()
        var shapes: [Any] = []
        for form in forms {
            switch form {
            case .string(_, _, let choices?, _):
                typeNames.formUnion(choices)
                shapes += choices
            case .object(_, let properties, _):
                for property in properties {
                    typeNames.insert(property.name)
                    let targets: [SchemaNode]
                    if case .oneOf(_, let alternatives) = property.node { targets = alternatives } else { targets = [property.node] }
                    shapes += targets.map { [property.name: Self.sample($0)] }
                }
            default:
                Issue.record(Comment(rawValue: "unexpected key form " + form.description))
            }
        }
        #expect(typeNames == Set(Decoder.keyTypes))
        let keys = String(decoding: try JSONSerialization.data(withJSONObject: shapes, options: [.sortedKeys]), as: UTF8.self)
        let fleet = try TemporaryFleet([
            "handset.yaml": """
                handset: 1
                provisioning: {url: https://prov.example.net}
                defaults: {keys: \(keys)}

                """,
        ])
        defer { fleet.remove() }
        let decoderErrors = try fleet.check().diagnostics.filter { $0.code.hasPrefix("E01") }
        #expect(decoderErrors.isEmpty, "\(decoderErrors.map { "\($0.code) \($0.message)" }) for \(keys)")
        #expect(shapes.count >= 15)
    }

    @Test func unknownKeysAreRefusedWithTheDeclaredNames() throws {
        let fleet = try TemporaryFleet([
            "handset.yaml": """
                handset: 1
                provisioning: {url: https://prov.example.net}
                defaults: {netwrok: {mode: dhcp}}

                """,
        ])
        defer { fleet.remove() }
        let unknown = try fleet.check().diagnostics.filter { $0.code == "E0101" }
        #expect(unknown.count == 1)
        #expect(unknown.first?.hint == "did you mean 'network'?")
    }
}
