import Foundation

/// The store keeps instants as ISO-8601 UTC text; reports show them in Japan time, the time staff read on the
/// clock, so that a till closed at 17:05 does not read 08:05.
public enum LedgerTime {
    /// `2026-11-25T17:05:00+09:00`, for CSV and JSON. Text that is not an ISO-8601 instant is given back as it is.
    public static func iso(_ stored: String) -> String {
        guard let date = parse(stored) else { return stored }
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = CityClock.japan.calendar.timeZone
        return formatter.string(from: date)
    }

    /// `2026-11-25 17:05`, for tables.
    public static func minute(_ stored: String) -> String {
        guard let date = parse(stored) else { return stored }
        let p = CityClock.japan.parts(date)
        return CityClock.japan.businessDate(date) + String(format: " %02d:%02d", p.hour!, p.minute!)
    }

    private static func parse(_ stored: String) -> Date? {
        ISO8601DateFormatter().date(from: stored)
    }
}
