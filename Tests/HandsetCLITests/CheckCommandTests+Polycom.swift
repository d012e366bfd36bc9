import Foundation
import HandsetTestSupport
import Testing

/// `handset check` on Poly phones: it cannot present a phone's device certificate, so it expects the per-phone file to
/// be refused (the binding at work) and the shared files served; with the binding switched off it says the file is
/// unprotected.
extension CheckCommandTests {
    @Test func polycomPerPhoneFilesMustBeRefusedWithoutTheCertificate() throws {
        #expect(NginxServer.available, "HANDSET_REQUIRE_NGINX=1 but nginx is not installed")
        let fleet = try TemporaryFleet(NginxServingTests.polycomFleet)
        defer { fleet.remove() }
        let s = Setup(fleet: fleet, out: fleet.root.appendingPathComponent("out"))
        try s.build()
        do {
            let nginx = try NginxServer(output: s.out)
            defer { nginx.stop() }
            let report = try s.report(nginx)
            #expect(report.status == 0)
            #expect(report.devices["0004f2000011"]?.status == "ok", "\(String(describing: report.devices["0004f2000011"]))")
            #expect(report.devices["64167f000012"]?.status == "ok")
        }
        let http = s.out.appendingPathComponent("current/nginx/http.conf")
        let conf = try String(contentsOf: http, encoding: .utf8)
        #expect(conf.contains("$handset_cert_denied {\n    default 1;"))
        try Data(conf.replacingOccurrences(of: "$handset_cert_denied {\n    default 1;", with: "$handset_cert_denied {\n    default 0;").utf8).write(to: http)
        let nginx = try NginxServer(output: s.out)
        defer { nginx.stop() }
        let report = try s.report(nginx)
        #expect(report.status == 1)
        #expect(report.devices["0004f2000011"]?.findings == ["unprotected 0004f2000011-user.cfg"])
        #expect(report.devices["64167f000012"]?.findings == ["unprotected 64167f000012-user.cfg", "unprotected 64167f000012-directory.xml"])
    }
}
