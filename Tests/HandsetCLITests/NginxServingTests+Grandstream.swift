import Foundation
import HandsetTestSupport
import Testing

/// The request matrix for Grandstream phones on the real nginx: the boot sequence of the provisioning guide, bound to
/// the MAC of the User-Agent (`Grandstream Model HW <model>[ V<hw>] SW <fw> DevId <mac>`, Wazo
/// `plugins/wazo_grandstream/common/common.py` `_UA_REGEX_LIST`; FusionPBX `app/provision/index.php` takes the last 12
/// characters of any User-Agent starting with "Grandstream").
extension NginxServingTests {
    static let grandstreamFleet: [String: String] = ["handset.yaml": """
        handset: 1
        provisioning: {url: https://prov.example.net}
        tenants:
          - tenant: acme
            sip: {server: pbx.acme.example.net}
            provisioning: {username: acme, password: "${env:ACME_PROV}", trusted_networks: [127.0.0.0/8]}
            extensions: [{number: "100", password: derived}, {number: "101", password: derived}]
            contacts: [{name: Bob Builder, numbers: {work: "+49 30 1234567"}}]
            devices:
              - {mac: c0:74:ad:00:00:04, model: grandstream/grp2614, lines: ["100"]}
              - {mac: 00:0b:82:00:00:05, model: grandstream/gxp2170, lines: ["101"]}
        """]

    static let grpUA = "Grandstream Model HW GRP2614 SW 1.0.5.15 DevId c074ad000004"
    /// The form with a hardware version between model and firmware (Wazo's GXP2200 sample).
    static let gxpUA = "Grandstream Model HW GXP2170 V1.1A SW 1.0.11.85 DevId 000b82000005"

    @Test func grandstreamBootSequenceAndMACBinding() throws {
        #expect(NginxServer.available, "HANDSET_REQUIRE_NGINX=1 but nginx is not installed")
        let fleet = try TemporaryFleet(Self.grandstreamFleet)
        let out = fleet.root.appendingPathComponent("out")
        let s = Setup(fleet: fleet, out: out, log: fleet.root.appendingPathComponent("access.log"))
        defer { s.remove() }
        let run = try s.build()
        #expect(run.status == 0, "\(run.stderr)")
        let nginx = try NginxServer(output: s.out)
        defer { nginx.stop() }
        func get(_ path: String, ua: String? = Self.grpUA, password: String = "test-acme-prov") throws -> HTTPProbe.Response {
            try HTTPProbe.get(port: nginx.port, path: path, user: "acme", password: password, userAgent: ua)
        }

        // Boot order: the binary cfg<mac> (cfg<mac>.bin on newer firmware) is Grandstream's own format and is not
        // served; the phone asks for cfg<mac>.xml either way, and that file ends the chain.
        #expect(try get("/acme/cfgc074ad000004").status == 404)
        #expect(try get("/acme/cfgc074ad000004.bin").status == 404)
        let own = try Data(contentsOf: s.out.appendingPathComponent("current/www/acme/cfgc074ad000004.xml"))
        let ok = try get("/acme/cfgc074ad000004.xml")
        #expect(ok.status == 200)
        #expect(ok.body == Array(own))
        #expect(try get("/acme/cfg000b82000005.xml", ua: Self.gxpUA).status == 200)
        // No model or generic file: a phone whose own file failed gets nothing meant for others.
        #expect(try get("/acme/cfggrp2614.xml").status == 404)
        #expect(try get("/acme/cfg.xml").status == 404)

        // Another phone's file, a wrong password, a hidden MAC.
        let missing = try get("/acme/cfgc074ad999999.xml")
        #expect(missing.status == 404)
        #expect(try get("/acme/cfg000b82000005.xml") == missing)
        #expect(try get("/acme/cfgc074ad000004.xml", ua: "Grandstream Model HW GRP2614 SW 1.0.5.15").status == 404)
        #expect(try get("/acme/cfgc074ad000004.xml", password: "wrong").status == 401)

        // The shared phonebook, in the folder the phone appends `phonebook.xml` to, is readable by every phone.
        #expect(try get("/acme/grandstream/phonebook.xml", ua: Self.gxpUA).status == 200)

        let log = try String(contentsOf: s.log, encoding: .utf8)
        #expect(log.contains("ua_mac=c074ad000004"))
        #expect(log.contains("ua_mac=000b82000005"))
    }
}
