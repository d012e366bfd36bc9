import Foundation
import HandsetTestSupport
import Testing

/// The request matrix for Poly phones on the real nginx. Poly's User-Agent names no MAC
/// (`FileTransport PolycomVVX-VVX_411-UA/6.4.6.2453 Type/Application`, Wazo `plugins/wazo_polycom/common/common.py`
/// `_UA_REGEX`), so the per-phone files are bound to the phone's TLS client certificate instead: Poly's factory device
/// certificate, named after the MAC. Here a test CA made with openssl (root and intermediate) stands in for Poly's; the
/// listener carries the serving page's three lines (`ssl_verify_client optional_no_ca`, `ssl_client_certificate`,
/// `ssl_verify_depth 2`).
extension NginxServingTests {
    static let polycomFleet: [String: String] = ["handset.yaml": """
        handset: 1
        provisioning: {url: https://prov.example.net}
        tenants:
          - tenant: acme
            sip: {server: pbx.acme.example.net}
            provisioning: {username: acme, password: "${env:ACME_PROV}", trusted_networks: [127.0.0.0/8]}
            extensions: [{number: "100", password: derived}, {number: "101", password: derived}, {number: "102", password: derived}]
            contacts: [{name: Bob Builder, numbers: {work: "+49 30 1234567"}}]
            devices:
              - {mac: 00:04:f2:00:00:11, model: polycom/vvx411, lines: ["100"]}
              - {mac: 64:16:7f:00:00:12, model: polycom/vvx250, lines: ["101"], phonebook: false}
              - {mac: 00:15:65:00:00:13, model: yealink/t54w, lines: ["102"]}
        """]

    static let polyUA = "FileTransport PolycomVVX-VVX_411-UA/6.4.6.2453 Type/Application"

