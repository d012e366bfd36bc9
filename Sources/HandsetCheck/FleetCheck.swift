import HandsetPublish

/// Checks many phones against one server, at most `concurrency` at a time (each phone's own requests go one after
/// another, as a booting phone's do), and returns a result per phone in the order given.
public enum FleetCheck {
    /// `progress` is called with the number of phones done so far, from any task.
    public static func run(_ checks: [DeviceCheck], manifest: ReleaseManifest, fetcher: HTTPFetcher, concurrency: Int,
                           progress: @escaping @Sendable (Int) -> Void = { _ in }) async -> [DeviceResult] {
        let files = manifest.filesByTenant
        var results = [DeviceResult?](repeating: nil, count: checks.count)
        await withTaskGroup(of: (Int, DeviceResult).self) { group in
            var next = 0
            var done = 0
            func start() {
                let index = next
                let check = checks[index]
                let tenantFiles = files[check.tenant] ?? [:]
                group.addTask { (index, await check.run(files: tenantFiles, fetcher: fetcher)) }
                next += 1
            }
            while next < min(concurrency, checks.count) { start() }
            while let (index, result) = await group.next() {
                results[index] = result
                done += 1
                progress(done)
                if next < checks.count { start() }
            }
        }
        return results.map { $0! }
    }
}
