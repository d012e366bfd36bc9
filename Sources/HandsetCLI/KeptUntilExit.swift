import Synchronization

/// Values a command leaves to the end of the process instead of freeing them: the kernel takes a process's
/// memory back in one step, while freeing a 100k-device fleet object by object took a tenth of a second of
/// `handset validate` (compilers skip their final frees for the same reason).
enum KeptUntilExit {
    private static let values = Mutex<[any Sendable]>([])

    static func keep(_ value: any Sendable) {
        values.withLock { $0.append(value) }
    }
}
