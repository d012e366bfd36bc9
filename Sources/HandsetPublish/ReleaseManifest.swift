import Foundation

/// A published release's `manifest.json` read back: every file a tenant serves, with its sha256 and, for a
/// per-device file, the device's MAC. `check` compares the live server with it; `resync` compares two of them.
public struct ReleaseManifest: Sendable {
    /// One served file. `path` is inside the tenant's folder (`001565000001.cfg`), as the phone asks for it.
    public struct File: Sendable, Equatable {
        public var tenant: String
        public var path: String
        public var sha256: String
        public var size: Int
        /// Twelve lowercase hex digits for a per-device file; nil for a shared one.
        public var mac: String?
    }

    /// One device of the release: its tenant and its own files, sorted by path.
    public struct Device: Sendable {
        public var mac: String
        public var tenant: String
        public var files: [File]
    }

    public var release: String
    /// Files under a tenant, in manifest order (the release's nginx files are left out).
    public var files: [File]

    /// The manifest of `OUT/current`.
    public static func current(output: String) throws(PublishError) -> ReleaseManifest {
        let layout = OutputLayout(root: output)
        guard let release = layout.currentRelease else {
            throw PublishError(path: layout.current, reason: "there is no current release (run handset build first)")
        }
        return try read(output: output, release: release)
    }

    /// The manifest of the kept release just before `release`, if there is one.
    public static func previous(output: String, before release: String) throws(PublishError) -> ReleaseManifest? {
        let ids = OutputLayout(root: output).releaseIDs
        guard let index = ids.firstIndex(of: release), index > 0 else { return nil }
        return try read(output: output, release: ids[index - 1])
    }

    /// The manifest of one release under `output`.
    public static func read(output: String, release: String) throws(PublishError) -> ReleaseManifest {
        let path = OutputLayout(root: output).release(release) + "/manifest.json"
        guard let bytes = FileSystem.read(path) else { throw PublishError(path: path, reason: "cannot be read") }
        guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any],
              let entries = object["files"] as? [[String: Any]] else {
            throw PublishError(path: path, reason: "is not a Handset manifest")
        }
        var files: [File] = []
        files.reserveCapacity(entries.count)
        for entry in entries {
            guard let tenant = entry["tenant"] as? String, let full = entry["path"] as? String,
                  let sha256 = entry["sha256"] as? String, full.hasPrefix(tenant + "/") else { continue }
            files.append(File(tenant: tenant, path: String(full.dropFirst(tenant.count + 1)), sha256: sha256,
                              size: entry["size"] as? Int ?? 0, mac: entry["mac"] as? String))
        }
        return ReleaseManifest(release: release, files: files)
    }

    /// Every device with its own files, by tenant then MAC.
    public var devices: [Device] {
        var byMAC: [String: Device] = [:]
        for file in files {
            guard let mac = file.mac else { continue }
            byMAC[mac, default: Device(mac: mac, tenant: file.tenant, files: [])].files.append(file)
        }
        return byMAC.values
            .map { Device(mac: $0.mac, tenant: $0.tenant, files: $0.files.sorted { $0.path < $1.path }) }
            .sorted { ($0.tenant, $0.mac) < ($1.tenant, $1.mac) }
    }

    /// Each tenant's files by path, for lookups.
    public var filesByTenant: [String: [String: File]] {
        var out: [String: [String: File]] = [:]
        for file in files { out[file.tenant, default: [:]][file.path] = file }
        return out
    }
}
