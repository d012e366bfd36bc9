import Foundation

/// A throwaway certificate authority made with the `openssl` command at test time, in a temporary folder: a root, an
/// intermediate under it (as Poly's device certificates hang under an intermediate of Poly's root), a server
/// certificate for 127.0.0.1, and client certificates with a chosen subject. Nothing of it is kept or committed.
public final class TestCA: @unchecked Sendable {
    public static let binary: String? = ["/usr/bin/openssl", "/usr/local/bin/openssl"].first { FileManager.default.isExecutableFile(atPath: $0) }
    public static var available: Bool { binary != nil }

    public let folder: URL
    private let name: String

    /// Makes the root and the intermediate (EC P-256 keys, valid two days).
    public init(name: String) throws {
        self.name = name
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("handset-ca-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try openssl(["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-days", "2",
                     "-keyout", path("root.key"), "-out", path("root.pem"), "-subj", "/O=\(name)/CN=\(name) Root CA",
                     "-addext", "basicConstraints=critical,CA:true", "-addext", "keyUsage=critical,keyCertSign,cRLSign"])
        try issue("intermediate", subject: "/O=\(name)/CN=\(name) Equipment CA", by: "root",
                  extensions: "basicConstraints=critical,CA:true,pathlen:0\nkeyUsage=critical,keyCertSign,cRLSign\n")
    }

    deinit { remove() }

    public func remove() { try? FileManager.default.removeItem(at: folder) }

    /// Root and intermediate in one PEM file: what the server trusts for client certificates.
    public var chainFile: String { path("chain.pem") }
    public var rootFile: String { path("root.pem") }

    /// A server certificate for 127.0.0.1 signed by the root: `(certificate, key)` paths.
    public func server() throws -> (certificate: String, key: String) {
        try issue("server", subject: "/CN=127.0.0.1", by: "root",
                  extensions: "subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n")
        return (path("server.pem"), path("server.key"))
    }

    /// A client certificate with `subject` (`/O=Polycom/CN=0004f2000001`) signed by the intermediate: `(certificate, key)`
    /// paths; the certificate file holds the intermediate too, as a phone sends its chain.
    public func client(_ label: String, subject: String) throws -> (certificate: String, key: String) {
        try issue("client-" + label, subject: subject, by: "intermediate", extensions: "extendedKeyUsage=clientAuth\n")
        let chain = try Data(contentsOf: URL(fileURLWithPath: path("client-\(label).pem")))
            + Data(contentsOf: URL(fileURLWithPath: path("intermediate.pem")))
        try chain.write(to: URL(fileURLWithPath: path("client-\(label)-chain.pem")))
        return (path("client-\(label)-chain.pem"), path("client-\(label).key"))
    }

    private func issue(_ file: String, subject: String, by issuer: String, extensions: String) throws {
        try Data(extensions.utf8).write(to: URL(fileURLWithPath: path(file + ".ext")))
        try openssl(["req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", path(file + ".key"),
                     "-out", path(file + ".csr"), "-subj", subject])
        try openssl(["x509", "-req", "-in", path(file + ".csr"), "-CA", path(issuer + ".pem"), "-CAkey", path(issuer + ".key"),
                     "-set_serial", String(UInt32.random(in: 1...UInt32.max)), "-days", "2", "-out", path(file + ".pem"),
                     "-extfile", path(file + ".ext")])
        if file == "intermediate" {
            let chain = try Data(contentsOf: URL(fileURLWithPath: path("intermediate.pem")))
                + Data(contentsOf: URL(fileURLWithPath: path("root.pem")))
            try chain.write(to: URL(fileURLWithPath: path("chain.pem")))
        }
    }

    private func path(_ file: String) -> String { folder.appendingPathComponent(file).path }

    private func openssl(_ arguments: [String]) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Self.binary ?? "/usr/bin/openssl")
        p.arguments = arguments
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        try p.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else {
            throw HTTPProbe.Failure(reason: "openssl \(arguments.first ?? ""): \(String(decoding: output, as: UTF8.self))")
        }
    }
}
