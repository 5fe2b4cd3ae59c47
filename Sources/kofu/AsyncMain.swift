import Dispatch

/// Runs asynchronous work to its end from a synchronous command: the CLI's root stays synchronous so that the
/// kiosk starts without the concurrency runtime, and only the commands that serve or call the network use it.
enum AsyncMain {
    private final class Outcome: @unchecked Sendable {
        // Written once by the task before it signals, read once after the wait: the semaphore orders the two.
        var result: Result<Void, any Error> = .success(())
    }

    static func run(_ work: @escaping @Sendable () async throws -> Void) throws {
        let done = DispatchSemaphore(value: 0)
        let outcome = Outcome()
        Task {
            do { try await work() } catch { outcome.result = .failure(error) }
            done.signal()
        }
        done.wait()
        try outcome.result.get()
    }
}
