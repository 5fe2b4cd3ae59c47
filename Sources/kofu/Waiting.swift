import Dispatch

/// Waits on the calling thread for asynchronous work: the CLI's synchronous commands run on the main thread, outside
/// the pool the work runs on, so waiting there cannot starve it.
enum Waiting {
    private final class Box<T>: @unchecked Sendable {
        // Set once by the task before it signals, read once after the wait: the semaphore orders the two.
        var result: Result<T, any Error>?
    }

    static func result<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) -> Result<T, any Error> {
        let done = DispatchSemaphore(value: 0)
        let box = Box<T>()
        Task {
            do { box.result = .success(try await work()) } catch { box.result = .failure(error) }
            done.signal()
        }
        done.wait()
        return box.result!
    }
}
