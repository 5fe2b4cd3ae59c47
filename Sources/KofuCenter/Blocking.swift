import Dispatch

/// The store's calls block (SQLite, PBKDF2); they run on a queue of their own so that they never hold up the
/// threads that serve the network.
enum Blocking {
    private static let queue = DispatchQueue(label: "kofu.center.store", attributes: .concurrent)

    static func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            queue.async { continuation.resume(with: Result { try work() }) }
        }
    }
}
