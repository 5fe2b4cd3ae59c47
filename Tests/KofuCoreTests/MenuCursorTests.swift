import KofuCore
import KofuTestSupport
import Testing

/// The highlight never rests on an item that cannot be chosen, on either flow.
@Suite struct MenuCursorTests {
    @Test func settleKeepsAnEnabledItemAndOtherwiseTakesTheFirstEnabled() {
        #expect(MenuCursor.settle(2, [true, true, true]) == 2)
        #expect(MenuCursor.settle(0, [false, true, true]) == 1)
        #expect(MenuCursor.settle(5, [false, false, true]) == 2)
        #expect(MenuCursor.settle(1, [false, false]) == 0)
        #expect(MenuCursor.settle(0, []) == 0)
    }

    @Test func stepsPassOverDisabledItemsAndWrap() {
        let enabled = [true, false, false, true, false]
        #expect(MenuCursor.step(0, by: 1, enabled) == 3)
        #expect(MenuCursor.step(3, by: 1, enabled) == 0)
        #expect(MenuCursor.step(0, by: -1, enabled) == 3)
        #expect(MenuCursor.step(0, by: 1, [true]) == 0)
        #expect(MenuCursor.step(0, by: 1, []) == 0)
    }

    @Test func theKioskMenuOpensOnTheFirstCertificateItCanIssue() throws {
        let profile = KioskProfile(residentID: "R007", name: "加藤 健一", householdMembers: [],
                                   hasSealRegistration: false, incomeFiscalYears: [2026])
        var kiosk = try KioskHarness(outcomes: ["100001": [.authenticated(profile)]])
        kiosk.type("111100001\n1234\n\n1")
        // A one-person household: 本人のみ is highlighted, and the arrow passes over 一部 to 世帯全員 (the same
        // person under the household's wording).
        #expect(kiosk.state.screen == .residentScope)
        #expect(kiosk.state.cursor == 0)
        kiosk.type("↓")
        #expect(kiosk.state.cursor == 2)
        kiosk.type("\u{1b}↓")
        // 印鑑登録証明書 (no seal) is passed over on the way to 所得・課税証明書.
        #expect(kiosk.state.screen == .certificateMenu)
        #expect(kiosk.state.cursor == 2)
    }

    @Test func theWindowMenuOutsideHoursHighlightsWhatStillWorks() throws {
        let evening = CityClock.japan.date(year: 2026, month: 11, day: 25, hour: 18, minute: 0)
        var window = try WindowHarness(now: evening)
        window.logIn()
        #expect(window.state.screen == .home)
        // Serving, PIN reset, refunds and the summary are closed to a clerk after hours: logout is what is left.
        #expect(window.state.cursor == 5)
        window.type("\n")
        #expect(window.state.screen == .staffID)
    }
}
