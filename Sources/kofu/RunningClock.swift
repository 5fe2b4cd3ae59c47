import ArgumentParser
import Foundation
import KofuCore

/// Wall time that starts where `--now` says and then runs, measured on the monotonic clock so that a change
/// of the system time cannot move a session's timeouts.
struct RunningClock: Sendable {
    let start: Date
    let origin = DispatchTime.now()

    init(start: Date) { self.start = start }

    func now() -> Date {
        start.addingTimeInterval(Double(DispatchTime.now().uptimeNanoseconds - origin.uptimeNanoseconds) / 1e9)
    }

    /// The start of a session's clock: `--now` when given (as `InstantInput` reads it), else the real time.
    static func start(from now: String?) throws -> Date {
        guard let now else { return Date() }
        guard let date = InstantInput.date(now) else {
            throw ValidationError("--now \(now) is not a real date and time such as 2026-11-25T10:00:00+09:00 "
                                  + "(offsets run from -12:00 to +14:00; without one it is Japan time)")
        }
        return date
    }
}
