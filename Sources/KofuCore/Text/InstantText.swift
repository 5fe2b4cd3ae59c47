import Foundation

/// Instants as ISO-8601 text (`2026-11-25T01:00:00Z`, `2026-11-25T10:00:00+09:00`), written and read by arithmetic
/// on the proleptic Gregorian calendar. A Foundation formatter is built per call otherwise, and costs more than the
/// rest of a ledger row or an issuance; text in any other shape is still read by Foundation.
public enum InstantText {
    /// Whole seconds since 1970 in UTC, with `Z`.
    public static func utc(_ date: Date) -> String {
        format(seconds: Int64(date.timeIntervalSince1970.rounded(.down)), offsetSeconds: 0)
    }

    /// The same instant on a clock `offsetSeconds` ahead of UTC, written with that offset (`+09:00`).
    public static func format(seconds: Int64, offsetSeconds: Int) -> String {
        let (days, second) = dayAndSecond(local: seconds + Int64(offsetSeconds))
        let (year, month, day) = civil(days: days)
        // Written digit by digit into one buffer: this runs for every row of an export.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(25)
        func digits(_ value: Int, _ count: Int) {
            var divisor = 1
            for _ in 1..<count { divisor *= 10 }
            while divisor > 0 {
                bytes.append(UInt8(0x30 + value / divisor % 10))
                divisor /= 10
            }
        }
        digits(year, max(4, String(year).count)); bytes.append(0x2D); digits(month, 2); bytes.append(0x2D); digits(day, 2); bytes.append(0x54)
        digits(second / 3600, 2); bytes.append(0x3A); digits(second / 60 % 60, 2); bytes.append(0x3A)
        digits(second % 60, 2)
        if offsetSeconds == 0 {
            bytes.append(0x5A)
        } else {
            let minutes = abs(offsetSeconds) / 60
            bytes.append(offsetSeconds < 0 ? 0x2D : 0x2B); digits(minutes / 60, 2); bytes.append(0x3A)
            digits(minutes % 60, 2)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Local seconds since 1970 as whole days since 1970-01-01 and the second of that day, rounding down before 1970.
    public static func dayAndSecond(local: Int64) -> (days: Int, second: Int) {
        let days = Int(local >= 0 ? local / 86_400 : (local - 86_399) / 86_400)
        return (days, Int(local - Int64(days) * 86_400))
    }

    /// `seconds(_:)` for the shape Kofu writes; any other ISO-8601 instant through Foundation (whole seconds).
    public static func lenientSeconds(_ text: String) -> Int64? {
        seconds(text) ?? ISO8601DateFormatter().date(from: text).map { Int64($0.timeIntervalSince1970.rounded(.down)) }
    }

    /// Seconds since 1970 of `YYYY-MM-DDTHH:MM:SS` followed by `Z` or `±HH:MM`; nil for anything else.
    public static func seconds(_ text: String) -> Int64? {
        let b = Array(text.utf8)
        guard b.count == 20 || b.count == 25, b[4] == 0x2D, b[7] == 0x2D, b[10] == 0x54, b[13] == 0x3A,
              b[16] == 0x3A, let year = number(b, 0, 4), let month = number(b, 5, 2), let day = number(b, 8, 2),
              let hour = number(b, 11, 2), let minute = number(b, 14, 2), let second = number(b, 17, 2),
              (1...12).contains(month), (1...daysIn(month, of: year)).contains(day), hour < 24, minute < 60,
              second < 60 else { return nil }
        var offset = 0
        if b.count == 20 {
            guard b[19] == 0x5A else { return nil }
        } else {
            guard b[19] == 0x2B || b[19] == 0x2D, b[22] == 0x3A, let h = number(b, 20, 2), let m = number(b, 23, 2),
                  h < 24, m < 60 else { return nil }
            offset = (h * 3600 + m * 60) * (b[19] == 0x2D ? -1 : 1)
        }
        let local = Int64(days(year: year, month: month, day: day)) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
        return local - Int64(offset)
    }

    /// Days since 1970-01-01 of a civil date (H. Hinnant's algorithm).
    static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
        return era * 146_097 + yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear - 719_468
    }

    /// The civil date `days` after 1970-01-01.
    public static func civil(days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, dayOfYear - (153 * mp + 2) / 5 + 1)
    }

    static func daysIn(_ month: Int, of year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func number(_ b: [UInt8], _ start: Int, _ count: Int) -> Int? {
        var value = 0
        for byte in b[start..<(start + count)] {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }
}
