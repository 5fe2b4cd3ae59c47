import Foundation
import KofuCore
import KofuTestSupport
import Testing

@Suite struct WindowHoursTests {
    let clock = CityClock.japan
    let hours: WindowHours

    init() throws {
        hours = try WindowHours(
            settings: Array(try Data(contentsOf: assetsDirectory.appendingPathComponent("municipality.json"))),
            calendar: Array(try Data(contentsOf: assetsDirectory.appendingPathComponent("calendar/holidays.json"))))
    }

    func open(_ y: Int, _ m: Int, _ d: Int, _ h: Int, _ min: Int = 0) -> Bool {
        hours.isOpen(at: clock.date(year: y, month: m, day: d, hour: h, minute: min), clock: clock)
    }

    @Test func weekdayHoursComeFromTheSettings() {
        #expect(!open(2026, 11, 25, 8, 59))
        #expect(open(2026, 11, 25, 9))
        #expect(open(2026, 11, 25, 15, 59))
        #expect(!open(2026, 11, 25, 16))
    }

    @Test func saturdaysAndNationalHolidaysAreClosed() {
        #expect(!open(2026, 11, 28, 10))  // Saturday
        #expect(!open(2026, 11, 23, 10))  // 勤労感謝の日, a Monday
        #expect(!open(2026, 9, 22, 10))  // 国民の休日
        #expect(!open(2027, 3, 22, 10))  // 振替休日
        #expect(open(2026, 11, 24, 10))
    }

    @Test func theSundayWindowOpensEverySundayButNewYear() {
        #expect(open(2026, 11, 29, 10))
        #expect(open(2026, 5, 3, 10))  // a Sunday that is also 憲法記念日
        #expect(!open(2027, 1, 3, 10))  // Sunday within 12/29–1/3
        #expect(!open(2026, 12, 29, 10))  // Tuesday, year-end
    }

    @Test func theCalendarCoversTheYearsTheCityNeeds() {
        #expect(hours.calendarEnds ?? 0 >= 2027)
        #expect(hours.covers(clock.date(year: 2027, month: 12, day: 1), clock: clock))
        #expect(!hours.covers(clock.date(year: 2028, month: 1, day: 10), clock: clock))
        #expect(hours.weekday.text == "9:00–16:00")
        #expect(hours.holidays.filter { $0.hasPrefix("2024") }.count == 21)
    }

    @Test func brokenSettingsAreRefusedClearly() {
        let error = #expect(throws: WindowHours.Invalid.self) {
            try WindowHours(settings: Array(#"{"windowHours":{"weekday":{"opens":"9","closes":"16:00"},"sunday":{"opens":"09:00","closes":"16:00"}}}"#.utf8),
                            calendar: Array(#"{"holidays":{}}"#.utf8))
        }
        #expect(error?.description.contains("not HH:MM") == true)
    }
}
