import Foundation
import HandsetCore
@testable import HandsetEmitters
import HandsetTestSupport
import Testing

/// What is particular to the Yealink emitter; `GoldenTreeEmitterTests` holds every vendor's output to its golden trees.
struct YealinkEmitterTests {
    static let features = EmitterFixture.features("yealink")

    @Test func everyFeatureHasAFixture() {
        let expected = ["accounts", "codecs", "keys", "locale", "modules", "network", "phonebook", "provisioning"]
        #expect(Set(expected).isSubset(of: Set(Self.features)), "fixtures: \(Self.features)")
    }

    /// Per-MAC files are named by the lowercase MAC, and the `.boot` file lists URLs only: no password.
    @Test(arguments: features)
    func perMACFilesAndTheirSecrets(_ feature: String) throws {
        let fixture = try EmitterFixture("yealink", feature)
        for (context, devices, secrets) in fixture.tenants() {
            for device in devices {
                for file in YealinkEmitter().deviceFiles(for: device, in: context) {
                    #expect(file.mac == device.mac.value)
                    #expect(file.path.hasPrefix(device.mac.value.lowercased()))
                    if file.path.hasSuffix(".boot") {
                        #expect(EmitterFixture.leaked(secrets, in: file.bytes).isEmpty, "secret in \(file.path)")
                    }
                }
            }
        }
    }

    /// Every key written to a golden `.cfg` or `.boot` file is one the FusionPBX or Wazo templates use
    /// (`KeyLists/yealink-keys.txt`, index segments written as `n`).
    @Test func everyEmittedKeyIsAKnownYealinkKey() throws {
        let known = try Self.knownKeys()
        #expect(known.count > 1000)
        var checkedFiles = 0
        for feature in Self.features {
            let golden = try GoldenTree.read(EmitterFixture.golden("yealink", feature))
            for (path, bytes) in golden.sorted(by: { $0.key < $1.key })
            where path.hasSuffix(".cfg") || path.hasSuffix(".boot") {
                checkedFiles += 1
                let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n")
                #expect(lines.first == "#!version:1.0.0.1", "\(feature)/\(path) must start with the version header")
                for line in lines where !line.hasPrefix("#") && !line.hasPrefix("include:config ") {
                    guard let range = line.range(of: " = ") else {
                        Issue.record("\(feature)/\(path): not a 'key = value' line: \(line)")
                        continue
                    }
                    let key = Self.pattern(of: String(line[..<range.lowerBound]))
                    #expect(known.contains(key), "\(feature)/\(path): \(key) is not in yealink-keys.txt")
                }
            }
        }
        #expect(checkedFiles > 0, "no golden files yet: record them with HANDSET_RECORD=1")
    }

    /// `linekey.12.type` -> `linekey.n.type`.
    static func pattern(of key: String) -> String {
        key.split(separator: ".", omittingEmptySubsequences: false)
            .map { $0.allSatisfy(\.isNumber) && !$0.isEmpty ? "n" : String($0) }
            .joined(separator: ".")
    }

    static func knownKeys() throws -> Set<String> {
        let url = Fixtures.packageRoot.appendingPathComponent("Tests/HandsetEmittersTests/KeyLists/yealink-keys.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        return Set(text.split(separator: "\n").filter { !$0.hasPrefix("#") }
            .compactMap { $0.split(separator: "\t").first.map(String.init) })
    }
}

/// The small conversions the files depend on.
struct YealinkValueTests {
    @Test(arguments: [(60, "+1"), (0, "0"), (-300, "-5"), (330, "+5:30"), (-210, "-3:30"), (570, "+9:30"), (345, "+5:45")])
    func timeZoneOffsets(_ minutes: Int, _ expected: String) {
        #expect(YealinkEmitter.timeZoneOffset(minutes: minutes) == expected)
    }

    @Test(arguments: [(8, "255.0.0.0"), (23, "255.255.254.0"), (24, "255.255.255.0"), (30, "255.255.255.252"),
                      (32, "255.255.255.255"), (0, "0.0.0.0")])
    func netmasks(_ prefix: Int, _ expected: String) {
        #expect(YealinkEmitter.netmask(prefix: prefix) == expected)
    }

    @Test func dialStringsDropSeparators() {
        #expect(YealinkEmitter.dialString("+49 (30) 999-12.34/5") == "+49309991234" + "5")
        #expect(YealinkEmitter.dialString("*28#") == "*28#")
    }

    @Test func outboundProxySplitsHostAndPort() {
        #expect(HostPort.split("sbc.example.net:5070") == ("sbc.example.net", 5070))
        #expect(HostPort.split("sbc.example.net") == ("sbc.example.net", nil))
        #expect(HostPort.split("2001:db8::1") == ("2001:db8::1", nil))
    }

    @Test func devicesOfOtherVendorsGetNoFiles() throws {
        let fixture = try EmitterFixture("yealink", "accounts")
        let yealink = try #require(fixture.checked.devices.first)
        let device = ResolvedDevice(tenantIndex: yealink.tenantIndex, mac: yealink.mac, lines: yealink.lines,
                                    linesMark: yealink.linesMark, settings: yealink.settings,
                                    model: Catalog.model("snom/d785"), mark: yealink.mark)
        let emitter = YealinkEmitter()
        #expect(emitter.deviceFiles(for: device, in: fixture.contexts[0]).isEmpty)
        #expect(emitter.sharedFiles(for: [device], in: fixture.contexts[0]).isEmpty)
        #expect(emitter.sharedFiles(for: [], in: fixture.contexts[0]).isEmpty)
    }

    @Test func perMACFileNamesAreLowercase() throws {
        let fixture = try EmitterFixture("yealink", "accounts")
        let paths = fixture.emit(YealinkEmitter()).keys.sorted()
        #expect(paths.contains("acme/805ec0000101.cfg"))
        #expect(paths.contains("acme/805ec0000101.boot"))
        #expect(paths.allSatisfy { $0 == $0.lowercased() })
    }
}
