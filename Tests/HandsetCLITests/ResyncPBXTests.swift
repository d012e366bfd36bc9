import Foundation
import HandsetTestSupport
import Testing

/// `resync --via ami://` and `--via esl://` against in-test peers that follow each protocol as documented (no
/// Asterisk or FreeSWITCH can be installed here). Sources of the exchanges:
/// - AMI: docs.asterisk.org, "AMI Actions: PJSIPNotify" (Asterisk 18, 20, 21, 22; `Action: PJSIPNotify`, `ActionID`,
///   `Endpoint`, `Variable: name=value`); the login exchange as AMI transcripts show it (`Asterisk Call
///   Manager/5.0.3` banner, `Response: Success` / `Message: Authentication accepted`, a `FullyBooted` event after it;
///   a failed login answers `Response: Error`, `Message: Authentication failed`).
/// - ESL: developer.signalwire.com, "The Inbound Event Socket" and "mod_event_socket" (`Content-Type: auth/request`,
///   `auth <password>`, `command/reply` with `Reply-Text: +OK accepted` or `-ERR invalid`, `api` answered by
///   `api/response` with `Content-Length`); mod_sofia's usage text for `check_sync` and `flush_inbound_reg … reboot`.
struct ResyncPBXTests {
    /// Asterisk as documented: login with secret "test-ami-secret"; endpoint 101 does not exist.
    static func asterisk() throws -> TextPeer {
        try TextPeer(greeting: "Asterisk Call Manager/5.0.3\r\n", terminator: "\r\n\r\n") { request in
            func field(_ name: String) -> String? {
                request.components(separatedBy: "\r\n").first { $0.hasPrefix(name + ": ") }.map { String($0.dropFirst(name.count + 2)) }
            }
            let id = field("ActionID") ?? ""
            switch field("Action") {
            case "Login":
                guard field("Secret") == "test-ami-secret" else {
                    return "Response: Error\r\nActionID: \(id)\r\nMessage: Authentication failed\r\n\r\n"
                }
                return "Response: Success\r\nActionID: \(id)\r\nMessage: Authentication accepted\r\n\r\n"
                    + "Event: FullyBooted\r\nPrivilege: system,all\r\nStatus: Fully Booted\r\n\r\n"
            case "PJSIPNotify":
                guard field("Endpoint") != "101" else {
                    return "Response: Error\r\nActionID: \(id)\r\nMessage: Unable to retrieve endpoint 101\r\n\r\n"
                }
                return "Response: Success\r\nActionID: \(id)\r\nMessage: NOTIFY sent\r\n\r\n"
            case "Logoff":
                return nil
            default:
                return "Response: Error\r\nActionID: \(id)\r\nMessage: Invalid/unknown command\r\n\r\n"
            }
        }
    }

