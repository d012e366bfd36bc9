import Foundation
import HandsetTestSupport
import Testing

/// `handset resync` through a real Kamailio (registrar, 127.0.0.1) to a real baresip registered to it as two of the
/// phones. baresip prints every SIP message it receives (`-s`), so the test reads the NOTIFY as it arrived. Skipped
/// with a visible reason where kamailio or baresip is missing; `.ci/run` installs both and sets
/// HANDSET_REQUIRE_SIP=1, so there it cannot be.
@Suite(.serialized, .enabled(if: SIPLab.available || SIPLab.required, "kamailio or baresip is not installed (apt-get install kamailio baresip)"))
struct ResyncSIPTests {
    static let environment = ["HANDSET_MASTER_KEY": "test-only-master-key-0123456789abcdefghij", "ACME_PROV": "test-acme-prov"]

    static let fleet = ["handset.yaml": """
        handset: 1
        provisioning: {url: https://prov.example.net}
        defaults: {language: en, timezone: Europe/Berlin}
        tenants:
          - tenant: acme
            sip: {server: pbx.acme.example.net}
            provisioning: {username: acme, password: "${env:ACME_PROV}"}
            extensions: [{number: "100", password: derived}, {number: "101", password: derived}, {number: "102", password: derived}]
            devices:
              - {mac: 00:15:65:00:00:01, model: yealink/t54w, lines: ["100"]}
              - {mac: 00:15:65:00:00:02, model: yealink/t54w, lines: ["101"]}
              - {mac: 00:04:13:00:00:03, model: snom/d785, lines: ["102"]}
        """]

    /// The fleet above, built once into `out` inside its folder; the build must end with the next commands.
    static func built() throws -> (TemporaryFleet, URL) {
        let fleet = try TemporaryFleet(fleet)
        let out = fleet.root.appendingPathComponent("out")
        let build = try CommandRun(["build", fleet.root.path, "-o", out.path, "--access-log", fleet.root.appendingPathComponent("a.log").path],
                                   environment: environment)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stdout.contains("next: `handset check https://<server> -o \(out.path)` (what each phone gets), then `handset resync -o \(out.path)`"))
        return (fleet, out)
    }

    @Test func theNotifyReachesTheRegisteredPhoneThroughKamailio() throws {
        #expect(SIPLab.available, "HANDSET_REQUIRE_SIP=1 but kamailio or baresip is not installed")
        let (fleet, out) = try ResyncSIPTests.built()
        defer { fleet.remove() }
        // Extensions 100 and 102 are registered; 101 is not.
        let lab = try SIPLab(users: ["100", "102"])
        defer { lab.stop() }
        let run = try CommandRun(["resync", fleet.root.path, "-o", out.path, "--all", "--via", "sip:127.0.0.1:\(lab.registrarPort)",
                                  "--timeout", "3"], environment: Self.environment)
        #expect(lab.wait(seconds: 3) { $0.contains("Event: check-sync;reboot=false") })
        let seen = lab.phoneOutput
        // Kamailio relayed each NOTIFY to baresip's registered contact (its Request-URI is rewritten to it).
        #expect(seen.contains("NOTIFY sip:100-"), "\(seen)")
        #expect(seen.contains("To: <sip:100@pbx.acme.example.net>"))
        #expect(seen.contains("Event: check-sync\r\n"))
        #expect(seen.contains("NOTIFY sip:102-"))
        #expect(seen.contains("To: <sip:102@pbx.acme.example.net>"))
        #expect(seen.contains("Event: check-sync;reboot=false\r\n"), "Snom is asked for a resync without reboot")
        #expect(!seen.contains("sip:101@"))
        // baresip is no phone: it answers an out-of-dialog NOTIFY with 481, and resync reports that answer. The
        // unregistered account gets Kamailio's 404.
        #expect(run.status == 1)
        #expect(run.stdout.contains("failed: acme 001565000001: 481 Subscription Does Not Exist"), "\(run.stdout)")
        #expect(run.stdout.contains("not-registered: acme 001565000002: 404 Not Found"))
        #expect(run.stdout.contains("failed: acme 000413000003: 481 Subscription Does Not Exist"))
        #expect(run.stdout.contains("3 phones resynced: 1 not-registered, 2 failed"))

        let reboot = try CommandRun(["resync", fleet.root.path, "-o", out.path, "--all", "--mac", "00:15:65:00:00:01", "--reboot",
                                     "--via", "sip:127.0.0.1:\(lab.registrarPort)", "--timeout", "3"], environment: Self.environment)
        #expect(reboot.stdout.contains("1 phone rebooted"), "\(reboot.stdout)")
        #expect(lab.wait(seconds: 3) { $0.contains("Event: check-sync;reboot=true\r\n") })
    }
}

