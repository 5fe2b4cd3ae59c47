import Foundation

/// Civil time in the city (Japan has one zone and no daylight saving). Hours, business dates and fiscal years are
/// all read in this calendar, whatever the machine's own zone.
public struct CityClock: Sendable {
    public let calendar: Calendar

    public static let japan = CityClock()

    public init(timeZone: TimeZone = TimeZone(identifier: "Asia/Tokyo")!) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        calendar.locale = Locale(identifier: "en_US_POSIX")
        self.calendar = calendar
    }

    /// Year to second and weekday (1 is Sunday), as the Gregorian calendar in this zone gives them, worked out from
    /// the zone's offset at that instant: the screens ask on every key and tick, and a calendar lookup is slow.
    public func parts(_ date: Date) -> DateComponents {
        let offset = Int64(calendar.timeZone.secondsFromGMT(for: date))
        let (days, second) = InstantText.dayAndSecond(local: Int64(date.timeIntervalSince1970.rounded(.down)) + offset)
        let (year, month, day) = InstantText.civil(days: days)
        // 1 January 1970 was a Thursday, weekday 5.
        return DateComponents(year: year, month: month, day: day, hour: second / 3600, minute: second / 60 % 60,
                              second: second % 60, weekday: (days % 7 + 11) % 7 + 1)
    }

    /// The business date as `YYYY-MM-DD`, the key of the ledger's daily totals.
    public func businessDate(_ date: Date) -> String {
        // By arithmetic on the zone's offset at that instant: every issuance asks, and a calendar lookup is slow.
        let seconds = Int64(date.timeIntervalSince1970.rounded(.down))
        return String(InstantText.format(seconds: seconds, offsetSeconds: calendar.timeZone.secondsFromGMT(for: date))
            .prefix(10))
    }

    /// "10:07": a time of today as the clock on the wall shows it.
    public func hourMinute(_ date: Date) -> String {
        let p = parts(date)
        return String(format: "%02d:%02d", p.hour!, p.minute!)
    }

    public func date(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) -> Date {
        calendar.date(from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second))!
    }

    /// Age in completed years on `date`, the way Japanese law counts it for the kiosk's under-15 rule.
    public func age(bornOn birth: DateComponents, at date: Date) -> Int {
        let p = parts(date)
        var age = p.year! - birth.year!
        if (p.month!, p.day!) < (birth.month!, birth.day!) { age -= 1 }
        return age
    }
}
