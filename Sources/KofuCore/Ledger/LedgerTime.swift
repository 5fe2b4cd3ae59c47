import Foundation

/// The store keeps instants as ISO-8601 UTC text; reports show them in Japan time, the time staff read on the
/// clock, so that a till closed at 17:05 does not read 08:05.
public enum LedgerTime {
    /// `2026-11-25T17:05:00+09:00`, for CSV and JSON. Text that is not an ISO-8601 instant is given back as it is.
    public static func iso(_ stored: String) -> String {
        guard let seconds = InstantText.lenientSeconds(stored) else { return stored }
        return InstantText.format(seconds: seconds, offsetSeconds: japanOffset)
    }

    /// `2026-11-25 17:05`, for tables.
    public static func minute(_ stored: String) -> String {
        guard let seconds = InstantText.lenientSeconds(stored) else { return stored }
        // "2026-11-25T17:05:00+09:00" cut to the minute.
        let local = Array(InstantText.format(seconds: seconds, offsetSeconds: japanOffset).utf8)
        return String(decoding: local[0..<10], as: UTF8.self) + " " + String(decoding: local[11..<16], as: UTF8.self)
    }

    /// Japan has kept one offset all year since its last summer time, in 1951, long before any ledger row.
    static let japanOffset = 9 * 3600
}