    @Test(.enabled(if: TestCA.available && TLSProbe.available, "openssl and curl are needed (apt-get install openssl curl)"))
    func polycomFilesAreBoundToTheDeviceCertificate() throws {
        #expect(NginxServer.available, "HANDSET_REQUIRE_NGINX=1 but nginx is not installed")
        let fleet = try TemporaryFleet(Self.polycomFleet)
        let s = Setup(fleet: fleet, out: fleet.root.appendingPathComponent("out"), log: fleet.root.appendingPathComponent("access.log"))
        defer { s.remove() }
        let run = try s.build()
        #expect(run.status == 0, "\(run.stderr)")

        let poly = try TestCA(name: "Test Poly")
        let foreign = try TestCA(name: "Foreign")
        defer { poly.remove(); foreign.remove() }
        let phone1 = try poly.client("phone1", subject: "/O=Polycom Inc./CN=0004f2000011")
        // Upper case with colons: the binding takes either spelling of the MAC.
        let phone2 = try poly.client("phone2", subject: "/O=Polycom Inc./CN=64:16:7F:00:00:12")
        let forged = try foreign.client("forged", subject: "/O=Polycom Inc./CN=0004f2000011")
        let server = try poly.server()
        let nginx = try NginxServer(output: s.out, tls: .init(certificate: server.certificate, key: server.key, clientCA: poly.chainFile))
        defer { nginx.stop() }
        func get(_ path: String, _ client: (certificate: String, key: String)?, ua: String = Self.polyUA,
                 password: String = "test-acme-prov") throws -> HTTPProbe.Response {
            try TLSProbe.get(port: nginx.port, path: path, trusting: poly.rootFile, client: client, user: "acme",
                             password: password, userAgent: ua)
        }
        func file(_ name: String) throws -> [UInt8] {
            Array(try Data(contentsOf: s.out.appendingPathComponent("current/www/acme/" + name)))
        }

        // Boot order: no per-MAC master (404, the phone moves on), the shared master, then CONFIG_FILES left to right,
        // then the directory (the phone's own when it has one, else the shared default).
        #expect(try get("/acme/0004f2000011.cfg", phone1).status == 404)
        let master = try get("/acme/000000000000.cfg", nil)
        let masterFile = try file("000000000000.cfg")
        #expect(master.status == 200 && master.body == masterFile)
        let own = try get("/acme/0004f2000011-user.cfg", phone1)
        #expect(own.status == 200)
        let ownFile = try file("0004f2000011-user.cfg")
        #expect(own.body == ownFile)
        #expect(try get("/acme/polycom-common.cfg", nil).status == 200)
        #expect(try get("/acme/0004f2000011-directory.xml", phone1).status == 404)
        #expect(try get("/acme/000000000000-directory.xml", nil).status == 200)
        #expect(try get("/acme/64167f000012-user.cfg", phone2).status == 200)
        #expect(try get("/acme/64167f000012-directory.xml", phone2).status == 200)

        // Refusals: the same 404 as a missing file, for a client that knows the tenant's password.
        let missing = try get("/acme/0004f2000099-user.cfg", phone1)
        #expect(missing.status == 404)
        #expect(try get("/acme/0004f2000011-user.cfg", nil) == missing, "no certificate")
        #expect(try get("/acme/0004f2000011-user.cfg", phone2) == missing, "another phone's certificate")
        #expect(try get("/acme/0004f2000011-user.cfg", forged) == missing, "the right name from another CA")
        #expect(try get("/acme/64167f000012-directory.xml", phone1) == missing)
        // A User-Agent naming the MAC proves nothing for Poly files.
        #expect(try get("/acme/0004f2000011-user.cfg", nil, ua: Self.polyUA + " 00:04:f2:00:00:11") == missing)
        #expect(try get("/acme/0004f2000011-user.cfg", phone1, password: "wrong").status == 401)

        // The phone's uploads (logs, its own overrides) are not stored: nothing is writable.
        func put(_ path: String) throws -> Int {
            try TLSProbe.get(port: nginx.port, path: path, trusting: poly.rootFile, client: phone1, user: "acme",
                             password: "test-acme-prov", userAgent: Self.polyUA, method: "PUT", upload: "log line").status
        }
        #expect(try put("/acme/0004f2000011-app.log") == 404)
        #expect(try put("/acme/0004f2000011-user.cfg") == 405)
        #expect(try file("0004f2000011-user.cfg") == ownFile)

        // Other vendors keep their User-Agent binding on the same TLS listener, also when they send a certificate of
        // another CA (optional_no_ca lets the request through unverified).
        let yealink = "Yealink SIP-T54W 96.86.0.100 00:15:65:00:00:13"
        #expect(try get("/acme/001565000013.cfg", nil, ua: yealink).status == 200)
        #expect(try get("/acme/001565000013.cfg", forged, ua: yealink).status == 200)
        #expect(try get("/acme/001565000013.cfg", phone1, ua: Self.polyUA) == missing)

        let log = try String(contentsOf: s.log, encoding: .utf8)
        #expect(log.contains("cert_mac=0004f2000011"))
        #expect(log.contains("cert_mac=64167F000012"), "the MAC as the certificate spells it")
    }

    /// Without the server block's client-certificate lines nothing is verified, and every Poly per-phone file is refused
    /// while the shared files are served: the binding fails closed.
    @Test func polycomFilesFailClosedWithoutClientCertificates() throws {
        #expect(NginxServer.available, "HANDSET_REQUIRE_NGINX=1 but nginx is not installed")
        let fleet = try TemporaryFleet(Self.polycomFleet)
        let s = Setup(fleet: fleet, out: fleet.root.appendingPathComponent("out"), log: fleet.root.appendingPathComponent("access.log"))
        defer { s.remove() }
        #expect(try s.build().status == 0)
        let nginx = try NginxServer(output: s.out)
        defer { nginx.stop() }
        func get(_ path: String, ua: String = Self.polyUA) throws -> HTTPProbe.Response {
            try HTTPProbe.get(port: nginx.port, path: path, user: "acme", password: "test-acme-prov", userAgent: ua)
        }
        #expect(try get("/acme/000000000000.cfg").status == 200)
        #expect(try get("/acme/polycom-common.cfg").status == 200)
        #expect(try get("/acme/000000000000-directory.xml").status == 200)
        #expect(try get("/acme/0004f2000011-user.cfg").status == 404)
        #expect(try get("/acme/0004f2000011-user.cfg", ua: "Yealink SIP-T54W 96.86.0.100 00:04:f2:00:00:11").status == 404)
        #expect(try get("/acme/001565000013.cfg", ua: "Yealink SIP-T54W 96.86.0.100 00:15:65:00:00:13").status == 200)
    }
}
