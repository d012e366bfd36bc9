import Foundation

/// An input that cannot be read at all: the run stops with exit code 74 and the system's reason.
public struct FleetReadError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "cannot read \(path): \(reason)" }
}

/// Reads a fleet from disk: `handset.yaml` (or a single file), then every file its `include:` globs name, sorted.
/// Included files are loaded and decoded in parallel; each file's nodes are dropped once it is decoded.
public enum FleetLoader {
    /// The loaded, decoded fleet with the files it came from and every diagnostic of loading and decoding.
    public struct Loaded: Sendable {
        public var fleet: Fleet
        public var files: SourceFiles
        public var root: URL
        public var diagnostics: [Diagnostic]
    }

    /// Loads `path`: a fleet directory holding `handset.yaml`, or a fleet file.
    public static func load(path: String) throws(FleetReadError) -> Loaded {
        let (root, rootFile) = try locate(path)
        let files = SourceFiles()
        let rootID = files.add(path: rootFile.lastPathComponent)
        var sink = DiagnosticSink()
        let rootBytes = try read(rootFile)
        files.setText(rootBytes, for: rootID)
        let parsed = YAMLLoader.load(rootBytes, file: rootID)
        sink.append(contentsOf: parsed.diagnostics)
        let decoder = Decoder()
        var fleet = parsed.root == nil && parsed.diagnostics.hasErrors
            ? Fleet(mark: .start(of: rootID))
            : decoder.decodeFleet(parsed.root, file: rootID)
        if parsed.root == nil && parsed.diagnostics.hasErrors { fleet.rootUnreadable = true }
        sink.append(contentsOf: decoder.diagnostics.diagnostics)

        let included = expand(fleet.includes, root: root, sink: &sink)
        let ids = included.map { files.add(path: $0.relative) }
        let results = try loadTenants(included.map(\.url), ids: ids, files: files)
        for result in results {
            sink.append(contentsOf: result.diagnostics)
            if let tenant = result.tenant { fleet.tenants.append(tenant) }
        }
        return Loaded(fleet: fleet, files: files, root: root, diagnostics: sink.diagnostics)
    }

    private static func locate(_ path: String) throws(FleetReadError) -> (root: URL, file: URL) {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw FleetReadError(path: path, reason: "no such file or directory")
        }
        if isDirectory.boolValue {
            let file = url.appendingPathComponent("handset.yaml")
            guard FileManager.default.fileExists(atPath: file.path) else {
                throw FleetReadError(path: path, reason: "the directory has no handset.yaml (run `handset init` to create one)")
            }
            return try confined(root: url, file: file, named: path)
        }
        return try confined(root: url.deletingLastPathComponent(), file: url, named: path)
    }

    /// The fleet folder by its real path, and its root file, which must stay inside it (a `handset.yaml` that
    /// links out of the repository would be read from wherever it points).
    private static func confined(root: URL, file: URL, named path: String) throws(FleetReadError) -> (root: URL, file: URL) {
        guard let realRoot = realPath(root.path) else { throw FleetReadError(path: path, reason: "cannot resolve the fleet folder") }
        if let problem = confinementProblem(file.path, root: realRoot) {
            throw FleetReadError(path: file.path, reason: "refused: \(problem)")
        }
        return (URL(fileURLWithPath: realRoot, isDirectory: true), URL(fileURLWithPath: realRoot).appendingPathComponent(file.lastPathComponent))
    }

    /// A regular file's bytes, up to `maximumFileBytes` (see `FleetLoader+Confinement`).
    static func read(_ url: URL) throws(FleetReadError) -> [UInt8] {
        try readRegularFile(url.path)
    }

    private struct TenantResult: Sendable {
        var tenant: Tenant?
        var diagnostics: [Diagnostic]
        var failure: FleetReadError?
    }

    private static func loadTenants(_ urls: [URL], ids: [UInt32], files: SourceFiles) throws(FleetReadError) -> [TenantResult] {
        let results = ResultSlots<TenantResult>(count: urls.count)
        DispatchQueue.concurrentPerform(iterations: urls.count) { index in
            results[index] = loadTenant(urls[index], id: ids[index], files: files)
        }
        let all = results.values
        if let failure = all.compactMap(\.failure).first { throw failure }
        return all
    }

    private static func loadTenant(_ url: URL, id: UInt32, files: SourceFiles) -> TenantResult {
        let bytes: [UInt8]
        do { bytes = try read(url) } catch { return TenantResult(tenant: nil, diagnostics: [], failure: error) }
        files.setText(bytes, for: id)
        let parsed = YAMLLoader.load(bytes, file: id)
        guard let root = parsed.root else {
            var diagnostics = parsed.diagnostics
            if !diagnostics.hasErrors {
                diagnostics.append(.error("E0102", "tenant file is empty", at: .start(of: id),
                                          hint: "a tenant file starts with 'tenant: <id>'"))
            }
            return TenantResult(tenant: nil, diagnostics: diagnostics)
        }
        let decoder = Decoder()
        let tenant = decoder.tenant(root)
        return TenantResult(tenant: tenant, diagnostics: parsed.diagnostics + decoder.diagnostics.diagnostics)
    }
}

/// Fixed slots that parallel workers (`DispatchQueue.concurrentPerform`) fill by index; every stage that works
/// in parallel collects its results this way.
public final class ResultSlots<T: Sendable>: @unchecked Sendable {
    private var storage: [T?]
    private let lock = NSLock()

    public init(count: Int) { storage = Array(repeating: nil, count: count) }

    public subscript(index: Int) -> T? {
        get { lock.lock(); defer { lock.unlock() }; return storage[index] }
        set { lock.lock(); storage[index] = newValue; lock.unlock() }
    }

    /// The filled slots, in index order.
    public var values: [T] { lock.lock(); defer { lock.unlock() }; return storage.compactMap { $0 } }
}
