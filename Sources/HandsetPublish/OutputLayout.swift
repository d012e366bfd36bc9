/// Paths of the output tree (see DESIGN.md, "Output tree and publishing"):
///
///     out/current -> releases/<id>
///     out/releases/<id>/www/<tenant> -> ../../../trees/<tenant>/<tree-hash>
///     out/releases/<id>/manifest.json
///     out/trees/<tenant>/<tree-hash>/...
struct OutputLayout {
    let root: String

    init(root: String) {
        var root = root
        while root.count > 1 && root.hasSuffix("/") { root.removeLast() }
        self.root = root
    }

    static let temporaryPrefix = ".tmp-"

    var current: String { root + "/current" }
    var releases: String { root + "/releases" }
    var trees: String { root + "/trees" }

    func release(_ id: String) -> String { releases + "/" + id }
    func tenantTrees(_ tenant: String) -> String { trees + "/" + tenant }
    func tree(_ tenant: String, _ hash: String) -> String { tenantTrees(tenant) + "/" + hash }

    /// The symlink target, relative so the whole `out/` can be moved or rsynced as it is.
    static func treeLink(_ tenant: String, _ hash: String) -> String { "../../../trees/\(tenant)/\(hash)" }

    /// The release `current` points at, if any.
    var currentRelease: String? {
        guard let target = FileSystem.readLink(current), target.hasPrefix("releases/") else { return nil }
        return String(target.dropFirst("releases/".count))
    }

    /// The tree hash a release serves for a tenant, if any.
    func treeHash(in release: String, tenant: String) -> String? {
        guard let target = FileSystem.readLink(self.release(release) + "/www/" + tenant) else { return nil }
        return target.split(separator: "/").last.map(String.init)
    }

    /// Tenants a release serves.
    func tenants(in release: String) -> [String] { FileSystem.list(self.release(release) + "/www") }

    /// Releases oldest first, by their sequence number (releases of older versions, which have none, come
    /// first, by name), without leftovers.
    var releaseIDs: [String] {
        FileSystem.list(releases).filter { !$0.hasPrefix(Self.temporaryPrefix) }
            .map { (Self.sequence($0), $0) }.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1.utf8.lexicographicallyPrecedes($1.1.utf8) }
            .map(\.1)
    }

    /// The sequence number of a release id (`000042-20261122T174300Z-3f9a1c` -> 42); 0 for ids without one
    /// (`20261122T174300Z-3f9a1c`, written before releases were numbered).
    static func sequence(_ id: String) -> Int {
        let digits = id.prefix { $0.isASCII && $0.isNumber }
        guard id.dropFirst(digits.count).first == "-", digits.count < 16 else { return 0 }
        return Int(digits) ?? 0
    }
}
