import CYAML
import Foundation

/// The floor: what reading a fleet costs before Handset does anything of its own.
///
/// Each file is read and every libyaml event is pulled and freed, nothing more: no tree, no marks kept, no
/// decoding. Files are spread over cores with `DispatchQueue.concurrentPerform`, as `FleetLoader` does, so the
/// ratio validate/floor measures Handset's own work rather than a difference in parallelism.
enum FloorParser {
    /// What one floor pass saw.
    struct Result: Sendable {
        var files: Int
        var bytes: Int
        var events: Int
        /// The first file libyaml rejected, if any; a floor over a broken fleet would measure the wrong thing.
        var failure: String?
    }

    /// The fleet's YAML files: `handset.yaml`, then `tenants/*.yaml` sorted, the files the generator writes and
    /// the root's `include: [tenants/*.yaml]` names.
    static func files(in directory: String) throws -> [String] {
        let root = URL(fileURLWithPath: directory, isDirectory: true)
        let tenants = root.appendingPathComponent("tenants", isDirectory: true)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: tenants.path)) ?? []
        let rootFile = root.appendingPathComponent("handset.yaml").path
        guard FileManager.default.fileExists(atPath: rootFile) else {
            throw BenchError("\(directory) has no handset.yaml (run `handset-bench generate` first)")
        }
        return [rootFile] + names.filter { $0.hasSuffix(".yaml") }.sorted().map { tenants.appendingPathComponent($0).path }
    }

    /// One pass over `paths`, in parallel.
    static func run(_ paths: [String]) -> Result {
        let slots = Slots(count: paths.count)
        DispatchQueue.concurrentPerform(iterations: paths.count) { index in
            slots.set(index, count(path: paths[index]))
        }
        return slots.total()
    }

    /// Reads one file and counts its events. The bytes are parsed where they lie, without a copy into an array.
    static func count(path: String) -> Result {
        guard let data = FileManager.default.contents(atPath: path) else {
            return Result(files: 1, bytes: 0, events: 0, failure: "\(path): cannot read")
        }
        let events = data.withUnsafeBytes { raw -> Int? in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return nil }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_input_string(&parser, raw.bindMemory(to: UInt8.self).baseAddress, raw.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING) // as the loader does: no encoding sniffing
            var events = 0
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
                let done = event.type == YAML_STREAM_END_EVENT
                yaml_event_delete(&event)
                events += 1
                if done { return events }
            }
        }
        guard let events else { return Result(files: 1, bytes: data.count, events: 0, failure: "\(path): YAML error") }
        return Result(files: 1, bytes: data.count, events: events, failure: nil)
    }

    /// Per-file results written by parallel workers, each to its own index.
    /// A lock, not an atomic: it is taken once per file, so it costs nothing next to parsing the file.
    private final class Slots: @unchecked Sendable {
        private var results: [Result]
        private let lock = NSLock()

        init(count: Int) { results = Array(repeating: Result(files: 0, bytes: 0, events: 0), count: count) }

        func set(_ index: Int, _ result: Result) {
            lock.lock(); results[index] = result; lock.unlock()
        }

        func total() -> Result {
            lock.lock(); defer { lock.unlock() }
            return results.reduce(Result(files: 0, bytes: 0, events: 0)) { sum, one in
                Result(files: sum.files + one.files, bytes: sum.bytes + one.bytes, events: sum.events + one.events,
                       failure: sum.failure ?? one.failure)
            }
        }
    }
}