/// The SIP outcomes Kamailio and baresip cannot show: a phone that accepts (200), and no answer (timeout, after
/// RFC 3261 retransmissions). An in-test UDP peer plays the phone; no program needs installing.
struct ResyncOutcomeTests {
    @Test func aPhoneThatAccepts() throws {
        let (fleet, out) = try ResyncSIPTests.built()
        defer { fleet.remove() }
        let phone = try UDPResponder(status: "200 OK")
        defer { phone.close() }
        let run = try CommandRun(["resync", fleet.root.path, "-o", out.path, "--all", "--via", "sip:127.0.0.1:\(phone.port)", "--rate", "100"],
                                 environment: ResyncSIPTests.environment)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("3 phones resynced: 3 delivered"))
        #expect(phone.received.count == 3)
        let first = phone.received.first ?? ""
        #expect(first.hasPrefix("NOTIFY sip:"))
        #expect(first.contains("Subscription-State: terminated\r\n"))
        #expect(first.contains("Max-Forwards: 70\r\n"))
    }

    @Test func aSilentPeerTimesOutAfterRetransmissions() throws {
        let (fleet, out) = try ResyncSIPTests.built()
        defer { fleet.remove() }
        let silent = try UDPResponder(status: nil)
        defer { silent.close() }
        let run = try CommandRun(["resync", fleet.root.path, "-o", out.path, "--mac", "00:15:65:00:00:01", "--all",
                                  "--via", "sip:127.0.0.1:\(silent.port)", "--timeout", "1.6", "--format", "json"],
                                 environment: ResyncSIPTests.environment)
        #expect(run.status == 1)
        #expect(run.stdout.contains("\"status\" : \"timeout\""), "\(run.stdout)")
        // Sent at 0, then retransmitted at 0.5 s and 1.5 s (500 ms doubling) before the 1.6 s limit.
        #expect(silent.received.count == 3, "\(silent.received.count)")
        #expect(Set(silent.received).count == 1, "a retransmission is the same request, byte for byte")
    }

    @Test func dryRunPrintsAndSendsNothing() throws {
        let (fleet, out) = try ResyncSIPTests.built()
        defer { fleet.remove() }
        let silent = try UDPResponder(status: nil)
        defer { silent.close() }
        let run = try CommandRun(["resync", fleet.root.path, "-o", out.path, "--dry-run", "--via", "sip:127.0.0.1:\(silent.port)"],
                                 environment: ResyncSIPTests.environment)
        #expect(run.status == 0)
        // One release only: every phone is new, so every phone changed.
        #expect(run.stdout.contains("would send acme 000413000003: NOTIFY sip:102@pbx.acme.example.net Event: check-sync;reboot=false via sip:127.0.0.1:\(silent.port)"), "\(run.stdout)")
        #expect(run.stdout.contains("3 phones to resync (dry run: nothing sent)"))
        usleep(200_000)
        #expect(silent.received.isEmpty)
        let bad = try CommandRun(["resync", fleet.root.path, "-o", out.path, "--via", "http://x"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("expected sip:HOST[:PORT], ami://USER@HOST[:PORT] or esl://HOST[:PORT][/PROFILE]"))
    }
}
