import Foundation
import KofuCore
import KofuTestSupport
import Testing

@Suite struct HoursTests {
    let clock = CityClock.japan

    @Test(arguments: [(6, 29, false), (6, 30, true), (22, 59, true), (23, 0, false), (2, 0, false)])
    func dailyHours(_ hour: Int, _ minute: Int, _ open: Bool) {
        #expect(KioskHours().isOpen(at: clock.date(year: 2026, month: 11, day: 25, hour: hour, minute: minute), clock: clock) == open)
    }

    @Test(arguments: [(12, 28, true), (12, 29, false), (12, 31, false), (1, 1, false), (1, 3, false), (1, 4, true)])
    func yearEnd(_ month: Int, _ day: Int, _ open: Bool) {
        #expect(KioskHours().isOpen(at: clock.date(year: 2026, month: month, day: day, hour: 12), clock: clock) == open)
    }

    @Test func closedScreenOpensWhenHoursBegin() throws {
        var kiosk = try KioskHarness(now: clock.date(year: 2026, month: 11, day: 25, hour: 6, minute: 29))
        #expect(kiosk.state.screen == .closed)
        kiosk.type("1")
        #expect(kiosk.state.screen == .closed)
        kiosk.advance(60)
        #expect(kiosk.state.screen == .start)
    }

    @Test func businessDateIsTheCityDate() {
        // 15:30 UTC is already the next day in Komaki.
        let date = Date(timeIntervalSince1970: 1_795_620_600)  // 2026-11-25T15:30:00Z
        #expect(clock.businessDate(date) == "2026-11-26")
    }

    @Test func ageCountsCompletedYears() {
        let birth = DateComponents(year: 2011, month: 11, day: 26)
        #expect(clock.age(bornOn: birth, at: clock.date(year: 2026, month: 11, day: 25)) == 14)
        #expect(clock.age(bornOn: birth, at: clock.date(year: 2026, month: 11, day: 26)) == 15)
    }
}
