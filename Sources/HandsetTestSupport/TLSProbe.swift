import Foundation

/// HTTPS requests through the `curl` command, for serving tests that need TLS client certificates (`HTTPProbe` speaks
/// plain HTTP only). The server certificate is checked against the test CA's root.
public enum TLSProbe {
    public static let binary: String? = ["/usr/bin/curl", "/usr/local/bin/curl"].first { FileManager.default.isExecutableFile(atPath: $0) }
    public static var available: Bool { binary != nil }

    /// GET (or `method`, with `upload` as the body) `path` on 127.0.0.1:`port` over TLS; `client` is a certificate
    /// (chain) and key to present, or none.
    public static func get(port: UInt16, path: String, trusting root: String, client: (certificate: String, key: String)? = nil,
                           user: String? = nil, password: String? = nil, userAgent: String? = nil,
                           method: String = "GET", upload: String? = nil) throws -> HTTPProbe.Response {
        let body = FileManager.default.temporaryDirectory.appendingPathComponent("handset-tls-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: body) }
        var arguments = ["--silent", "--show-error", "--http1.1", "--path-as-is", "--max-time", "5", "--cacert", root,
                         "--output", body.path, "--write-out", "%{http_code}"]
        if let client { arguments += ["--cert", client.certificate, "--key", client.key] }
        if let user, let password { arguments += ["--user", "\(user):\(password)"] }
        arguments += ["--user-agent", userAgent ?? "", "--request", method]
        if let upload { arguments += ["--data-binary", upload] }
        arguments.append("https://127.0.0.1:\(port)\(path)")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary ?? "/usr/bin/curl")
        p.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let code = out.fileHandleForReading.readDataToEndOfFile()
        let problem = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0, let status = Int(String(decoding: code, as: UTF8.self)) else {
            throw HTTPProbe.Failure(reason: "curl \(p.terminationStatus): \(String(decoding: problem, as: UTF8.self))")
        }
        let bytes = (try? Data(contentsOf: body)).map(Array.init) ?? []
        return HTTPProbe.Response(status: status, body: bytes)
    }
}
