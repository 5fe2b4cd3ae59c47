import Foundation
import KofuCore
import KofuTestSupport
import Testing

/// How sessions end — cancel, idle, closing time, failures, signals — and that money only moves with a certificate.
@Suite struct KioskSessionEndTests {
    static let toMenu = KioskFlowTests.toMenu

    /// Every point where 中止 is offered: the session ends, nothing is charged, inserted cash comes back.
    static let cancelPoints: [(String, KioskScreen)] = [
        ("1", .terms), ("11", .credentialKind), ("1111", .credentialEntry), ("111100001\n1", .pinEntry),
        ("111100001\n1234\n", .takeCard), (toMenu, .certificateMenu), (toMenu + "1", .residentScope),
        (toMenu + "12", .householdMembers), (toMenu + "11", .residentOptions), (toMenu + "3", .fiscalYear),
        (toMenu + "2", .copies), (toMenu + "2\n", .confirm), (toMenu + "2\n1", .payment), (toMenu + "23\n13", .payment),
    ]

    @Test(arguments: cancelPoints)
    func cancelChargesNothing(_ keys: String, _ screen: KioskScreen) throws {
        var kiosk = try KioskHarness()
        kiosk.type(keys)
        #expect(kiosk.state.screen == screen)
        let inserted = kiosk.state.session?.inserted ?? 0
        kiosk.type("q")
        #expect(kiosk.state.screen == .start)
        #expect(kiosk.state.session == nil)
        // From the card number until the take-card screen the card is on the reader: the notice says to take it.
        #expect(kiosk.state.notice == .cancelled(returned: inserted, onReader: [.credentialEntry, .pinEntry].contains(screen) ? .card : nil))
        #expect(kiosk.desk.orders.isEmpty)
        #expect(kiosk.cash.dispensed == (inserted > 0 ? [inserted] : []))
    }

    @Test func cancelIsRefusedOnceIssued() throws {
        var kiosk = try KioskHarness()
        kiosk.type(Self.toMenu + "2\n14")
        #expect(kiosk.state.screen == .printing)
        kiosk.type("q")
        #expect(kiosk.state.screen == .printing)
        #expect(kiosk.desk.orders.count == 1)
    }

    @Test func escapeOnPaymentGivesMoneyBackAndReturnsToConfirmation() throws {
        var kiosk = try KioskHarness()
        kiosk.type(Self.toMenu + "23\n13")
        kiosk.type("\u{1b}")
        #expect(kiosk.state.screen == .confirm)
        #expect(kiosk.cash.dispensed == [100])
        kiosk.type("1" + "5")
        #expect(kiosk.desk.orders.first?.copies == 3)
        #expect(kiosk.cash.dispensed == [100, 550])
    }

    @Test func idleSessionEndsAfterACountdownAndDropsThePIN() throws {
        var kiosk = try KioskHarness()
        kiosk.type("111100001\n12")
        kiosk.advance(44)
        #expect(kiosk.state.idleCountdown == nil)
        kiosk.advance(2)
        #expect(kiosk.state.idleCountdown == 14)
        kiosk.advance(14)
        #expect(kiosk.state.screen == .start)
        #expect(kiosk.state.session == nil)
        #expect(kiosk.state.notice == .timedOut(returned: 0, onReader: .card))
    }

    @Test func idlePaymentReturnsTheInsertedCash() throws {
        var kiosk = try KioskHarness()
        kiosk.type(Self.toMenu + "25\n14")
        kiosk.advance(60)
        #expect(kiosk.state.notice == .timedOut(returned: 500))
        #expect(kiosk.cash.dispensed == [500])
        #expect(kiosk.desk.orders.isEmpty)
    }

    @Test func closingTimeEndsAnUnpaidSessionAndGivesTheCashBack() throws {
        let lateEvening = CityClock.japan.date(year: 2026, month: 11, day: 25, hour: 22, minute: 59)
        var kiosk = try KioskHarness(now: lateEvening)
        kiosk.type(Self.toMenu + "2\n13")
        #expect(kiosk.state.screen == .payment)
        kiosk.advance(60)
        #expect(kiosk.state.screen == .closed)
        #expect(kiosk.state.notice == .hoursEnded(returned: 100))
        #expect(kiosk.cash.dispensed == [100])
        #expect(kiosk.desk.orders.isEmpty)
    }

    @Test func aPaidSessionFinishesAfterClosingTime() throws {
        let lateEvening = CityClock.japan.date(year: 2026, month: 11, day: 25, hour: 22, minute: 59, second: 58)
        var kiosk = try KioskHarness(now: lateEvening)
        kiosk.type(Self.toMenu + "2\n14")
        kiosk.advance(3)
        #expect(kiosk.state.screen == .takeCertificate)
        #expect(kiosk.desk.orders.count == 1)
    }

    @Test func walkingAwayWithTheCertificateIsNoFailure() throws {
        var kiosk = try KioskHarness()
        kiosk.type(Self.toMenu + "2\n14")
        kiosk.advance(5)
        #expect(kiosk.state.screen == .takeCertificate)
        kiosk.advance(60)
        #expect(kiosk.state.screen == .start)
        #expect(kiosk.state.notice == nil)
    }

    @Test func aKeyRestartsTheIdleClock() throws {
        var kiosk = try KioskHarness()
        kiosk.type("1")
        kiosk.advance(50)
        kiosk.type("↓")
        kiosk.advance(50)
        #expect(kiosk.state.screen == .terms)
    }

    @Test func failedIssuanceReturnsEverythingAndChargesNothing() throws {
        var kiosk = try KioskHarness()
        kiosk.desk.failure = FakeFailure.unavailable
        kiosk.type(Self.toMenu + "2\n16")
        #expect(kiosk.state.screen == .issueFailed)
        #expect(kiosk.cash.dispensed == [5000])
        #expect(kiosk.printer.printed.isEmpty)
    }

    @Test func failedPrintIsRefundedByTheLedger() throws {
        var kiosk = try KioskHarness()
        kiosk.printer.jammed = true
        kiosk.type(Self.toMenu + "22\n14")
        #expect(kiosk.state.screen == .printFailed)
        #expect(kiosk.desk.refunds == [1])
        #expect(kiosk.cash.dispensed == [200, 300])
    }

    @Test func interruptDuringPaymentGivesTheMoneyBack() throws {
        var kiosk = try KioskHarness()
        kiosk.type(Self.toMenu + "23\n13" + "3")
        kiosk.runtime.interrupt(at: kiosk.now)
        #expect(kiosk.state.isFinished)
        #expect(kiosk.state.notice == .interrupted(returned: 200))
        #expect(kiosk.cash.dispensed == [200])
        #expect(kiosk.desk.orders.isEmpty)
    }

    /// A signal after the fee was paid: the certificate stands and the notice gives back nothing more than the change.
    @Test func interruptAfterPaymentReturnsNothingMore() throws {
        var kiosk = try KioskHarness()
        kiosk.type(Self.toMenu + "2\n14")
        #expect(kiosk.state.screen == .printing)
        kiosk.runtime.interrupt(at: kiosk.now)
        #expect(kiosk.state.isFinished)
        #expect(kiosk.state.notice == .interrupted(returned: 0))
        #expect(kiosk.cash.dispensed == [350])
        #expect(kiosk.desk.orders.count == 1 && kiosk.printer.printed.count == 1 && kiosk.desk.refunds.isEmpty)
    }
}
