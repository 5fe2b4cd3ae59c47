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

    public static func isYearEndHoliday(month: Int, day: Int) -> Bool {
        (month == 12 && day >= 29) || (month == 1 && day <= 3)
    }

    public var openingText: String {
        String(format: "%d:%02d–%d:%02d", opensAt.hour, opensAt.minute, closesAt.hour, closesAt.minute)
    }
}
