import Crypto
import Dispatch
import HandsetCore

/// What the serving side needs, given to `Publisher.publish`: the tenants' credentials and networks, and where
/// nginx should write its provisioning log.
public struct Serving: Sendable {
    public var tenants: [TenantServing]
    public var accessLog: String
    /// The output folder's absolute path as nginx will see it, when the tree is copied elsewhere after the build
    /// (rsync to web servers); nil means where it is built.
    public var servedFrom: String?

    public init(tenants: [TenantServing], accessLog: String = "/var/log/nginx/handset-provisioning.log",
                servedFrom: String? = nil) {
        self.tenants = tenants
        self.accessLog = accessLog
        self.servedFrom = servedFrom
    }
}

/// The nginx folder of one release, rendered in memory: `http.conf`, `server.conf`, `htpasswd/<tenant>`.
struct NginxFiles {
    var files: [(path: String, bytes: [UInt8])]

    /// `reusing` names a release and the tenants whose inputs (which include the provisioning user and password)
    /// are those it was built from: their htpasswd files are taken from it rather than crypted again (0.4 ms a
    /// tenant, 4 s of a 10,000-tenant build or plan that changes one tenant).
    init(_ serving: Serving, root: String, reusing previous: (release: String, tenants: Set<String>)? = nil) throws(PublishError) {
        try NginxConfig.check(root: root, accessLog: serving.accessLog)
        let config = NginxConfig(outputRoot: root, accessLog: serving.accessLog)
        let tenants = serving.tenants.sorted { $0.tenant < $1.tenant }
        files = [("nginx/http.conf", Array(config.httpConf(tenants).utf8)), ("nginx/server.conf", Array(config.serverConf(tenants).utf8)),
                 ("nginx/htpasswd-nobody", Array("# no user: every request outside a tenant's folder gets 401\n".utf8))]
        for tenant in tenants where !PathSafety.isSafeRelativePath(tenant.tenant) {
            throw PublishError(path: tenant.tenant, reason: "tenant id is not a safe file name")
        }
        // In parallel: SHA-512 crypt takes about 0.4 ms a tenant, every build (crypt_r keeps its state per call).
        let lines = ResultSlots<String>(count: tenants.count)
        DispatchQueue.concurrentPerform(iterations: tenants.count) { index in
            let tenant = tenants[index]
            if let previous, previous.tenants.contains(tenant.tenant),
               let bytes = FileSystem.read(previous.release + "/nginx/htpasswd/" + tenant.tenant),
               bytes.starts(with: Array((tenant.username + ":$6$").utf8)), bytes.last == 0x0A {
                lines[index] = String(decoding: bytes, as: UTF8.self)
                return
            }
            lines[index] = try? Htpasswd.line(tenant: tenant.tenant, user: tenant.username, password: tenant.password)
        }
        for (index, tenant) in tenants.enumerated() {
            guard let line = lines[index] else {
                throw PublishError(path: "nginx/htpasswd/\(tenant.tenant)", reason: "the system's crypt does not support SHA-512 crypt")
            }
            files.append(("nginx/htpasswd/\(tenant.tenant)", Array(line.utf8)))
        }
    }

    var manifestEntries: [(path: String, sha256: String, size: Int)] {
        files.map { ($0.path, Hex.encode(SHA256.hash(data: $0.bytes)), $0.bytes.count) }
    }

    func write(to release: String) throws(PublishError) {
        try FileSystem.makeDirectory(release + "/nginx")
        try FileSystem.makeDirectory(release + "/nginx/htpasswd")
        for file in files { try FileSystem.write(file.bytes, to: release + "/" + file.path) }
    }

    /// Whether the two config files differ from those of `release` (htpasswd files are read per request).
    /// (`htpasswd-nobody` is third and never changes.)
    func differs(from release: String?) -> Bool {
        guard let release else { return true }
        return files.prefix(2).contains { FileSystem.read(release + "/" + $0.path) != $0.bytes }
    }
}
