import Foundation
import HandsetTestSupport
import Testing

/// The request matrix for Fanvil phones on the real nginx: `<mac>.cfg`, bound to the MAC of the User-Agent
/// (`Fanvil <model> <fw> <mac>`, Wazo `plugins/wazo_fanvil/common/common.py` `_UA_REGEX` and its samples, where the
/// model may hold a space: `Fanvil X6U Pro 0.0.10 0c383e2cd782`; FusionPBX `app/provision/index.php` quotes a
/// User-Agent ending in `)`: `Fanvil X5U-V2 2.12.1 0c3800000000)`).
extension NginxServingTests {
    static let fanvilFleet: [String: String] = ["handset.yaml": """
        handset: 1
        provisioning: {url: https://prov.example.net}
        tenants:
          - tenant: acme
            sip: {server: pbx.acme.example.net}
            provisioning: {username: acme, password: "${env:ACME_PROV}", trusted_networks: [127.0.0.0/8]}
            extensions: [{number: "100", password: derived}, {number: "101", password: derived}]
            contacts: [{name: Bob Builder, numbers: {work: "+49 30 1234567"}}]
            devices:
              - {mac: 0c:38:3e:00:00:04, model: fanvil/x4u, lines: ["100"]}
              - {mac: 00:a8:59:00:00:05, model: fanvil/x6u-pro, lines: ["101"]}
        """]

    static let x4uUA = "Fanvil X4U 2.12.16.17 0c383e000004"
    static let x6uProUA = "Fanvil X6U Pro 2.12.16.17 00a859000005"

    @Test func fanvilBootSequenceAndMACBinding() throws {
        #expect(NginxServer.available, "HANDSET_REQUIRE_NGINX=1 but nginx is not installed")
        let fleet = try TemporaryFleet(Self.fanvilFleet)
        let out = fleet.root.appendingPathComponent("out")
        let s = Setup(fleet: fleet, out: out, log: fleet.root.appendingPathComponent("access.log"))
        defer { s.remove() }
        let run = try s.build()
        #expect(run.status == 0, "\(run.stderr)")
        let nginx = try NginxServer(output: s.out)
        defer { nginx.stop() }
        func get(_ path: String, ua: String? = Self.x4uUA, password: String = "test-acme-prov") throws -> HTTPProbe.Response {
            try HTTPProbe.get(port: nginx.port, path: path, user: "acme", password: password, userAgent: ua)
        }

        // The phone's own file, which is the whole boot chain (the common file is switched off inside it).
        let own = try Data(contentsOf: s.out.appendingPathComponent("current/www/acme/0c383e000004.cfg"))
        let ok = try get("/acme/0c383e000004.cfg")
        #expect(ok.status == 200)
        #expect(ok.body == Array(own))
        #expect(String(decoding: ok.body, as: UTF8.self).contains("<sysConf>"))
        #expect(try get("/acme/00a859000005.cfg", ua: Self.x6uProUA).status == 200)
        // FusionPBX's sample form, with a trailing parenthesis after the MAC.
        #expect(try get("/acme/00a859000005.cfg", ua: "Fanvil X6U Pro 2.12.1 00a859000005)").status == 200)
        // A factory-fresh phone's common-file request (Wazo's names) gets a 404: no common file is served.
        #expect(try get("/acme/f0X4hw1.100.cfg").status == 404)
        #expect(try get("/acme/fanvil_x4u_v2_hwv2_0.txt").status == 404)

        // Another phone's file, a wrong password, a hidden MAC.
        let missing = try get("/acme/0c383e999999.cfg")
        #expect(missing.status == 404)
        #expect(try get("/acme/00a859000005.cfg") == missing)
        #expect(try get("/acme/0c383e000004.cfg", ua: "Fanvil X4U 2.12.16.17").status == 404)
        #expect(try get("/acme/0c383e000004.cfg", password: "wrong").status == 401)

        // The shared phonebook is readable by every phone of the tenant.
        #expect(try get("/acme/fanvil/phonebook.xml", ua: Self.x6uProUA).status == 200)

        let log = try String(contentsOf: s.log, encoding: .utf8)
        #expect(log.contains("ua_mac=0c383e000004"))
        #expect(log.contains("ua_mac=00a859000005"))
    }
}
