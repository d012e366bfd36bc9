import Foundation
import HandsetTestSupport
import Testing

/// Issue #17's "done when": one tenant with a phone of each of the seven vendors validates, builds, and is served
/// through the generated nginx configuration as each phone boots (`handset check` replays every vendor's boot
/// order with its User-Agent against a real nginx and compares every byte with the release).
extension CheckCommandTests {
    static let sevenVendorFleet = ["handset.yaml": """
        handset: 1
        provisioning: {url: https://prov.example.net}
        defaults: {language: en, timezone: Europe/Berlin}
        tenants:
          - tenant: acme
            sip: {server: pbx.acme.example.net}
            provisioning: {username: acme, password: "${env:ACME_PROV}"}
            extensions: [{number: "100", password: derived}, {number: "101", password: derived},
                         {number: "102", password: derived}, {number: "103", password: derived},
                         {number: "104", password: derived}, {number: "105", password: derived},
                         {number: "106", password: derived}]
            contacts: [{name: Bob Builder, numbers: {work: "+49 30 1234567"}}]
            devices:
              - {mac: 00:15:65:00:07:01, model: yealink/t54w, lines: ["100"], keys: [line, {blf: "101"}]}
              - {mac: 00:04:13:00:07:02, model: snom/d785, lines: ["101"], keys: [line, {blf: "100"}]}
              - {mac: 00:1f:c1:00:07:03, model: htek/uc926, lines: ["102"], keys: [line, {blf: "100"}]}
              - {mac: c0:74:ad:00:07:04, model: grandstream/grp2614, lines: ["103"], keys: [line, {blf: "100"}]}
              - {mac: 0c:38:3e:00:07:05, model: fanvil/x6u, lines: ["104"], keys: [line, {blf: "100"}]}
              - {mac: 00:04:f2:00:07:06, model: polycom/vvx411, lines: ["105"], keys: [line, {blf: "100"}]}
              - {mac: dc:f7:19:00:07:07, model: cisco/8851, lines: ["106"], keys: [line, {blf: "100"}]}
        """]

    @Test func onePhoneOfEachOfTheSevenVendorsValidatesBuildsAndIsServed() throws {
        #expect(NginxServer.available, "HANDSET_REQUIRE_NGINX=1 but nginx is not installed")
        let fleet = try TemporaryFleet(Self.sevenVendorFleet)
        defer { fleet.remove() }
        let validate = try CommandRun(["validate", fleet.root.path], environment: Self.environment)
        #expect(validate.status == 0, "\(validate.stdout)\(validate.stderr)")
        #expect(validate.stdout.contains("7 devices"), "\(validate.stdout)")
        let s = Setup(fleet: fleet, out: fleet.root.appendingPathComponent("out"))
        try s.build()
        let files = Set(FileManager.default.subpaths(atPath: s.www.appendingPathComponent("acme").resolvingSymlinksInPath().path) ?? [])
        // Each vendor's own per-MAC file (the name its boot order asks for) is in the release.
        for name in ["001565000701.cfg", "000413000702.xml", "cfg001fc1000703.xml", "cfgc074ad000704.xml",
                     "0c383e000705.cfg", "0004f2000706-user.cfg", "dcf719000707.xml"] {
            #expect(files.contains(name), "\(name) not built; files: \(files.sorted())")
        }
        let nginx = try NginxServer(output: s.out)
        defer { nginx.stop() }
        let report = try s.report(nginx)
        #expect(report.status == 0)
        #expect(report.devices.count == 7)
        for (mac, device) in report.devices {
            #expect(device.status == "ok", "\(mac): \(device.findings)")
        }
    }
}
