import Crypto
import HandsetPublish

/// One phone's boot, replayed against the server: its request chain with its credentials, each body compared with
/// the release, then the three requests the server must refuse.
public struct DeviceCheck: Sendable {
    public var boot: PhoneBoot
    public var tenant: String
    public var user: String
    public var password: String
    /// Another phone's own file in the same tenant, asked for with this phone's identity (nil when it has none).
    public var neighbourFile: String?

    public init(boot: PhoneBoot, tenant: String, user: String, password: String, neighbourFile: String?) {
        self.boot = boot
        self.tenant = tenant
        self.user = user
        self.password = password
        self.neighbourFile = neighbourFile
    }

    /// A phone follows at most this many files; a loop of includes stops here.
    static let maxRequests = 32

    /// Runs the chain, then the refusals; `files` are the tenant's files of the release by path.
    public func run(files: [String: ReleaseManifest.File], fetcher: HTTPFetcher) async -> DeviceResult {
        var result = DeviceResult(tenant: tenant, mac: boot.mac)
        var queue = boot.firstRequests
        var asked = Set<String>()
        var served: [String: Bool] = [:]
        while !queue.isEmpty, asked.count < Self.maxRequests {
            let path = queue.removeFirst()
            guard asked.insert(path).inserted else { continue }
            result.requests += 1
            let outcome = await fetcher.get(tenant: tenant, path: path, userAgent: boot.userAgent, user: user, password: password)
            let expected = files[path]
            if boot.needsDeviceCertificate(path) {
                // Without the phone's certificate the file must be the same 404 as a missing one; served, it is open
                // to anyone with the tenant's password.
                switch outcome {
                case .failed(let reason):
                    result.findings.append(.init(status: .timeout, path: path, detail: reason))
                    return result
                case .response(404, _):
                    break
                case .response(let status, _):
                    result.findings.append(.init(status: .unprotected, path: path,
                                                 detail: "asked without the phone's device certificate: HTTP \(status), expected 404"))
                }
                continue
            }
            switch outcome {
            case .failed(let reason):
                result.findings.append(.init(status: .timeout, path: path, detail: reason))
                return result
            case .response(200, let body):
                served[path] = true
                guard let expected else {
                    result.findings.append(.init(status: .differs, path: path, detail: "served, but not a file of the release"))
                    continue
                }
                if Hex.sha256(body) != expected.sha256 {
                    result.findings.append(.init(status: .differs, path: path,
                                                 detail: "body (\(body.count) bytes) is not the release's (\(expected.size) bytes, sha256 \(expected.sha256.prefix(12))…)"))
                } else {
                    queue += boot.follow(path: path, body: body, tenant: tenant)
                }
            case .response(404, _):
                // Files the release does not hold (Htek's common cfg<code>.xml) must be 404: the phone moves on.
                if expected != nil { result.findings.append(.init(status: .missing, path: path, detail: "404 Not Found")) }
            case .response(let status, _):
                result.findings.append(.init(status: .refused, path: path, detail: "HTTP \(status)"))
            }
        }
        let own = files.values.filter { $0.mac == boot.mac }.sorted { $0.path < $1.path }
        // Files the chain never reached count only when nothing broke the chain before them.
        let chainBroken = !result.findings.isEmpty
        for file in own where !asked.contains(file.path) && !chainBroken {
            result.findings.append(.init(status: .missing, path: file.path, detail: "no file of the boot chain leads the phone to it"))
        }
        // The refusals are asked only about an own file the phone was served: otherwise there is nothing to protect.
        if let probe = own.filter({ served[$0.path] == true }).max(by: { $0.size < $1.size }) {
            await refusals(probe: probe.path, into: &result, fetcher: fetcher)
        }
        return result
    }

    /// No credentials and wrong credentials: 401; another phone's file with this phone's identity: 404.
    private func refusals(probe: String, into result: inout DeviceResult, fetcher: HTTPFetcher) async {
        var cases: [(what: String, path: String, user: String?, password: String?, expected: Int)] = [
            ("without credentials", probe, nil, nil, 401),
            ("with a wrong password", probe, user, password + "-wrong", 401),
        ]
        if let neighbourFile { cases.append(("as another phone", neighbourFile, user, password, 404)) }
        for test in cases {
            result.requests += 1
            switch await fetcher.get(tenant: tenant, path: test.path, userAgent: boot.userAgent, user: test.user, password: test.password) {
            case .failed(let reason):
                result.findings.append(.init(status: .timeout, path: test.path, detail: reason))
            case .response(let status, _) where status != test.expected:
                result.findings.append(.init(status: .unprotected, path: test.path,
                                             detail: "asked \(test.what): HTTP \(status), expected \(test.expected)"))
            case .response:
                break
            }
        }
    }
}

/// Lowercase hex of a sha256, as the manifest writes it.
enum Hex {
    static func sha256(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for byte in SHA256.hash(data: bytes) { out += [digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]] }
        return String(decoding: out, as: UTF8.self)
    }
}
