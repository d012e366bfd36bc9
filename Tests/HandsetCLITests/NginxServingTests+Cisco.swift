import Foundation
import HandsetTestSupport
import Testing

/// The request matrix for Cisco MPP phones on the real nginx: the one file the profile rule names, bound to the MAC
/// of the User-Agent. The form is `Cisco-CP-<model>-3PCC/<firmware> (<mac>)` (Cisco's provisioning guide sample
/// `Cisco-CP-8841-3PCC/11.0 (00562b043615)`; Wazo `plugins/wazo_cisco_sip/v12_0_7/common.py` `_CISCO_UA_REGEX`
/// `^Cisco-CP-([0-9]{4})-3PCC/(\S+) \(([\dA-Fa-f]{12})\)$`, whose third group it takes as the MAC). Cisco's text calls
/// the bracketed value the serial number (fact sheet §3.6, CONFLICT): a phone that sends a serial there is refused
/// its per-MAC file, which the last cases pin down.
extension NginxServingTests {
    static let ciscoFleet: [String: String] = ["handset.yaml": """
        handset: 1
        provisioning: {url: https://prov.example.net}
        tenants:
          - tenant: acme
            sip: {server: pbx.acme.example.net}
            provisioning: {username: acme, password: "${env:ACME_PROV}", trusted_networks: [127.0.0.0/8]}
            extensions: [{number: "100", password: derived}, {number: "101", password: derived}]
            contacts: [{name: Bob Builder, numbers: {work: "+49 30 1234567"}}]
            devices:
              - {mac: dc:f7:19:00:00:06, model: cisco/8851, lines: ["100"]}
              - {mac: 00:56:2b:00:00:07, model: cisco/7841, lines: ["101"]}
        """]

    static let ciscoUA = "Cisco-CP-8851-3PCC/12.0.7 (dcf719000006)"

    @Test func ciscoBootSequenceAndMACBinding() throws {
        #expect(NginxServer.available, "HANDSET_REQUIRE_NGINX=1 but nginx is not installed")
        let fleet = try TemporaryFleet(Self.ciscoFleet)
        let out = fleet.root.appendingPathComponent("out")
        let s = Setup(fleet: fleet, out: out, log: fleet.root.appendingPathComponent("access.log"))
        defer { s.remove() }
        let run = try s.build()
        #expect(run.status == 0, "\(run.stderr)")
        let nginx = try NginxServer(output: s.out)
        defer { nginx.stop() }
        func get(_ path: String, ua: String? = Self.ciscoUA, password: String = "test-acme-prov") throws -> HTTPProbe.Response {
            try HTTPProbe.get(port: nginx.port, path: path, user: "acme", password: password, userAgent: ua)
        }

        // The profile rule's `$MA.xml` is the only file a provisioned phone asks for.
        let own = try Data(contentsOf: s.out.appendingPathComponent("current/www/acme/dcf719000006.xml"))
        let ok = try get("/acme/dcf719000006.xml")
        #expect(ok.status == 200)
        #expect(ok.body == Array(own))
        #expect(try get("/acme/00562b000007.xml", ua: "Cisco-CP-7841-3PCC/11.3.1 (00562b000007)").status == 200)
        // The form without the hyphen after "CP" and an upper-case MAC are bound the same way.
        #expect(try get("/acme/dcf719000006.xml", ua: "Cisco-CP8851-3PCC/11.3.1 (dcf719000006)").status == 200)
        #expect(try get("/acme/dcf719000006.xml", ua: "Cisco-CP-8851-3PCC/12.0.7 (DCF719000006)").status == 200)
        // Neither the factory rule's `$PN.cfg` nor Wazo's `<model>-3PCC.xml` bootstrap is served.
        #expect(try get("/acme/CP-8851-3PCC.cfg").status == 404)
        #expect(try get("/acme/8851-3PCC.xml").status == 404)

        // Another phone's file, a wrong password, no MAC, a serial number where the MAC should be.
        let missing = try get("/acme/dcf719999999.xml")
        #expect(missing.status == 404)
        #expect(try get("/acme/00562b000007.xml") == missing)
        #expect(try get("/acme/dcf719000006.xml", ua: "Cisco-CP-8851-3PCC/12.0.7").status == 404)
        #expect(try get("/acme/dcf719000006.xml", ua: "Cisco-CP-8851-3PCC/12.0.7 (FCH2223ABCD)").status == 404)
        #expect(try get("/acme/dcf719000006.xml", password: "wrong").status == 401)

        // The shared directory is readable by every phone of the tenant.
        #expect(try get("/acme/cisco/directory.xml", ua: "Cisco-CP-7841-3PCC/11.3.1 (00562b000007)").status == 200)

        let log = try String(contentsOf: s.log, encoding: .utf8)
        #expect(log.contains("ua_mac=dcf719000006"))
        #expect(log.contains("ua_mac=00562b000007"))
    }

    /// `handset check` walks the Cisco boot (`PhoneBoot`: `$MA.xml` with the MPP User-Agent) through the same nginx:
    /// both phones ok, each with its own file and the refusals of the other's.
    @Test func ciscoPhonesPassHandsetCheck() throws {
        #expect(NginxServer.available, "HANDSET_REQUIRE_NGINX=1 but nginx is not installed")
        let fleet = try TemporaryFleet(Self.ciscoFleet)
        let out = fleet.root.appendingPathComponent("out")
        let s = Setup(fleet: fleet, out: out, log: fleet.root.appendingPathComponent("access.log"))
        defer { s.remove() }
        #expect(try s.build().status == 0)
        let nginx = try NginxServer(output: s.out)
        defer { nginx.stop() }
        let run = try CommandRun(["check", "http://127.0.0.1:\(nginx.port)", fleet.root.path, "-o", out.path],
                                 environment: Self.environment)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains(": 2 ok\n"), "\(run.stdout)")
        let log = try String(contentsOf: s.log, encoding: .utf8)
        #expect(log.contains("\"GET /acme/dcf719000006.xml HTTP/1.1\" 200"), "\(log)")
        #expect(log.contains("\"Cisco-CP-8851-3PCC/12.0.7 (dcf719000006)\""))
    }
}