    @Test func amiSendsOnePJSIPNotifyPerPhone() throws {
        let (fleet, out) = try ResyncSIPTests.built()
        defer { fleet.remove() }
        let pbx = try Self.asterisk()
        defer { pbx.close() }
        let run = try CommandRun(["resync", fleet.root.path, "-o", out.path, "--all", "--via", "ami://handset@127.0.0.1:\(pbx.port)",
                                  "--via-secret", "env:AMI_SECRET", "--rate", "100"],
                                 environment: ResyncSIPTests.environment.merging(["AMI_SECRET": "test-ami-secret"]) { $1 })
        #expect(run.status == 1)
        #expect(run.stdout.contains("delivered: acme 001565000001: AMI Success: NOTIFY sent"), "\(run.stdout)")
        #expect(run.stdout.contains("failed: acme 001565000002: AMI Error: Unable to retrieve endpoint 101"))
        #expect(run.stdout.contains("3 phones resynced: 2 delivered, 1 failed"))
        #expect(!run.stdout.contains("test-ami-secret") && !run.stderr.contains("test-ami-secret"))
        usleep(100_000)
        #expect(pbx.transcript == [
            "S: Asterisk Call Manager/5.0.3\r\n",
            "C: Action: Login\r\nActionID: handset-login\r\nUsername: handset\r\nSecret: test-ami-secret\r\nEvents: off\r\n\r\n",
            "S: Response: Success\r\nActionID: handset-login\r\nMessage: Authentication accepted\r\n\r\nEvent: FullyBooted\r\nPrivilege: system,all\r\nStatus: Fully Booted\r\n\r\n",
            "C: Action: PJSIPNotify\r\nActionID: handset-1\r\nEndpoint: 102\r\nVariable: Event=check-sync;reboot=false\r\n\r\n",
            "S: Response: Success\r\nActionID: handset-1\r\nMessage: NOTIFY sent\r\n\r\n",
            "C: Action: PJSIPNotify\r\nActionID: handset-2\r\nEndpoint: 100\r\nVariable: Event=check-sync\r\n\r\n",
            "S: Response: Success\r\nActionID: handset-2\r\nMessage: NOTIFY sent\r\n\r\n",
            "C: Action: PJSIPNotify\r\nActionID: handset-3\r\nEndpoint: 101\r\nVariable: Event=check-sync\r\n\r\n",
            "S: Response: Error\r\nActionID: handset-3\r\nMessage: Unable to retrieve endpoint 101\r\n\r\n",
            "C: Action: Logoff\r\nActionID: handset-logoff\r\n\r\n",
        ])
    }

    @Test func amiWithAWrongSecretFailsEveryPhone() throws {
        let (fleet, out) = try ResyncSIPTests.built()
        defer { fleet.remove() }
        let pbx = try Self.asterisk()
        defer { pbx.close() }
        let run = try CommandRun(["resync", fleet.root.path, "-o", out.path, "--all", "--via", "ami://handset@127.0.0.1:\(pbx.port)",
                                  "--via-secret", "env:AMI_SECRET"],
                                 environment: ResyncSIPTests.environment.merging(["AMI_SECRET": "wrong"]) { $1 })
        #expect(run.status == 1)
        #expect(run.stdout.contains("3 phones resynced: 3 failed"), "\(run.stdout)")
        #expect(run.stdout.contains("AMI login refused: Authentication failed"))
    }

    /// FreeSWITCH as documented: password "test-esl-password"; profile "internal".
    static func freeswitch() throws -> TextPeer {
        try TextPeer(greeting: "Content-Type: auth/request\n\n", terminator: "\n\n") { request in
            if request.hasPrefix("auth ") {
                return request == "auth test-esl-password\n\n"
                    ? "Content-Type: command/reply\nReply-Text: +OK accepted\n\n"
                    : "Content-Type: command/reply\nReply-Text: -ERR invalid\n\n"
            }
            if request.hasPrefix("api sofia profile ") {
                let body = request.hasPrefix("api sofia profile internal ") ? "+OK\n" : "Invalid Profile!\n"
                return "Content-Type: api/response\nContent-Length: \(body.utf8.count)\n\n" + body
            }
            return request == "exit\n\n" ? nil : "Content-Type: command/reply\nReply-Text: -ERR command not found\n\n"
        }
    }

    @Test func eslSendsSofiaCheckSyncAndFlushWithRebootPerPhone() throws {
        let (fleet, out) = try ResyncSIPTests.built()
        defer { fleet.remove() }
        let pbx = try Self.freeswitch()
        defer { pbx.close() }
        let run = try CommandRun(["resync", fleet.root.path, "-o", out.path, "--all", "--mac", "00:15:65:00:00:01",
                                  "--via", "esl://127.0.0.1:\(pbx.port)", "--via-secret", "env:ESL_PASSWORD"],
                                 environment: ResyncSIPTests.environment.merging(["ESL_PASSWORD": "test-esl-password"]) { $1 })
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("delivered: acme 001565000001: ESL: +OK"))
        usleep(100_000)
        #expect(pbx.transcript == [
            "S: Content-Type: auth/request\n\n",
            "C: auth test-esl-password\n\n",
            "S: Content-Type: command/reply\nReply-Text: +OK accepted\n\n",
            "C: api sofia profile internal check_sync 100@pbx.acme.example.net\n\n",
            "S: Content-Type: api/response\nContent-Length: 4\n\n+OK\n",
            "C: exit\n\n",
        ])

        let other = try Self.freeswitch()
        defer { other.close() }
        let reboot = try CommandRun(["resync", fleet.root.path, "-o", out.path, "--all", "--mac", "00:15:65:00:00:01", "--reboot",
                                     "--via", "esl://127.0.0.1:\(other.port)/external", "--via-secret", "env:ESL_PASSWORD"],
                                    environment: ResyncSIPTests.environment.merging(["ESL_PASSWORD": "test-esl-password"]) { $1 })
        #expect(reboot.status == 1)
        #expect(reboot.stdout.contains("failed: acme 001565000001: ESL: Invalid Profile!"), "\(reboot.stdout)")
        usleep(100_000)
        #expect(other.transcript.contains("C: api sofia profile external flush_inbound_reg 100@pbx.acme.example.net reboot\n\n"))
    }
}
