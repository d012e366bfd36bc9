import HandsetPublish

/// The few lines `build` prints: the release, the tenants whose files changed (every tenant with `verbose`), a
/// count of the unchanged ones, and totals; so a fleet of 10,000 tenants with one change prints a screenful.
enum BuildSummary {
    static func render(_ report: PublishReport, verbose: Bool = false) -> String {
        guard report.created else {
            let files = report.tenants.reduce(0) { $0 + $1.files }
            if !report.repairedTenants.isEmpty {
                return "repaired: release \(report.release) is current again; trees written back for damaged tenants: "
                    + report.repairedTenants.joined(separator: ", ") + "\n" + reused(report)
            }
            return "no changes: release \(report.release) is current (\(report.tenants.count) tenants, \(files) files)\n"
                + reused(report)
        }
        let width = report.tenants.map(\.tenant.count).max() ?? 0
        var out = "release \(report.release)\n"
        var total = PublishReport.Tenant(tenant: "", devices: 0, files: 0, added: 0, changed: 0, unchanged: 0, removed: 0)
        var quiet = 0
        for t in report.tenants {
            total.devices += t.devices; total.files += t.files; total.added += t.added
            total.changed += t.changed; total.unchanged += t.unchanged; total.removed += t.removed
            guard verbose || t.added + t.changed + t.removed > 0 else {
                quiet += 1
                continue
            }
            out += "  " + t.tenant.padding(toLength: width, withPad: " ", startingAt: 0)
            out += "  \(t.devices) devices, \(t.files) files: \(t.added) added, \(t.changed) changed, \(t.unchanged) unchanged, \(t.removed) removed\n"
        }
        if quiet > 0 { out += "  (\(quiet) tenant\(quiet == 1 ? "" : "s") without changes; --verbose lists them)\n" }
        out += "total: \(report.tenants.count) tenant\(report.tenants.count == 1 ? "" : "s"), \(total.devices) devices, \(total.files) files: "
        out += "\(total.added) added, \(total.changed) changed, \(total.unchanged) unchanged, \(total.removed) removed\n"
        out += reused(report)
        out += report.nginxChanged
            ? "nginx: http.conf or server.conf changed: run `nginx -t && nginx -s reload`\n"
            : "nginx: configuration unchanged, no reload needed\n"
        return out
    }

    /// The commands that close the loop after a new release: check what the server gives each phone, then tell the
    /// changed phones to fetch it.
    static func nextSteps(output: String) -> String {
        "next: `handset check https://<server> -o \(output)` (what each phone gets), then `handset resync -o \(output)` (changed phones fetch now)\n"
    }

    /// The line about tenants whose trees were taken over, if any were.
    private static func reused(_ report: PublishReport) -> String {
        guard report.reusedTenants > 0 else { return "" }
        let n = report.reusedTenants
        return "reused: \(n) tenant\(n == 1 ? "" : "s") with unchanged input files and secrets (trees taken over, not emitted)\n"
    }
}
