import Foundation
import HandsetCheck

/// `check`'s report: one line per phone that is not ok (every phone under json), then a summary by status.
struct CheckRenderer {
    var results: [DeviceResult]
    var release: String
    var url: String
    var elapsed: Duration

    var allOK: Bool { results.allSatisfy { $0.status == .ok } }

    /// Phones per status, worst first, statuses with none left out.
    var counts: [(DeviceResult.Status, Int)] {
        DeviceResult.Status.allCases.map { status in (status, results.filter { $0.status == status }.count) }
            .filter { $0.1 > 0 }
    }

    /// The server without any user:password a URL may carry, for printing.
    var server: String {
        guard var components = URLComponents(string: url) else { return "the server" }
        components.user = nil
        components.password = nil
        return components.string ?? "the server"
    }

    func human(quiet: Bool) -> String {
        var out = ""
        for result in results.sorted(by: { ($0.tenant, $0.mac) < ($1.tenant, $1.mac) }) where result.status != .ok {
            out += "\(result.status.rawValue): \(result.tenant) \(result.mac)\n"
            for finding in result.findings { out += "  \(finding.status.rawValue) \(finding.path): \(finding.detail)\n" }
        }
        let requests = results.reduce(0) { $0 + $1.requests }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let summary = counts.map { "\($0.1) \($0.0.rawValue)" }.joined(separator: ", ")
        if quiet && allOK { return out }
        out += "checked \(results.count) phones of release \(release) at \(server): \(results.isEmpty ? "none selected" : summary)\n"
        out += String(format: "%d requests in %.2f s (%.0f requests/s)\n", requests, seconds, seconds > 0 ? Double(requests) / seconds : 0)
        return out
    }

    func json() -> String {
        let object: [String: Any] = [
            "release": release,
            "ok": allOK,
            "summary": Dictionary(uniqueKeysWithValues: counts.map { ($0.0.rawValue, $0.1) }),
            "requests": results.reduce(0) { $0 + $1.requests },
            "devices": results.map { result in
                ["tenant": result.tenant, "mac": result.mac, "status": result.status.rawValue,
                 "findings": result.findings.map { ["status": $0.status.rawValue, "path": $0.path, "detail": $0.detail] }]
            },
        ]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// An error annotation per phone that is not ok, and a notice with the summary.
    func github() -> String {
        var out = ""
        for result in results where result.status != .ok {
            let findings = result.findings.map { "\($0.status.rawValue) \($0.path): \($0.detail)" }.joined(separator: "; ")
            out += "::error title=check \(result.status.rawValue)::\(result.tenant) \(result.mac): \(Self.escaped(findings))\n"
        }
        out += "::notice title=check::\(results.count) phones: \(counts.map { "\($0.1) \($0.0.rawValue)" }.joined(separator: ", "))\n"
        return out
    }

    /// GitHub's workflow-command escaping of a message.
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }
}
