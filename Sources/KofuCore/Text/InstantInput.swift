import Foundation

/// An instant as `--now` takes it: `2026-11-25T10:00:00+09:00`; the seconds may be left out, the offset too
/// (then it is Japan time), and a bare date means its midnight in Japan. Every part must be real: a day the calendar
/// has, a time of the day, and an offset a place on Earth uses (−12:00 to +14:00). A lenient parser would read
/// 2026-02-30 as 2 March and take +25:00.
public enum InstantInput {
    public static func date(_ text: String) -> Date? {
        let parts = text.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false)
        guard let (year, month, day) = JapaneseDate.parse(String(parts[0])) else { return nil }
        var time = parts.count == 2 ? parts[1] : "00:00"
        var offset = 9 * 3600
        if time.hasSuffix("Z") {
            offset = 0
            time = time.dropLast()
        } else if let sign = time.lastIndex(where: { $0 == "+" || $0 == "-" }) {
            guard let seconds = offsetSeconds(time[sign...]) else { return nil }
            offset = seconds
            time = time[..<sign]
        }
        let fields = time.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(fields.count),
              fields.allSatisfy({ $0.count == 2 && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let hour = Int(fields[0]), let minute = Int(fields[1]), hour < 24, minute < 60 else { return nil }
        let second = fields.count == 3 ? Int(fields[2])! : 0
        guard second < 60, let zone = TimeZone(secondsFromGMT: offset) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar.date(from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute,
                                                  second: second))
    }

    /// `+09:00` or `+0900` as seconds east of UTC, within −12:00…+14:00.
    static func offsetSeconds(_ text: Substring) -> Int? {
        let digits = text.dropFirst().filter { $0 != ":" }
        guard digits.count == 4, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
              text.dropFirst().count == (text.contains(":") ? 5 : 4),
              let hours = Int(digits.prefix(2)), let minutes = Int(digits.suffix(2)), minutes < 60 else { return nil }
        let seconds = (hours * 60 + minutes) * 60 * (text.first == "-" ? -1 : 1)
        return (-12 * 3600...14 * 3600).contains(seconds) ? seconds : nil
    }
}
