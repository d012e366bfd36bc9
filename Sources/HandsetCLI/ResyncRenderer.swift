import Foundation
import HandsetResync

/// `resync`'s report: what would be sent (`--dry-run`), or one line per phone and a summary by status.
struct ResyncRenderer {
    var plan: ResyncPlan
    var via: Via?
    var reboot: Bool

    /// The route of one target as printed.
    private func route(_ target: ResyncTarget) -> String {
        via?.description ?? "sip:\(target.domain):\(target.port)"
    }

    func dryRun() -> String {
        var out = ""
        for target in plan.targets {
            out += "would send \(target.tenant) \(target.mac): NOTIFY \(target.uri) Event: \(target.event(reboot: reboot)) via \(route(target))\n"
        }
        for result in plan.unknown { out += "cannot send \(result.mac): \(result.detail)\n" }
        out += "\(plan.targets.count) phone\(plan.targets.count == 1 ? "" : "s") to \(reboot ? "reboot" : "resync") (dry run: nothing sent)\n"
        return out
    }

    private func counts(_ results: [ResyncResult]) -> [(ResyncResult.Status, Int)] {
        ResyncResult.Status.allCases.map { s in (s, results.filter { $0.status == s }.count) }.filter { $0.1 > 0 }
    }

    private func tenant(_ mac: String) -> String {
        plan.targets.first { $0.mac == mac }?.tenant ?? "?"
    }

    func human(_ results: [ResyncResult]) -> String {
        var out = ""
        for result in results {
            out += "\(result.status.rawValue): \(tenant(result.mac)) \(result.mac): \(result.detail)\n"
        }
        let summary = counts(results).map { "\($0.1) \($0.0.rawValue)" }.joined(separator: ", ")
        out += "\(results.count) phone\(results.count == 1 ? "" : "s") \(reboot ? "rebooted" : "resynced")\(results.isEmpty ? "" : ": " + summary)\n"
        return out
    }

    func json(_ results: [ResyncResult]) -> String {
        let object: [String: Any] = [
            "reboot": reboot,
            "summary": Dictionary(uniqueKeysWithValues: counts(results).map { ($0.0.rawValue, $0.1) }),
            "phones": results.map { ["mac": $0.mac, "tenant": tenant($0.mac), "status": $0.status.rawValue, "detail": $0.detail] },
        ]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    func github(_ results: [ResyncResult]) -> String {
        var out = ""
        for result in results where result.status != .delivered {
            out += "::warning title=resync \(result.status.rawValue)::\(tenant(result.mac)) \(result.mac): \(CheckRenderer.escaped(result.detail))\n"
        }
        out += "::notice title=resync::\(results.count) phones: \(counts(results).map { "\($0.1) \($0.0.rawValue)" }.joined(separator: ", "))\n"
        return out
    }
}
