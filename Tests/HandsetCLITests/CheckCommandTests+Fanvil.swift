import Foundation
import HandsetTestSupport
import Testing

/// `handset check` walks a Fanvil phone's boot (`PhoneBoot`: `Fanvil <model> <fw> <mac>`, `<mac>.cfg`) through the
/// generated nginx configuration: two Fanvil phones in one tenant, so each has a neighbour whose file it must not get.
extension CheckCommandTests {
    static let fanvilFleet = ["handset.yaml": """
        handset: 1
        provisioning: {url: https://prov.example.net}
        tenants:
          - tenant: acme
            sip: {server: pbx.acme.example.net}
            provisioning: {username: acme, password: "${env:ACME_PROV}", trusted_networks: [127.0.0.0/8]}
            extensions: [{number: "100", password: derived}, {number: "101", password: derived}]
            devices:
              - {mac: 0c:38:3e:00:00:31, model: fanvil/x4u, lines: ["100"]}
              - {mac: 0c:38:3e:00:00:32, model: fanvil/x6u-pro, lines: ["101"]}
        """]

    @Test func fanvilPhonesBootThroughTheServer() throws {
        #expect(NginxServer.available, "HANDSET_REQUIRE_NGINX=1 but nginx is not installed")
        let fleet = try TemporaryFleet(Self.fanvilFleet)
        defer { fleet.remove() }
        let s = Setup(fleet: fleet, out: fleet.root.appendingPathComponent("out"))
        try s.build()
        let nginx = try NginxServer(output: s.out)
        defer { nginx.stop() }
        let report = try s.report(nginx)
        #expect(report.status == 0)
        #expect(report.devices.count == 2)
        for (mac, device) in report.devices {
            #expect(device.status == "ok", "\(mac): \(device.findings)")
        }
        let run = try s.check(nginx)
        #expect(run.stdout.contains("checked 2 phones of release"), "\(run.stdout)")
        #expect(run.stdout.contains(": 2 ok\n"), "\(run.stdout)")
    }
}
