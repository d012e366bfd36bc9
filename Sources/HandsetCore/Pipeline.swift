/// The compiler front end, stage by stage. Each stage's output type is named here; the folders are the stages.
///
/// 1. Load (`Source/`): files -> `SourceNode` trees over libyaml events, with marks; `include:` globs expanded.
/// 2. Decode (`Decoding/`): `SourceNode` -> `Fleet`, field by field by declared type. Load and decode run per
///    file, in parallel, so a file's nodes are freed as soon as it is decoded.
/// 3. Resolve (`Resolution/`): `Fleet` -> `[ResolvedDevice]`: defaults < tenant < profile < device.
/// 4. Validate (`Validation/`): every rule over the resolved fleet -> diagnostics.
///
/// Diagnostics are collected by every stage; only an unreadable input is thrown (`FleetReadError`).
public enum Pipeline {
    /// The result of the front end: the fleet, its resolved devices, and every diagnostic, sorted.
    public struct Checked: Sendable {
        public var fleet: Fleet
        public var devices: [ResolvedDevice]
        public var files: SourceFiles
        public var diagnostics: [Diagnostic]

        public var hasErrors: Bool { diagnostics.hasErrors }

        public init(fleet: Fleet, devices: [ResolvedDevice], files: SourceFiles, diagnostics: [Diagnostic]) {
            self.fleet = fleet
            self.devices = devices
            self.files = files
            self.diagnostics = diagnostics
        }
    }

    /// Phase timings of one run, for the benchmark.
    public struct Timings: Sendable {
        public var load = Duration.zero
        public var resolve = Duration.zero
        public var validate = Duration.zero

        public init() {}
    }

    /// Loads, decodes, resolves and validates the fleet at `path`.
    public static func check(path: String) throws(FleetReadError) -> Checked {
        var timings = Timings()
        return try check(path: path, timings: &timings)
    }

    /// The stage `check` is starting, for a progress line on a large fleet.
    public enum Stage: Sendable {
        case loading
        case resolving(tenants: Int)
        case validating(devices: Int)
    }

    public static func check(path: String, timings: inout Timings,
                             stage: ((Stage) -> Void)? = nil) throws(FleetReadError) -> Checked {
        let clock = ContinuousClock()
        var start = clock.now
        stage?(.loading)
        let loaded = try FleetLoader.load(path: path)
        timings.load = clock.now - start

        start = clock.now
        stage?(.resolving(tenants: loaded.fleet.tenants.count))
        let resolved = Resolver.resolve(loaded.fleet)
        timings.resolve = clock.now - start

        start = clock.now
        stage?(.validating(devices: resolved.devices.count))
        let context = ValidationContext(fleet: loaded.fleet, devices: resolved.devices)
        let found = ValidationRules.run(context)
        timings.validate = clock.now - start

        let all = unique(loaded.diagnostics + resolved.diagnostics + found).sortedForOutput()
        return Checked(fleet: loaded.fleet, devices: resolved.devices, files: loaded.files, diagnostics: all)
    }

    /// One diagnostic per code, place and message: a profile shared by many devices is reported once.
    static func unique(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        struct Identity: Hashable { var code: String; var mark: Mark?; var message: String }
        var seen = Set<Identity>()
        return diagnostics.filter { seen.insert(Identity(code: $0.code, mark: $0.mark, message: $0.message)).inserted }
    }
}
