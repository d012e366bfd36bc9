import Foundation
import HandsetTestSupport
import Testing

/// Every fleet under examples/ is what the README and docs show: it must validate clean.
struct ExamplesTests {
    /// Every folder of examples/ that is a fleet (examples/gitops holds CI recipes, not a fleet).
    static let examples = Fixtures.folders(in: "examples").filter {
        FileManager.default.fileExists(atPath: Fixtures.packageRoot.appendingPathComponent("examples/\($0)/handset.yaml").path)
    }

    @Test func thereAreExamples() {
        #expect(Self.examples.contains("small-office") && Self.examples.contains("multi-tenant"))
    }

    @Test(arguments: examples)
    func exampleValidatesClean(_ name: String) throws {
        let run = try CommandRun(["validate", "examples/\(name)", "--strict"], in: Fixtures.packageRoot)
        #expect(run.status == 0, "\(run.stdout)")
        #expect(run.stdout.hasPrefix("ok: "), "\(run.stdout)")
    }
}

/// `examples/germany` is issue #12's acceptance fleet: German tones and menus, pickup and voicemail codes, firmware
/// per model, SRTP required over TLS and two NTP servers on a Yealink, two Snoms and an Htek. It builds, and each
/// phone's file carries each of these in its vendor's syntax.
struct GermanFleetTests {
    @Test func everyVendorCarriesEveryService() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("handset-germany-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let build = try CommandRun(["build", "examples/germany", "-o", out.path], environment: BuildCommandTests.environment,
                                   in: Fixtures.packageRoot)
        #expect(build.status == 0, "\(build.stderr)")
        let www = out.appendingPathComponent("current/www/kanzlei")
        func file(_ name: String) -> String {
            (try? String(contentsOf: www.appendingPathComponent(name), encoding: .utf8)) ?? ""
        }
        let yealink = file("001565d00001.cfg")
        for line in ["voice.tone.country = Germany", "lang.gui = German", "account.1.direct_pickup_code = *8",
                     "linekey.2.pickup_value = *8", "voice_mail.number.1 = *97", "account.1.subscribe_mwi = 1",
                     "static.firmware.url = https://fw.example.net/yealink/T54W-96.86.0.100.rom",
                     "account.1.srtp_encryption = 2", "account.1.sip_server.1.transport_type = 2",
                     "local_time.ntp_server1 = ptbtime1.ptb.de", "local_time.ntp_server2 = ptbtime2.ptb.de",
                     "local_time.manual_ntp_srv_prior = 1", "account.1.dtmf.type = 1"] {
            #expect(yealink.contains(line + "\n"), "Yealink lacks \(line)")
        }
        for mac in ["000413D00002", "000413D00003"] {
            let snom = file("\(mac).xml")
            for fragment in [">GER</tone_scheme>", ">Deutsch</language>", ">blf 200|*8</fkey>", "<user_mailbox idx=\"1\" perm=\"R\">*97<",
                             "<user_savp idx=\"1\" perm=\"R\">mandatory<", ";transport=tls</user_outbound>",
                             ">ptbtime1.ptb.de</ntp_server>", ">auto_update</update_policy>", "-firmware-"] {
                #expect(snom.contains(fragment), "Snom \(mac) lacks \(fragment)")
            }
        }
        #expect(file("snomD385-firmware-c600cdd1.xml").contains(">https://fw.example.net/snom/snomD385-10.1.175.0.bin</firmware>"))
        let htek = file("cfg001fc1d00004.xml")
        for fragment in [">11</P20058>", "\"Preference.LcdLanguage\">2<", ">*8</P4705>", ">*8</P41601>", ">*97</P33>",
                         "\"Profile1_SubscribeForMWI\">1<", ">https://fw.example.net/htek/uc924-2.42.6.3.rom?</P192>",
                         "\"FirmwareUpGrade.UrgrateMode\">3<", "\"Profile1_SRtpMode\">2<", "\"Profile1_SipTransport\">2<",
                         ">ptbtime1.ptb.de</P30>", ">ptbtime2.ptb.de</P8622>", "\"DHCPOverrideNTP\">0<"] {
            #expect(htek.contains(fragment), "Htek lacks \(fragment)")
        }
    }
}
