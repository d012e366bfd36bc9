import Foundation
import HandsetTestSupport
import Testing

/// `handset check` against a real nginx (127.0.0.1, a free port) serving a real build, whole and then broken on
/// purpose: each breakage must be named, per phone and file. Skipped with a visible reason where nginx is missing;
/// CI sets HANDSET_REQUIRE_NGINX=1 so it cannot be.
@Suite(.serialized, .enabled(if: NginxServer.available || NginxServer.required, "nginx is not installed (apt-get install nginx-light)"))
struct CheckCommandTests {
    /// The same fake master key and provisioning passwords as the serving tests.
    static let environment = NginxServingTests.environment

    /// One tenant with a phone of each vendor (two Yealinks, so a phone has a neighbour), one with a single phone.
    static func fleet(label: String = "Front desk") -> [String: String] {
        ["handset.yaml": """
            handset: 1
            provisioning: {url: https://prov.example.net}
            defaults: {language: en, timezone: Europe/Berlin}
            tenants:
              - tenant: acme
                sip: {server: pbx.acme.example.net}
                provisioning: {username: acme, password: "${env:ACME_PROV}", trusted_networks: [127.0.0.0/8]}
                extensions: [{number: "100", password: derived}, {number: "101", password: derived},
                             {number: "102", password: derived}, {number: "103", password: derived}]
                contacts: [{name: Bob Builder, numbers: {work: "+49 30 1234567"}}]
                devices:
                  - {mac: 00:15:65:00:00:01, model: yealink/t54w, lines: ["100"], label: \(label), keys: [line, phonebook]}
                  - {mac: 00:15:65:00:00:02, model: yealink/t54w, lines: ["101"]}
                  - {mac: 00:04:13:00:00:03, model: snom/d785, lines: ["102"]}
                  - {mac: 00:1f:c1:00:00:04, model: htek/uc926, lines: ["103"]}
              - tenant: globex
                sip: {server: pbx.globex.example.net}
                provisioning: {username: globex, password: "${env:GLOBEX_PROV}"}
                extensions: [{number: "200", password: derived}]
                devices:
                  - {mac: 00:15:65:00:00:05, model: yealink/t46u, lines: ["200"]}
            """]
    }

    struct Setup {
        var fleet: TemporaryFleet
        var out: URL
        var www: URL { out.appendingPathComponent("current/www") }

        func build() throws {
            let run = try CommandRun(["build", fleet.root.path, "-o", out.path, "--access-log", fleet.root.appendingPathComponent("access.log").path],
                                     environment: CheckCommandTests.environment)
            #expect(run.status == 0, "\(run.stderr)")
        }

        func check(_ nginx: NginxServer, _ extra: [String] = []) throws -> CommandRun {
            try CommandRun(["check", "http://127.0.0.1:\(nginx.port)", fleet.root.path, "-o", out.path] + extra,
                           environment: CheckCommandTests.environment)
        }

        /// The json report's devices by MAC: status and findings as "status path".
        func report(_ nginx: NginxServer) throws -> (status: Int32, devices: [String: (status: String, findings: [String])]) {
            let run = try check(nginx, ["--format", "json"])
            let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
            var devices: [String: (String, [String])] = [:]
            for device in object?["devices"] as? [[String: Any]] ?? [] {
                let findings = (device["findings"] as? [[String: String]] ?? []).map { "\($0["status"]!) \($0["path"]!)" }
                devices[device["mac"] as! String] = (device["status"] as! String, findings)
            }
            return (run.status, devices)
        }
    }

    private func setup() throws -> Setup {
        #expect(NginxServer.available, "HANDSET_REQUIRE_NGINX=1 but nginx is not installed")
        let fleet = try TemporaryFleet(Self.fleet())
        let setup = Setup(fleet: fleet, out: fleet.root.appendingPathComponent("out"))
        try setup.build()
        return setup
    }

