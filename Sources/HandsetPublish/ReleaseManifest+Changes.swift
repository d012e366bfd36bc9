/// Which devices' files differ between two releases: the phones to resync.
extension ReleaseManifest {
    /// MACs of the devices of this release whose files differ from `older`'s: a device that is new, one whose own
    /// files changed, and every device of a tenant whose shared files (a model's common file, the phonebook)
    /// changed, since any phone of that tenant may read them. Nil `older` means every device.
    public func changedDevices(since older: ReleaseManifest?) -> Set<String> {
        let devices = self.devices
        guard let older else { return Set(devices.map(\.mac)) }
        let before = older.filesByTenant
        let after = filesByTenant
        var sharedChanged = Set<String>()
        for (tenant, files) in after {
            let shared = files.values.filter { $0.mac == nil }.map { "\($0.path) \($0.sha256)" }
            let old = (before[tenant] ?? [:]).values.filter { $0.mac == nil }.map { "\($0.path) \($0.sha256)" }
            if Set(shared) != Set(old) { sharedChanged.insert(tenant) }
        }
        var oldOwn: [String: Set<String>] = [:]
        for file in older.files { if let mac = file.mac { oldOwn[mac, default: []].insert("\(file.path) \(file.sha256)") } }
        return Set(devices.filter { device in
            sharedChanged.contains(device.tenant)
                || oldOwn[device.mac] != Set(device.files.map { "\($0.path) \($0.sha256)" })
        }.map(\.mac))
    }
}
