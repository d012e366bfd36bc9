import Foundation

/// A real Kamailio (Debian's `kamailio`) as registrar on 127.0.0.1, and a real baresip (Debian's `baresip`)
/// registered to it for some accounts, as the phone. baresip runs with `-s` (SIP trace): every SIP message it
/// receives is printed on its standard output, which is how a test sees a NOTIFY arrive.
/// Skipped with a visible reason where either is missing, unless HANDSET_REQUIRE_SIP=1 (set by `.ci/run`).
public final class SIPLab: @unchecked Sendable {
    public static let kamailio = "/usr/sbin/kamailio"
    public static let baresip = "/usr/bin/baresip"
    public static var available: Bool {
        FileManager.default.isExecutableFile(atPath: kamailio) && FileManager.default.isExecutableFile(atPath: baresip)
    }
    public static var required: Bool { ProcessInfo.processInfo.environment["HANDSET_REQUIRE_SIP"] == "1" }

    public let registrarPort: UInt16
    public let folder: URL
    private var registrar: SpawnedProcess?
    private var phone: SpawnedProcess?

    /// Starts Kamailio, then baresip with one account per user (`sip:<user>@127.0.0.1:<port>`), and waits up to
    /// 10 s until every account is registered.
    public init(users: [String]) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("handset-sip-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("baresip"), withIntermediateDirectories: true)
        registrarPort = try Self.freeUDPPort()
        let phonePort = try Self.freeUDPPort()
        try Data(Self.kamailioConfig(port: registrarPort).utf8).write(to: folder.appendingPathComponent("kamailio.cfg"))
        try Data(Self.baresipConfig(port: phonePort).utf8).write(to: folder.appendingPathComponent("baresip/config"))
        let accounts = users.map { "<sip:\($0)@127.0.0.1:\(registrarPort);transport=udp>;regint=60\n" }.joined()
        try Data(accounts.utf8).write(to: folder.appendingPathComponent("baresip/accounts"))

        registrar = try SpawnedProcess(Self.kamailio, ["-f", folder.appendingPathComponent("kamailio.cfg").path, "-DD", "-E",
                                                       "-Y", folder.path, "-P", folder.appendingPathComponent("kamailio.pid").path,
                                                       "-m", "32", "-M", "4"],
                                       output: folder.appendingPathComponent("kamailio.log"))

        // -t bounds baresip's life even if the test process dies before stopping it.
        phone = try SpawnedProcess(Self.baresip, ["-s", "-t", "120", "-f", folder.appendingPathComponent("baresip").path],
                                   output: folder.appendingPathComponent("baresip.log"))
        guard wait(seconds: 10, until: { $0.components(separatedBy: "200 OK (kamailio").count - 1 >= users.count }) else {
            let log = (try? String(contentsOf: folder.appendingPathComponent("kamailio.log"), encoding: .utf8)) ?? ""
            let output = phoneOutput
            stop()
            throw HTTPProbe.Failure(reason: "baresip did not register \(users) to Kamailio:\n\(output)\n\(log)")
        }
    }

    deinit { stop() }

    /// Everything baresip printed so far (its SIP trace included).
    public var phoneOutput: String {
        (try? String(contentsOf: folder.appendingPathComponent("baresip.log"), encoding: .utf8)) ?? ""
    }

    /// Polls baresip's output until `condition` holds or `seconds` pass.
    public func wait(seconds: Double, until condition: (String) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition(phoneOutput) { return true }
            usleep(50_000)
        }
        return condition(phoneOutput)
    }

    public func stop() {
        phone?.stop()
        registrar?.stop()
        try? FileManager.default.removeItem(at: folder)
    }

    /// Registrar only: REGISTER is saved in memory (usrloc without a database); any other request is routed to the
    /// contact registered for its Request-URI's user, or answered 404 when there is none.
    static func kamailioConfig(port: UInt16) -> String {
        """
        #!KAMAILIO
        debug=1
        log_stderror=yes
        children=1
        listen=udp:127.0.0.1:\(port)
        auto_aliases=no
        loadmodule "tm.so"
        loadmodule "sl.so"
        loadmodule "pv.so"
        loadmodule "maxfwd.so"
        loadmodule "usrloc.so"
        loadmodule "registrar.so"
        modparam("usrloc", "db_mode", 0)
        request_route {
            if (!mf_process_maxfwd_header("10")) { sl_send_reply("483", "Too Many Hops"); exit; }
            if (method == "REGISTER") { save("location"); exit; }
            if (!lookup("location")) { sl_send_reply("404", "Not Found"); exit; }
            t_relay();
        }

        """
    }

    /// Loopback only, SIP and nothing else: no audio or video modules, the account module to read `accounts`.
    static func baresipConfig(port: UInt16) -> String {
        """
        sip_listen 127.0.0.1:\(port)
        module_path /usr/lib/baresip/modules
        module_app account.so

        """
    }

    /// A port free for UDP and TCP on 127.0.0.1, with the next one free for TCP: baresip listens on the port over
    /// UDP and TCP and on the port + 1 for SIP over TLS, and gives up when any of them is taken.
    static func freeUDPPort() throws -> UInt16 {
        for _ in 0..<50 {
            let port = try NginxServer.freePort()
            guard port < 65535, canBind(port, SOCK_DGRAM), canBind(port + 1, SOCK_STREAM) else { continue }
            return port
        }
        throw HTTPProbe.Failure(reason: "no free UDP port")
    }

    private static func canBind(_ port: UInt16, _ type: __socket_type) -> Bool {
        let fd = socket(AF_INET, Int32(type.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = port.bigEndian
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
        }
    }
}