    @Test func aServerThatServesTheReleaseIsOK() throws {
        let s = try setup()
        defer { s.fleet.remove() }
        let nginx = try NginxServer(output: s.out)
        defer { nginx.stop() }
        let run = try s.check(nginx)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("checked 5 phones of release"))
        #expect(run.stdout.contains(": 5 ok\n"))
        // Yealink: <mac>.boot, y000000000096.cfg, <mac>.cfg, then 3 refusals = 6; Snom: 2 containers, <MAC>.xml and
        // the phonebook its container lists, 3 refusals = 7; Htek: cfg0010.xml (404), cfg<mac> (404), cfg<mac>.xml,
        // 3 refusals = 6; globex's only phone has no neighbour: 3 + 2 = 5. In all 6 + 6 + 7 + 6 + 5.
        #expect(run.stdout.contains("30 requests in "), "\(run.stdout)")
        #expect(!run.stdout.contains("test-acme-prov"))
    }

    @Test func changedAndMACNarrowTheCheck() throws {
        let s = try setup()
        defer { s.fleet.remove() }
        // Release ids start with the second of the build, and two builds within one second are ordered by their
        // hash: wait for the next second so that the rebuild is the later release.
        let second = Int(Date().timeIntervalSince1970)
        while Int(Date().timeIntervalSince1970) == second { usleep(50_000) }
        for (path, text) in Self.fleet(label: "Back office") {
            try Data(text.utf8).write(to: s.fleet.root.appendingPathComponent(path))
        }
        try s.build()
        let nginx = try NginxServer(output: s.out)
        defer { nginx.stop() }
        let changed = try s.check(nginx, ["--changed"])
        #expect(changed.status == 0)
        #expect(changed.stdout.contains("checked 1 phones of release"), "\(changed.stdout)")
        let one = try s.check(nginx, ["--mac", "0004.1300.0003"])
        #expect(one.stdout.contains("checked 1 phones of release"), "\(one.stdout)")
    }

    @Test func aChangedMissingOrStrayFileAndAWrongHtpasswdAreNamed() throws {
        let s = try setup()
        defer { s.fleet.remove() }
        let acme = s.www.appendingPathComponent("acme")
        // A file edited on the server; a file deleted; a common file the release does not hold (the Htek phone
        // would load it and stop there); a htpasswd whose password is not the tenant's.
        let handle = try FileHandle(forWritingTo: acme.appendingPathComponent("001565000001.cfg"))
        handle.seekToEndOfFile()
        handle.write(Data("account.1.enable = 0\n".utf8))
        try handle.close()
        try FileManager.default.removeItem(at: acme.appendingPathComponent("000413000003.xml"))
        try Data("<hl_provision/>".utf8).write(to: acme.appendingPathComponent("cfg0010.xml"))
        try Data("globex:{PLAIN}not-the-password\n".utf8).write(to: s.out.appendingPathComponent("current/nginx/htpasswd/globex"))
        let nginx = try NginxServer(output: s.out)
        defer { nginx.stop() }
        let report = try s.report(nginx)
        #expect(report.status == 1)
        #expect(report.devices["001565000001"]?.status == "differs")
        #expect(report.devices["001565000001"]?.findings == ["differs 001565000001.cfg"])
        #expect(report.devices["001565000002"]?.status == "ok")
        #expect(report.devices["000413000003"]?.status == "missing")
        #expect(report.devices["000413000003"]?.findings == ["missing 000413000003.xml"])
        #expect(report.devices["001fc1000004"]?.findings == ["differs cfg0010.xml"])
        #expect(report.devices["001565000005"]?.status == "refused")
        #expect(report.devices["001565000005"]?.findings == ["refused 001565000005.boot"])

        let human = try s.check(nginx)
        #expect(human.status == 1)
        #expect(human.stdout.contains("differs: acme 001565000001\n  differs 001565000001.cfg: body ("), "\(human.stdout)")
        #expect(human.stdout.contains("refused 001565000005.boot: HTTP 401"))
        #expect(human.stdout.contains(": 1 refused, 1 missing, 2 differs, 1 ok\n"), "\(human.stdout)")
    }

    @Test func aBrokenMACRuleIsUnprotected() throws {
        let s = try setup()
        defer { s.fleet.remove() }
        // The rule that keeps a phone to its own files, switched off: every phone may read its neighbour's.
        let http = s.out.appendingPathComponent("current/nginx/http.conf")
        let conf = try String(contentsOf: http, encoding: .utf8)
        #expect(conf.contains("$handset_mac_denied {\n    default 1;"))
        try Data(conf.replacingOccurrences(of: "$handset_mac_denied {\n    default 1;", with: "$handset_mac_denied {\n    default 0;").utf8).write(to: http)
        let nginx = try NginxServer(output: s.out)
        defer { nginx.stop() }
        let report = try s.report(nginx)
        #expect(report.status == 1)
        #expect(report.devices["001565000001"]?.status == "unprotected")
        // Phone 1 is served phone 2's file (its neighbour in the tenant).
        #expect(report.devices["001565000001"]?.findings == ["unprotected 001565000002.cfg"])
        #expect(report.devices["001565000005"]?.status == "ok", "no neighbour in its tenant to ask for")
    }

    @Test func aServerThatDoesNotAnswerTimesOut() throws {
        let s = try setup()
        defer { s.fleet.remove() }
        // A socket that listens but never accepts: connections complete in the backlog and no answer ever comes.
        let silent = try SilentListener()
        defer { silent.close() }
        let run = try CommandRun(["check", "http://127.0.0.1:\(silent.port)", s.fleet.root.path, "-o", s.out.path,
                                  "--timeout", "1", "--mac", "00:15:65:00:00:05"], environment: Self.environment)
        #expect(run.status == 1)
        #expect(run.stdout.contains("timeout: globex 001565000005\n  timeout 001565000005.boot: timed out"), "\(run.stdout)")
    }

    @Test func badArgumentsAreUsageErrors() throws {
        let run = try CommandRun(["check", "prov.example.net", "-o", "/nonexistent"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("URL must be http:// or https://"))
        let userinfo = try CommandRun(["check", "https://acme:secret@prov.example.net", "-o", "/nonexistent"])
        #expect(userinfo.status == 64)
        #expect(!userinfo.stderr.contains("secret@"))
        let mac = try CommandRun(["check", "http://127.0.0.1:1", "-o", "/nonexistent", "--mac", "00:15"])
        #expect(mac.status == 64)
    }
}
