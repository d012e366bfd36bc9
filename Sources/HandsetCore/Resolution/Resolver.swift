import Dispatch

/// Applies defaults and profiles to every device of a fleet. Reports unknown profiles; everything else about
/// the resolved values is left to the validation rules.
public enum Resolver {
    /// Resolves every tenant (in parallel: tenants share nothing but the fleet's defaults and profiles) and returns
    /// the devices in fleet order.
    public static func resolve(_ fleet: Fleet) -> (devices: [ResolvedDevice], diagnostics: [Diagnostic]) {
        let fleetProfiles = Dictionary(fleet.profiles.map { ($0.name.value, $0) }, uniquingKeysWith: { a, _ in a })
        let slots = ResultSlots<([ResolvedDevice], [Diagnostic])>(count: fleet.tenants.count)
        DispatchQueue.concurrentPerform(iterations: fleet.tenants.count) { index in
            slots[index] = resolve(tenant: index, of: fleet, fleetProfiles: fleetProfiles)
        }
        let results = slots.values
        return (results.flatMap(\.0), results.flatMap(\.1))
    }

    private static func resolve(tenant tenantIndex: Int, of fleet: Fleet,
                                fleetProfiles: [String: Profile]) -> ([ResolvedDevice], [Diagnostic]) {
        var sink = DiagnosticSink()
        let tenant = fleet.tenants[tenantIndex]
        var devices: [ResolvedDevice] = []
        devices.reserveCapacity(tenant.devices.count)
        let tenantProfiles = Dictionary(tenant.profiles.map { ($0.name.value, $0) }, uniquingKeysWith: { a, _ in a })
        let base = fleet.defaults.overlaid(by: tenant.defaults)
        // By index, so that each device is read in place rather than copied field by field.
        for index in tenant.devices.indices {
            var settings = base
            if let name = tenant.devices[index].profile {
                if let profile = tenantProfiles[name.value] ?? fleetProfiles[name.value] {
                    settings.overlay(profile.settings)
                } else {
                    let known = (Array(tenantProfiles.keys) + Array(fleetProfiles.keys)).sorted()
                    let hint = Suggestion.closest(to: name.value, among: known).map { "did you mean '\($0)'?" }
                        ?? (known.isEmpty ? "define it under 'profiles:' in handset.yaml or in the tenant"
                                          : "known profiles: " + known.joined(separator: ", "))
                    sink.error("E0208", "unknown profile '\(name.value)'", at: name.mark, hint: hint)
                }
            }
            settings.overlay(tenant.devices[index].settings)
            let model = settings.model.flatMap { Catalog.model($0.value) }
            let lines = tenant.devices[index].lines
            devices.append(ResolvedDevice(tenantIndex: tenantIndex, mac: tenant.devices[index].mac, lines: lines?.value ?? [],
                                          linesMark: lines?.mark, settings: settings, model: model,
                                          mark: tenant.devices[index].mark))
        }
        return (devices, sink.diagnostics)
    }
}
