import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A bar on standard error for work that takes minutes (hashing a city's PINs at `store init`), redrawn on one line
/// when standard error is a terminal and the whole percent changed; silent otherwise, so logs stay clean.
final class ProgressBar: @unchecked Sendable {
    private let label: String
    private let lock = NSLock()
    private var shownPercent = -1
    private let enabled = isatty(STDERR_FILENO) == 1

    init(_ label: String) {
        self.label = label
    }

    /// Safe from any thread.
    func update(_ done: Int, of total: Int) {
        guard enabled, total > 0 else { return }
        let percent = done * 100 / total
        lock.withLock {
            guard percent != shownPercent else { return }
            shownPercent = percent
            let filled = percent * 30 / 100
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: 30 - filled)
            let end = done == total ? "\n" : ""
            FileHandle.standardError.write(Data("\r\(label) \(bar) \(percent)% (\(done)/\(total))\(end)".utf8))
        }
    }
}
