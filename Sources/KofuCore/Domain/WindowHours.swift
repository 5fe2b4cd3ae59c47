import Foundation

/// When the city hall window serves (from `Assets/municipality.json` and `Assets/calendar/holidays.json`):
/// weekdays in the configured hours, the Sunday window every Sunday (holiday or not) except 12/29–1/3,
/// never on Saturdays or national holidays.
public struct WindowHours: Equatable, Sendable {
    /// Minutes after midnight, `opens` included, `closes` excluded.
    public struct Span: Equatable, Sendable {
        public var opens: Int
        public var closes: Int

        public init(opens: Int, closes: Int) {
            self.opens = opens
            self.closes = closes
        }

        func contains(hour: Int, minute: Int) -> Bool { (opens..<closes).contains(hour * 60 + minute) }

        /// "9:00–16:00".
        public var text: String {
            String(format: "%d:%02d–%d:%02d", opens / 60, opens % 60, closes / 60, closes % 60)
        }
    }

    public var weekday: Span
    public var sunday: Span
    /// `YYYY-MM-DD` dates of national holidays and substitute holidays.
    public var holidays: Set<String>

    public init(weekday: Span, sunday: Span, holidays: Set<String>) {
        self.weekday = weekday
        self.sunday = sunday
        self.holidays = holidays
    }

    public func isOpen(at date: Date, clock: CityClock) -> Bool {
        let p = clock.parts(date)
        if KioskHours.isYearEndHoliday(month: p.month!, day: p.day!) { return false }
        switch p.weekday! {
        case 1: return sunday.contains(hour: p.hour!, minute: p.minute!)
        case 7: return false
        default:
            return !holidays.contains(clock.businessDate(date)) && weekday.contains(hour: p.hour!, minute: p.minute!)
        }
    }

    /// The last year the holiday calendar covers: beyond it every weekday would wrongly count as a working day.
    public var calendarEnds: Int? { holidays.compactMap { Int($0.prefix(4)) }.max() }

    /// Whether the calendar knows the holidays of `date`'s year.
    public func covers(_ date: Date, clock: CityClock) -> Bool {
        (calendarEnds ?? 0) >= clock.parts(date).year!
    }
}

extension WindowHours {
    public struct Invalid: Error, CustomStringConvertible {
        public let description: String
    }

    private struct Settings: Decodable {
        struct Hours: Decodable { var opens: String; var closes: String }
        struct Window: Decodable { var weekday: Hours; var sunday: Hours }
        var windowHours: Window
    }

    private struct Calendar: Decodable { var holidays: [String: String] }

    /// Parses the municipality settings and the holiday calendar (the shell reads the files).
    public init(settings: [UInt8], calendar: [UInt8]) throws {
        let decoder = JSONDecoder()
        guard let parsed = try? decoder.decode(Settings.self, from: Data(settings)) else {
            throw Invalid(description: "municipality.json has no windowHours with weekday and sunday opens/closes")
        }
        guard let days = try? decoder.decode(Calendar.self, from: Data(calendar)) else {
            throw Invalid(description: "holidays.json has no holidays object of dates to names")
        }
        func span(_ hours: Settings.Hours) throws -> Span {
            guard let opens = Self.minutes(hours.opens), let closes = Self.minutes(hours.closes), opens < closes else {
                throw Invalid(description: "municipality.json: window hours \(hours.opens)–\(hours.closes) are not HH:MM–HH:MM")
            }
            return Span(opens: opens, closes: closes)
        }
        self.init(weekday: try span(parsed.windowHours.weekday), sunday: try span(parsed.windowHours.sunday),
                  holidays: Set(days.holidays.keys))
    }

    static func minutes(_ text: String) -> Int? {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]), (0...24).contains(h), (0..<60).contains(m)
        else { return nil }
        return h * 60 + m
    }
}
