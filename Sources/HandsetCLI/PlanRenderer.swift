import Foundation
import HandsetCore
import HandsetEmitters
import HandsetPublish

/// Prints a plan for people, for programs (JSON) and for GitHub (a notice per device on its line of YAML).
/// Every secret value of the build is masked in whatever it prints.
struct PlanRenderer {
    let plan: Plan
    let compiled: Compilation
    let showDiff: Bool
    /// Built once, for the devices the plan names only (a plan of a large fleet names few): every device line of
    /// the plan looks its device up here.
    private let devicesByMAC: [String: ResolvedDevice]
    /// Each tenant's secret values, longest first: a tenant's files can only hold its own.
    private let secretsByTenant: [String: [String]]

    init(plan: Plan, compiled: Compilation, showDiff: Bool) {
        self.plan = plan
        self.compiled = compiled
        self.showDiff = showDiff
        let named = Set(plan.tenants.flatMap(\.devices))
        var devices: [String: ResolvedDevice] = [:]
        if !named.isEmpty {
            for device in compiled.checked.devices where named.contains(device.mac.value) && devices[device.mac.value] == nil {
                devices[device.mac.value] = device
            }
        }
        devicesByMAC = devices
        let planned = Set(plan.tenants.map(\.tenant))
        var secrets: [String: [String]] = [:]
        for (tenant, values) in zip(compiled.checked.fleet.tenants, compiled.secrets) where planned.contains(tenant.id.value) {
            if secrets[tenant.id.value] == nil { secrets[tenant.id.value] = Compilation.values(values) }
        }
        secretsByTenant = secrets
    }

    /// A unified diff with every secret masked after diffing (so a changed password still shows as a changed
    /// line): the value of every setting an emitter declares secret and every URL's password, on both sides
    /// (the old side holds previous values this build does not know), then each secret value of this build
    /// wherever else it appears.
    private func maskedDiff(_ file: Plan.File, tenant: String?) -> String {
        let prefix = tenant.map { $0 + "/" } ?? ""
        let diff = UnifiedDiff.render(old: String(decoding: file.old ?? [], as: UTF8.self),
                                      new: String(decoding: file.new ?? [], as: UTF8.self),
                                      oldName: file.old == nil ? "/dev/null" : "a/" + prefix + file.path,
                                      newName: file.new == nil ? "/dev/null" : "b/" + prefix + file.path)
        var lines = diff.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard let mark = line.first, "+- ".contains(mark), !line.hasPrefix("+++"), !line.hasPrefix("---") else { return String(line) }
            return String(mark) + SecretSettings.mask(String(line.dropFirst()), with: Compilation.mask)
        }.joined(separator: "\n")
        // nginx files hold no secret values (htpasswd holds hashes); per-tenant files only their tenant's.
        for value in tenant.flatMap({ secretsByTenant[$0] }) ?? [] {
            lines = lines.replacingOccurrences(of: value, with: Compilation.mask)
        }
        return lines
    }

    private func deviceName(_ mac: String) -> String {
        let label = devicesByMAC[mac]?.settings.label.map { " (\($0.value))" } ?? ""
        return MACAddress.display(mac) + label
    }

    private func symbol(_ change: Plan.Change) -> String {
        switch change { case .added: "+"; case .changed: "~"; case .removed: "-" }
    }

    func human() -> String {
        guard plan.hasChanges else {
            return "no changes: the fleet builds to what \(plan.release.map { "release \($0)" } ?? "OUT") serves\n"
        }
        var out = "plan against \(plan.release.map { "release \($0)" } ?? "an empty output folder"):\n"
        var resync: [String] = []
        for tenant in plan.tenants {
            out += "tenant \(tenant.tenant)\n"
            let perDevice = Dictionary(grouping: tenant.files.filter { $0.mac != nil }, by: { $0.mac! })
            for mac in tenant.devices {
                let files = perDevice[mac]!.map { "\(symbol($0.change))\($0.path)" }.joined(separator: ", ")
                out += "  device \(deviceName(mac)): \(files)\n"
                if perDevice[mac]!.contains(where: { $0.change != .removed }) { resync.append(mac) }
            }
            for file in tenant.files where file.mac == nil { out += "  shared \(symbol(file.change))\(file.path)\n" }
            if showDiff { out += diffs(tenant.files, tenant: tenant.tenant) }
        }
        for file in plan.nginx { out += "nginx \(symbol(file.change))\(file.path)\n" }
        if showDiff { out += diffs(plan.nginx, tenant: nil) }
        let files = plan.tenants.reduce(0) { $0 + $1.files.count } + plan.nginx.count
        out += "\(files) file\(files == 1 ? "" : "s") to change in \(plan.tenants.count) tenant\(plan.tenants.count == 1 ? "" : "s")"
        out += resync.isEmpty ? "\n" : "; phones to resync: " + resync.map(MACAddress.display).joined(separator: ", ") + "\n"
        if plan.nginx.contains(where: { !$0.path.hasPrefix("nginx/htpasswd/") }) { out += "nginx will need a reload after the build\n" }
        return out
    }

    private func diffs(_ files: [Plan.File], tenant: String?) -> String {
        files.map { maskedDiff($0, tenant: tenant) }.joined()
    }

    func json() -> String {
        func item(_ file: Plan.File, _ tenant: String?) -> [String: Any] {
            var o: [String: Any] = ["path": file.path, "change": file.change.rawValue]
            if let mac = file.mac { o["mac"] = mac }
            if showDiff {
                o["diff"] = maskedDiff(file, tenant: tenant)
            }
            return o
        }
        let object: [String: Any] = [
            "release": plan.release ?? NSNull(),
            "changes": plan.hasChanges,
            "tenants": plan.tenants.map { t in ["tenant": t.tenant, "devices": t.devices, "files": t.files.map { item($0, t.tenant) }] },
            "nginx": plan.nginx.map { item($0, nil) },
        ]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// One notice per device to resync, on the line of YAML that defines it, and a summary notice.
    func github() -> String {
        var out = ""
        for tenant in plan.tenants {
            for mac in tenant.devices {
                let files = tenant.files.filter { $0.mac == mac }.map { "\(symbol($0.change))\($0.path)" }.joined(separator: " ")
                if let device = devicesByMAC[mac] {
                    let path = compiled.checked.files.path(device.mark.file)
                    out += "::notice file=\(path),line=\(device.mark.line),col=\(device.mark.column),title=plan::device \(deviceName(mac)) changes: \(files)\n"
                } else {
                    out += "::notice title=plan::device \(deviceName(mac)) of tenant \(tenant.tenant) is removed: \(files)\n"
                }
            }
        }
        let files = plan.tenants.reduce(0) { $0 + $1.files.count } + plan.nginx.count
        out += "::notice title=plan::\(plan.hasChanges ? "\(files) files change in \(plan.tenants.count) tenants" : "no changes")\n"
        return out
    }
}
