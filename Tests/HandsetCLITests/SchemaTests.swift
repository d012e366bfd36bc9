import Foundation
import HandsetCore
import HandsetTestSupport
import Testing

/// `handset schema` checked with a real JSON Schema validator (Python's jsonschema, Draft 2020-12): it accepts
/// every example and fixture fleet and rejects a sample of the bad ones, and it agrees with the decoder's keys.
@Suite(.enabled(if: JSONSchemaValidator.available, "python3 with the jsonschema module is not installed (pip install jsonschema)"))
struct SchemaTests {

    /// Validates each file; returns path -> first error message (nil when valid).
    static func validate(_ files: [URL]) throws -> [String: String?] {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("handset-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let schema = try CommandRun(["schema"])
        #expect(schema.status == 0)
        try Data(schema.stdout.utf8).write(to: dir.appendingPathComponent("schema.json"))
        var list: [[String: String]] = []
        for (index, file) in files.enumerated() {
            guard let json = try YAML12JSON.json(ofFile: file) else { continue }
            let target = dir.appendingPathComponent("\(index).json")
            try json.write(to: target)
            list.append(["name": file.path, "json": target.path])
        }
        try JSONSerialization.data(withJSONObject: list).write(to: dir.appendingPathComponent("list.json"))
        let script = """
            import json, sys, jsonschema
            d = sys.argv[1]
            schema = json.load(open(d + "/schema.json"))
            jsonschema.Draft202012Validator.check_schema(schema)
            v = jsonschema.Draft202012Validator(schema)
            out = {}
            for item in json.load(open(d + "/list.json")):
                errors = sorted(v.iter_errors(json.load(open(item["json"]))), key=lambda e: list(e.path))
                out[item["name"]] = errors[0].message if errors else None
            print(json.dumps(out))
            """
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", script, dir.path]
        let pipe = Pipe()
        p.standardOutput = pipe
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
        return object.mapValues { $0 as? String }
    }

    static func yamlFiles(under folder: String) -> [URL] {
        let root = Fixtures.packageRoot.appendingPathComponent(folder)
        let paths = FileManager.default.subpaths(atPath: root.path) ?? []
        return paths.filter { $0.hasSuffix(".yaml") && !$0.hasSuffix("secrets.yaml") }.sorted().map { root.appendingPathComponent($0) }
    }

    @Test func acceptsEveryExampleAndFixture() throws {
        let files = Self.yamlFiles(under: "examples") + Self.yamlFiles(under: "Tests/HandsetEmittersTests/Fixtures")
        #expect(files.count > 10)
        let results = try Self.validate(files)
        for (name, error) in results.sorted(by: { $0.key < $1.key }) {
            #expect(error == nil, "\(name): \(error ?? "")")
        }
    }

    @Test(arguments: ["unknown-key-device", "unknown-key-handset-top", "tenant-id-uppercase", "tenant-id-path-traversal",
                      "mac-too-short", "vlan-out-of-range", "codec-unknown-name", "bool-yes-in-phonebook",
                      "unknown-key-network", "sip-port-out-of-range"])
    func rejectsBadFixture(_ name: String) throws {
        let files = Self.yamlFiles(under: "Tests/Corpus/bad/\(name)")
        #expect(!files.isEmpty, "no such corpus case \(name)")
        let results = try Self.validate(files)
        #expect(results.values.contains { $0 != nil }, "\(name) passed the schema")
    }
}

/// Whether Python's jsonschema module is there to check the schema with.
enum JSONSchemaValidator {
    static let available: Bool = {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", "import jsonschema"]
        p.standardError = FileHandle.nullDevice
        guard (try? p.run()) != nil else { return false }
        p.waitUntilExit()
        return p.terminationStatus == 0
    }()
}
