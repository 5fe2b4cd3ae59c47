import Foundation

/// When the multi-copy machines serve: 6:30–23:00 every day, except the year-end holidays 12/29–1/3.
public struct KioskHours: Sendable {
    public var opensAt: (hour: Int, minute: Int) = (6, 30)
    public var closesAt: (hour: Int, minute: Int) = (23, 0)

    public init() {}

    public func isOpen(at date: Date, clock: CityClock) -> Bool {
        let p = clock.parts(date)
        if Self.isYearEndHoliday(month: p.month!, day: p.day!) { return false }
        let minutes = p.hour! * 60 + p.minute!
        return minutes >= opensAt.hour * 60 + opensAt.minute && minutes < closesAt.hour * 60 + closesAt.minute
    }

    /// When a demo should start: nil (the real time) if the kiosk serves now, else 10:00 of the first day from
    /// today on which it serves, so that every path can be tried at once.
    public func demoStart(at date: Date, clock: CityClock) -> Date? {
        if isOpen(at: date, clock: clock) { return nil }
        var day = date
        while true {
            let p = clock.parts(day)
            let morning = clock.date(year: p.year!, month: p.month!, day: p.day!, hour: 10)
            if isOpen(at: morning, clock: clock) { return morning }
            day = morning.addingTimeInterval(86_400)
        }
    }

    public static func isYearEndHoliday(month: Int, day: Int) -> Bool {
        (month == 12 && day >= 29) || (month == 1 && day <= 3)
    }

    public var openingText: String {
        String(format: "%d:%02d–%d:%02d", opensAt.hour, opensAt.minute, closesAt.hour, closesAt.minute)
    }
}
