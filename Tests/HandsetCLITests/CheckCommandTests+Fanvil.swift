import Foundation
import HandsetTestSupport
import Testing

/// `handset check` walks a Fanvil phone's boot (`PhoneBoot`: `Fanvil <model> <fw> <mac>`, `<mac>.cfg`) through the
/// generated nginx configuration: the serving tests' two Fanvil phones in one tenant (`NginxServingTests.fanvilFleet`),
/// so each has a neighbour whose file it must not get.
extension CheckCommandTests {
    @Test func fanvilPhonesBootThroughTheServer() throws {
        #expect(NginxServer.available, "HANDSET_REQUIRE_NGINX=1 but nginx is not installed")
        let fleet = try TemporaryFleet(NginxServingTests.fanvilFleet)
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
