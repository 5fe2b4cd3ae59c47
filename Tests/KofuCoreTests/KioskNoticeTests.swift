import Foundation
import KofuCore
import KofuTestSupport
import Testing

/// What the next person sees of a session that ended: the card left on the reader, and a notice that does not
/// stay on the screen.
@Suite struct KioskNoticeTests {
    static let toMenu = KioskFlowTests.toMenu

    @Test(arguments: [Refusal.locked, .movedOut])
    func aRefusalSaysToTakeTheCard(_ refusal: Refusal) throws {
        var kiosk = try KioskHarness(outcomes: ["100001": [.refused(refusal)]])
        kiosk.type("111100001\n")
        if kiosk.state.screen == .pinEntry { kiosk.type("1234\n") }
        #expect(kiosk.state.screen == .refused(refusal))
        #expect(kiosk.bodyText.contains("カードをお取りください。"))
    }

    @Test func anUnavailableSystemSaysToTakeTheSmartphone() throws {
        var kiosk = try KioskHarness()
        kiosk.authority.unavailable = true
        kiosk.type("112900001\n")
        #expect(kiosk.state.screen == .systemUnavailable)
        #expect(kiosk.bodyText.contains("スマートフォンをお取りください。"))
        #expect(!kiosk.bodyText.contains("カード"))
    }

    @Test func cancellingWithTheCardOnTheReaderSaysToTakeIt() throws {
        var kiosk = try KioskHarness()
        kiosk.type("111100001\n12q")
        #expect(kiosk.state.notice == .cancelled(returned: 0, onReader: .card))
        #expect(kiosk.bodyText.hasPrefix("中止しました。\nカードをお取りください。"))
    }

    @Test func timingOutOnARefusalSaysToTakeTheCard() throws {
        var kiosk = try KioskHarness(outcomes: ["100001": [.refused(.locked)]])
        kiosk.type("111100001\n")
        kiosk.advance(60)
        #expect(kiosk.state.screen == .start)
        #expect(kiosk.state.notice == .timedOut(returned: 0, onReader: .card))
    }

    /// After the take-card screen the card is in the resident's hand: a cancel says nothing about it.
    @Test func afterTheTakeCardScreenTheCardIsNotMentioned() throws {
        var kiosk = try KioskHarness()
        kiosk.type(Self.toMenu + "q")
        #expect(kiosk.state.notice == .cancelled(returned: 0))
        #expect(!kiosk.bodyText.contains("お取りください"))
    }

    @Test func theNoticeGoesAfterTenSeconds() throws {
        var kiosk = try KioskHarness()
        kiosk.type("1q")
        #expect(kiosk.bodyText.contains("中止しました。"))
        kiosk.advance(9)
        #expect(kiosk.state.notice != nil)
        kiosk.advance(1)
        #expect(kiosk.state.notice == nil)
        #expect(!kiosk.bodyText.contains("中止しました。"))
    }

    @Test func theNoticeOfATimeoutIsTimedFromTheTimeout() throws {
        var kiosk = try KioskHarness()
        kiosk.type("1")
        kiosk.advance(60)
        #expect(kiosk.state.notice == .timedOut(returned: 0))
        kiosk.advance(5)
        #expect(kiosk.bodyText.contains("一定時間操作がなかったため終了しました。"))
    }

    @Test func theNextCustomerDoesNotSeeIt() throws {
        var kiosk = try KioskHarness()
        kiosk.type(Self.toMenu + "2\n1" + "3q")
        #expect(kiosk.state.notice == .cancelled(returned: 100))
        kiosk.type("1")
        #expect(kiosk.state.screen == .terms)
        #expect(kiosk.state.notice == nil)
        kiosk.type("\u{1b}")
        #expect(!kiosk.bodyText.contains("返却"))
    }

    /// The closed screen never shows what happened to an earlier customer.
    @Test func closingClearsTheNotice() throws {
        let beforeClosing = CityClock.japan.date(year: 2026, month: 11, day: 25, hour: 22, minute: 59, second: 55)
        var kiosk = try KioskHarness(now: beforeClosing)
        kiosk.type("1q")
        #expect(kiosk.state.notice == .cancelled(returned: 0))
        kiosk.advance(5)
        #expect(kiosk.state.screen == .closed)
        #expect(kiosk.state.notice == nil)
        #expect(!kiosk.bodyText.contains("中止しました。"))
    }

    /// A session cut short by closing time tells its own resident, for the few seconds of a notice, that the
    /// cash came back and the card is still on the reader; then the closed screen is bare.
    @Test func closingTimeTellsItsResidentBrieflyOnly() throws {
        let beforeClosing = CityClock.japan.date(year: 2026, month: 11, day: 25, hour: 22, minute: 59, second: 50)
        var kiosk = try KioskHarness(now: beforeClosing)
        kiosk.type("111100001\n12")
        kiosk.advance(10)
        #expect(kiosk.state.screen == .closed)
        #expect(kiosk.state.notice == .hoursEnded(returned: 0, onReader: .card))
        #expect(kiosk.bodyText.contains("カードをお取りください。"))
        kiosk.advance(10)
        #expect(kiosk.state.notice == nil)
        #expect(kiosk.bodyText.hasPrefix("ただいまの時間は"))
    }
}
