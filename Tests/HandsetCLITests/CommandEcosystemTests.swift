import Foundation
import HandsetTestSupport
import Testing

/// `show` for one phone, `build --group`, colour, and the schema `init` points at.
struct CommandEcosystemTests {
    static let twoTenants = """
        handset: 1
        provisioning: {url: https://prov.example.net}
        tenants:
          - tenant: acme
            sip: {server: pbx.example.net}
            provisioning: {username: acme, password: derived}
            extensions: [{number: "100", password: PLAIN-TEST}, {number: "101", password: PLAIN-TEST}]
            devices:
              - {mac: 00:15:65:00:00:01, model: yealink/t54w, lines: ["100"]}
              - {mac: 00:15:65:00:00:02, model: yealink/t54x, lines: ["101"]}
          - tenant: globex
            sip: {server: pbx.example.net}
            provisioning: {username: globex, password: derived}
            extensions: [{number: "200", password: PLAIN-TEST}]
            devices:
              - {mac: 00:04:13:00:00:03, model: snom/d785, lines: ["200"], timezone: UTC}
        """

    @Test func showPrintsTheOwnFilesOfAValidPhoneInAFleetWithErrorsElsewhere() throws {
        let fleet = try TemporaryFleet(["handset.yaml": Self.twoTenants])
        defer { fleet.remove() }
        let run = try CommandRun(["show", "00:15:65:00:00:01", fleet.root.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("note: the fleet has 2 errors elsewhere"), "\(run.stderr)")
        #expect(run.stdout.contains("--- acme/001565000001.cfg"))
        #expect(!run.stdout.contains("shared by the tenant's phones"))
        #expect(!run.stdout.contains("--- acme/y0000"), "a shared file was printed")
        // The phone that has the error is refused, with its own error only.
        let bad = try CommandRun(["show", "00:15:65:00:00:02", fleet.root.path])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("error[E0401]"))
        #expect(!bad.stderr.contains("E0701"))
    }

    @Test func aZoneAVendorCannotExpressIsRefusedForThatVendorOnly() throws {
        let fleet = try TemporaryFleet(["handset.yaml": Self.twoTenants.replacingOccurrences(of: "yealink/t54x", with: "yealink/t54w")])
        defer { fleet.remove() }
        let run = try CommandRun(["validate", fleet.root.path])
        #expect(run.status == 1)
        #expect(run.stdout.contains("error[E0701]: time zone 'UTC' is not supported on Snom phones"))
        #expect(run.stdout.contains("hint: `handset models --zones` lists the zones each vendor supports"))
        let yealink = try TemporaryFleet(["handset.yaml": Self.twoTenants
            .replacingOccurrences(of: "yealink/t54x", with: "yealink/t54w").replacingOccurrences(of: "snom/d785", with: "yealink/t54w")
            .replacingOccurrences(of: "00:04:13", with: "00:15:65")])
        defer { yealink.remove() }
        #expect(try CommandRun(["validate", yealink.root.path, "--quiet"]).status == 0)
    }

    @Test func modelsListsZonesAndLanguagesPerVendor() throws {
        let zones = try CommandRun(["models", "--zones", "--format", "json"])
        #expect(zones.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(zones.stdout.utf8)) as? [String: Any]
        let rows = object?["zones"] as? [[String: Any]] ?? []
        let byName = Dictionary(rows.map { ($0["zone"] as? String ?? "", $0) }, uniquingKeysWith: { a, _ in a })
        for name in ["Europe/Zurich", "Europe/Warsaw", "Europe/Stockholm"] {
            #expect(byName[name]?["yealink"] as? String != nil, "\(name) on Yealink")
        }
        #expect(byName["UTC"]?["snom"] is NSNull)
        #expect(rows.count >= 300)
        let languages = try CommandRun(["models", "--languages"])
        #expect(languages.stdout.contains("nl        Dutch       Nederlands   10"))
        #expect(try CommandRun(["models", "--zones", "--languages"]).status == 64)
    }

    @Test func colourOnlyWhenAskedOrOnATerminalWithoutNoColour() throws {
        let fleet = try TemporaryFleet(["handset.yaml": Self.twoTenants])
        defer { fleet.remove() }
        let escape = "\u{1B}[1;31merror\u{1B}[0m[E0401]"
        #expect(!(try CommandRun(["validate", fleet.root.path])).stdout.contains("\u{1B}["), "colour in a pipe")
        #expect(try CommandRun(["validate", fleet.root.path, "--color", "always"]).stdout.contains(escape))
        // A real terminal, through script(1): colour by default, none with NO_COLOR.
        guard TerminalRun.available else { return }
        func onTerminal(_ environment: [String: String?]) throws -> String {
            try TerminalRun(["validate", fleet.root.path], environment: environment).output
        }
        #expect(try onTerminal(["NO_COLOR": nil]).contains(escape))
        let plain = try onTerminal(["NO_COLOR": "1"])
        #expect(plain.contains("error[E0401]") && !plain.contains("\u{1B}["))
    }

    @Test func initWritesTheSchemaItsFilesName() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("handset-init-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try CommandRun(["init", folder.path]).status == 0)
        let written = try String(contentsOf: folder.appendingPathComponent("handset.schema.json"), encoding: .utf8)
        #expect(written == (try CommandRun(["schema"])).stdout)
        let fleetFile = try String(contentsOf: folder.appendingPathComponent("handset.yaml"), encoding: .utf8)
        #expect(fleetFile.hasPrefix("# yaml-language-server: $schema=./handset.schema.json"))
    }

    @Test(.enabled(if: geteuid() == 0, "the group and the warning concern builds run as root"))
    func buildAsRootWarnsWithoutGroupAndSetsTheGroupWithIt() throws {
        let fleet = try TemporaryFleet(["handset.yaml": Self.twoTenants
            .replacingOccurrences(of: "yealink/t54x", with: "yealink/t54w").replacingOccurrences(of: ", timezone: UTC", with: "")])
        defer { fleet.remove() }
        let environment = ["HANDSET_MASTER_KEY": "test-only-master-key-0123456789abcdefghij"]
        let plain = try CommandRun(["build", fleet.root.path, "-o", fleet.root.appendingPathComponent("out1").path],
                                   environment: environment)
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(plain.stderr.contains("warning: building as root without --group"))
        #expect(plain.stderr.contains("hint: add --group www-data"))
        guard let entry = getgrnam("nogroup") ?? getgrnam("nobody") else { return }
        let group = String(cString: entry.pointee.gr_name), gid = entry.pointee.gr_gid
        let out = fleet.root.appendingPathComponent("out2")
        let grouped = try CommandRun(["build", fleet.root.path, "-o", out.path, "--group", group], environment: environment)
        #expect(grouped.status == 0, "\(grouped.stderr)")
        #expect(!grouped.stderr.contains("warning: building as root"))
        let file = out.appendingPathComponent("current/www/acme/001565000001.cfg").resolvingSymlinksInPath().path
        let attributes = try FileManager.default.attributesOfItem(atPath: file)
        #expect((attributes[.groupOwnerAccountID] as? NSNumber)?.uint32Value == gid)
        let unknown = try CommandRun(["build", fleet.root.path, "-o", out.path, "--group", "no-such-group-here"],
                                     environment: environment)
        #expect(unknown.status == 64)
    }
}
