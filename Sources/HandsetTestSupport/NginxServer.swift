import Foundation

/// A real nginx on 127.0.0.1 and a free port, configured with a build's two include files, for serving tests.
/// Tests that need it are skipped with a visible reason where nginx is missing, unless HANDSET_REQUIRE_NGINX=1.
public final class NginxServer: @unchecked Sendable {
    public static let binary: String? = ["/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }
    public static var available: Bool { binary != nil }
    public static var required: Bool { ProcessInfo.processInfo.environment["HANDSET_REQUIRE_NGINX"] == "1" }

    public let port: UInt16
    public let prefix: URL
    private let process = Process()

    /// What a TLS listener needs: its certificate and key, and the CA file client certificates are verified against.
    public struct TLS: Sendable {
        public var certificate: String
        public var key: String
        public var clientCA: String

        public init(certificate: String, key: String, clientCA: String) {
            self.certificate = certificate
            self.key = key
            self.clientCA = clientCA
        }
    }

    /// Writes an nginx.conf that includes `out/current/nginx/{http,server}.conf` and starts nginx in the foreground;
    /// with `tls`, the listener speaks TLS and asks for client certificates as the serving page tells operators to.
    public init(output: URL, tls: TLS? = nil) throws {
        prefix = FileManager.default.temporaryDirectory.appendingPathComponent("handset-nginx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: prefix.appendingPathComponent("logs"), withIntermediateDirectories: true)
        port = try Self.freePort()
        try Data(Self.config(output: output.path, prefix: prefix.path, port: port, tls: tls).utf8)
            .write(to: prefix.appendingPathComponent("nginx.conf"))
        process.executableURL = URL(fileURLWithPath: Self.binary ?? "/usr/sbin/nginx")
        process.arguments = ["-p", prefix.path, "-c", prefix.appendingPathComponent("nginx.conf").path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        try waitUntilListening()
    }

    deinit { stop() }

    public func stop() {
        guard process.isRunning else { return }
        process.terminate()
        process.waitUntilExit()
    }

    /// `nginx -t` on the same configuration: status and output.
    public static func test(output: URL) throws -> (status: Int32, output: String) {
        let prefix = FileManager.default.temporaryDirectory.appendingPathComponent("handset-nginx-t-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: prefix.appendingPathComponent("logs"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: prefix) }
        try Data(config(output: output.path, prefix: prefix.path, port: try freePort()).utf8).write(to: prefix.appendingPathComponent("nginx.conf"))
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary ?? "/usr/sbin/nginx")
        p.arguments = ["-t", "-p", prefix.path, "-c", prefix.appendingPathComponent("nginx.conf").path]
        let pipe = Pipe()
        p.standardError = pipe
        p.standardOutput = pipe
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static func config(output: String, prefix: String, port: UInt16, tls: TLS? = nil) -> String {
        // Running as root (CI), workers must read files of mode 0640 owned by root: run them as root too.
        let user = getuid() == 0 ? "user root;\n" : ""
        // The serving page's lines for Poly's device certificates.
        let listen = tls.map { tls in
            """
            listen 127.0.0.1:\(port) ssl;
                    ssl_certificate \(tls.certificate);
                    ssl_certificate_key \(tls.key);
                    ssl_verify_client optional_no_ca;
                    ssl_client_certificate \(tls.clientCA);
                    ssl_verify_depth 2;
            """
        } ?? "listen 127.0.0.1:\(port);"
        return """
            \(user)daemon off;
            master_process on;
            worker_processes 1;
            pid \(prefix)/nginx.pid;
            error_log \(prefix)/logs/error.log warn;
            events { worker_connections 256; }
            http {
                access_log off;
                client_body_temp_path \(prefix)/client_body;
                proxy_temp_path \(prefix)/proxy;
                fastcgi_temp_path \(prefix)/fastcgi;
                uwsgi_temp_path \(prefix)/uwsgi;
                scgi_temp_path \(prefix)/scgi;
                include "\(output)/current/nginx/http.conf";
                server {
                    \(listen)
                    include "\(output)/current/nginx/server.conf";
                }
            }
            """
    }

    static func freePort() throws -> UInt16 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard bound else { throw HTTPProbe.Failure(reason: "no free port") }
        return UInt16(bigEndian: address.sin_port)
    }

    private func waitUntilListening() throws {
        for _ in 0..<100 {
            if (try? HTTPProbe.get(port: port, path: "/")) != nil { return }
            guard process.isRunning else { break }
            usleep(50_000)
        }
        let log = (try? String(contentsOf: prefix.appendingPathComponent("logs/error.log"), encoding: .utf8)) ?? ""
        throw HTTPProbe.Failure(reason: "nginx did not start: \(log)")
    }
}
