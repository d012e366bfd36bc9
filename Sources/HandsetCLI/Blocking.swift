import Dispatch

/// Runs async work from a synchronous command and waits for its result (the commands are `ParsableCommand`s).
enum Blocking {
    static func wait<T: Sendable>(_ work: @escaping @Sendable () async -> T) -> T {
        let box = Box<T>()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            box.value = await work()
            done.signal()
        }
        done.wait()
        return box.value!
    }

    private final class Box<T>: @unchecked Sendable {
        // Written once by the task before the semaphore is signalled, read after the wait.
        var value: T?
    }
}
