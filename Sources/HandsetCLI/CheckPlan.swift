import HandsetCheck
import HandsetCore
import HandsetPublish

/// The phones `check` replays: each release device with its model (from the fleet), its tenant's credentials and a
/// neighbour's file for the MAC probe. A release device the fleet does not know cannot be replayed and is reported.
struct CheckPlan {
    var checks: [DeviceCheck] = []
    /// Results for devices of the release that are missing from the fleet.
    var unknown: [DeviceResult] = []

    init(compiled: Compilation, devices: [ReleaseManifest.Device]) {
        let serving = Dictionary(compiled.serving(accessLog: "", servedFrom: nil).tenants.map { ($0.tenant, $0) },
                                 uniquingKeysWith: { a, _ in a })
        var models: [String: PhoneModel] = [:]
        for device in compiled.checked.devices { if let model = device.model { models[device.mac.value] = model } }
        let byTenant = Dictionary(grouping: devices, by: \.tenant)
        for device in devices {
            guard let model = models[device.mac], let tenant = serving[device.tenant] else {
                var result = DeviceResult(tenant: device.tenant, mac: device.mac)
                result.findings = [.init(status: .missing, path: device.files.first?.path ?? "",
                                         detail: "this phone of the release is not in the fleet given: no model or credentials to check it with")]
                unknown.append(result)
                continue
            }
            checks.append(DeviceCheck(boot: PhoneBoot(vendor: model.vendor, model: model.displayName, mac: device.mac),
                                      tenant: device.tenant, user: tenant.username, password: tenant.password,
                                      neighbourFile: Self.neighbour(of: device, in: byTenant[device.tenant] ?? [])))
        }
    }

    /// The largest own file of the next device of the tenant (it holds that phone's secrets), if there is one.
    static func neighbour(of device: ReleaseManifest.Device, in devices: [ReleaseManifest.Device]) -> String? {
        guard devices.count > 1, let index = devices.firstIndex(where: { $0.mac == device.mac }) else { return nil }
        return devices[(index + 1) % devices.count].files.max { $0.size < $1.size }?.path
    }
}
