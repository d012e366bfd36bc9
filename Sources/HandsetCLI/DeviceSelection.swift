import ArgumentParser
import HandsetCore
import HandsetPublish

/// `--tenant` and `--mac`, shared by `check` and `resync`: narrow the release's devices to some tenants or phones.
struct DeviceSelection: ParsableArguments {
    @Option(name: .customLong("tenant"), help: "Only this tenant's phones (repeatable).")
    var tenants: [String] = []

    @Option(name: .customLong("mac"), help: "Only this phone, any MAC spelling (repeatable).")
    var macs: [String] = []

    func validate() throws {
        for mac in macs {
            if case .failure(let problem) = MACAddress.normalize(mac) {
                throw ValidationError("--mac \(mac): \(problem)")
            }
        }
    }

    /// The devices of `devices` that pass both filters (an empty filter passes all).
    func filter(_ devices: [ReleaseManifest.Device]) -> [ReleaseManifest.Device] {
        let wantedMACs = Set(macs.compactMap { try? MACAddress.normalize($0).get() })
        let wantedTenants = Set(tenants)
        return devices.filter {
            (wantedTenants.isEmpty || wantedTenants.contains($0.tenant)) && (wantedMACs.isEmpty || wantedMACs.contains($0.mac))
        }
    }
}
