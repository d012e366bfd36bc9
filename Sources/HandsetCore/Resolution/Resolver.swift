/// Applies defaults and profiles to every device of a fleet. Reports unknown profiles; everything else about
/// the resolved values is left to the validation rules.
public enum Resolver {
    public static func resolve(_ fleet: Fleet) -> (devices: [ResolvedDevice], diagnostics: [Diagnostic]) {
        var sink = DiagnosticSink()
        var devices: [ResolvedDevice] = []
        devices.reserveCapacity(fleet.tenants.reduce(0) { $0 + $1.devices.count })
        let fleetProfiles = Dictionary(fleet.profiles.map { ($0.name.value, $0) }, uniquingKeysWith: { a, _ in a })
        for (tenantIndex, tenant) in fleet.tenants.enumerated() {
            let tenantProfiles = Dictionary(tenant.profiles.map { ($0.name.value, $0) }, uniquingKeysWith: { a, _ in a })
            let base = fleet.defaults.overlaid(by: tenant.defaults)
            for device in tenant.devices {
                var settings = base
                if let name = device.profile {
                    if let profile = tenantProfiles[name.value] ?? fleetProfiles[name.value] {
                        settings = settings.overlaid(by: profile.settings)
                    } else {
                        let known = (Array(tenantProfiles.keys) + Array(fleetProfiles.keys)).sorted()
                        let hint = Suggestion.closest(to: name.value, among: known).map { "did you mean '\($0)'?" }
                            ?? (known.isEmpty ? "define it under 'profiles:' in handset.yaml or in the tenant"
                                              : "known profiles: " + known.joined(separator: ", "))
                        sink.error("E0208", "unknown profile '\(name.value)'", at: name.mark, hint: hint)
                    }
                }
                settings = settings.overlaid(by: device.settings)
                let model = settings.model.flatMap { Catalog.model($0.value) }
                devices.append(ResolvedDevice(tenantIndex: tenantIndex, mac: device.mac, lines: device.lines?.value ?? [], linesMark: device.lines?.mark,
                                              settings: settings, model: model, mark: device.mark))
            }
        }
        return (devices, sink.diagnostics)
    }
}
