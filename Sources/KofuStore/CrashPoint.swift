import Foundation
import Synchronization

/// The moments between a commit and its paper, where a crash is worst and where a random kill almost never lands
/// (they last microseconds). For the crash harness only: `KOFU_CRASH_AT=<point>:<n>` in the environment kills the
/// process with SIGKILL the n-th time it reaches `point`, as a power cut would, with nothing flushed or cleaned up.
/// Without the variable, passing a point costs one comparison.
public enum CrashPoint: String, Sendable {
    /// Committed and charged; nothing written yet.
    case print
    /// Every copy staged under its hidden name; none renamed into place.
    case staged
    /// A copy renamed into place, its seal not yet appended.
    case renamed
    /// Every copy whole on disk and flushed; not yet marked printed.
    case sealed
    /// At the issuance center: committed and charged; the answer not yet sent to the terminal.
    case answer

    private static let target: (point: CrashPoint, count: Int)? = {
        guard let value = ProcessInfo.processInfo.environment["KOFU_CRASH_AT"] else { return nil }
        let parts = value.split(separator: ":")
        guard parts.count == 2, let point = CrashPoint(rawValue: String(parts[0])), let count = Int(parts[1]),
              count > 0 else { return nil }
        return (point, count)
    }()

    private static let passes = Mutex(0)

    public static func pass(_ point: CrashPoint) {
        // Debug builds only (those `make test` runs): a shop's release build cannot be stopped this way.
        #if DEBUG
        guard let target, target.point == point else { return }
        if passes.withLock({ count in count += 1; return count }) == target.count { kill(getpid(), SIGKILL) }
        #endif
    }
}
