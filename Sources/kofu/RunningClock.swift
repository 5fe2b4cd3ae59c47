import ArgumentParser
import Foundation

/// Wall time that starts where `--now` says and then runs, measured on the monotonic clock so that a change
/// of the system time cannot move a session's timeouts.
struct RunningClock: Sendable {
    let start: Date
    let origin = DispatchTime.now()

    init(start: Date) { self.start = start }

    func now() -> Date {
        start.addingTimeInterval(Double(DispatchTime.now().uptimeNanoseconds - origin.uptimeNanoseconds) / 1e9)
    }

    /// `--now` takes ISO 8601 with an offset (2026-11-25T10:00:00+09:00); without one it is Japan time, and a
    /// bare date means its midnight.
    /// The start of a session's clock: `--now` when given, else the real time.
    static func start(from now: String?) throws -> Date {
        guard let now else { return Date() }
        guard let date = parse(now) else {
            throw ValidationError("--now \(now) is not an ISO 8601 date-time such as 2026-11-25T10:00:00+09:00")
        }
        return date
    }

    static func parse(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        return [text, text + "+09:00", text + "T00:00:00+09:00"].lazy.compactMap(formatter.date(from:)).first
    }
}
