import HandsetCore
import HandsetPublish
import HandsetResync

/// The phones `resync` tells: each selected release device with its first line's account at its tenant's SIP
/// server. A device the fleet does not know (or with no line) cannot be addressed and is reported as failed.
struct ResyncPlan {
    var targets: [ResyncTarget] = []
    var unknown: [ResyncResult] = []

    init(compiled: Compilation, devices: [ReleaseManifest.Device]) {
        let tenants = compiled.checked.fleet.tenants
        var byMAC: [String: ResolvedDevice] = [:]
        for device in compiled.checked.devices { byMAC[device.mac.value] = device }
        for device in devices {
            guard let resolved = byMAC[device.mac], let model = resolved.model, let line = resolved.lines.first,
                  tenants.indices.contains(resolved.tenantIndex),
                  let server = tenants[resolved.tenantIndex].sip?.server?.value else {
                unknown.append(ResyncResult(mac: device.mac, status: .failed,
                                            detail: "not in the fleet given, or without a line and SIP server: no account to address"))
                continue
            }
            let tenant = tenants[resolved.tenantIndex]
            targets.append(ResyncTarget(tenant: device.tenant, mac: device.mac, vendor: model.vendor, user: line.value,
                                        domain: server, port: tenant.sip?.port?.value ?? 5060))
        }
    }
}
