import Foundation
import KofuCore
import KofuTestSupport
import Testing

/// The counter's money as the clerk handles it: cash and change, refunds, receipts, the till and its close.
@Suite struct WindowMoneyFlowTests {
    static let toCertificate = WindowFlowTests.toCertificate

    @Test func aRefundIsChosenFromTodaysIssuancesWithAReasonAndTheCopiesTakenBack() throws {
        var window = try WindowHarness()
        window.logIn()
        window.type("3")
        #expect(window.state.screen == .refundIssuance)
        #expect(WindowMenu.items(for: window.state).map(\.choice) == [.refundTarget(0)])
        window.type("1")
        #expect(window.state.screen == .refundReason)
        window.type("5" + "\n")
        #expect(window.state.message == WindowMessage("window.message.noteRequired"), "\"other\" needs words")
        window.type("お客様の申出\n")
        #expect(window.state.screen == .confirmRefund)
        #expect(window.runtime.screen.body.contains(.paragraph("証明書1部を回収してから進んでください。", .warning)))
        #expect(window.desk.refunds.isEmpty)
        window.type("1" + "super01\nsuper-pass\n")
        #expect(window.desk.refunds.map(\.0) == [RefundRequest(issuanceID: 12, reason: .other, note: "お客様の申出",
                                                               copiesCollected: true)])
        #expect(window.desk.refunds.map(\.1) == ["super01"])
        #expect(window.state.screen == .home)
        #expect(window.state.message == WindowMessage("window.message.refunded", ["12"], isError: false))
        window.type("3")
        #expect(window.state.screen == .home, "a refunded issuance is not offered again")
        #expect(window.state.message == WindowMessage("window.message.nothingToRefund"))
    }

    @Test func theCashHandedOverMustCoverTheFeeAndTheChangeIsShown() throws {
        var window = try WindowHarness()
        window.logIn()
        window.type(Self.toCertificate + "41" + "2\n" + "1" + "1")
        #expect(window.state.screen == .cashReceived && window.desk.orders.isEmpty)
        window.type("500\n")
        #expect(window.state.message == WindowMessage("window.message.notEnoughCash", ["600"]))
        #expect(window.desk.orders.isEmpty)
        window.type("1000\n")
        #expect(window.desk.orders.first?.cashReceived == 1000 && window.desk.orders.first?.change == 400)
        #expect(window.runtime.screen.body.contains {
            if case .table(let rows) = $0 { rows.contains { $0 == TableRow("おつり", "400円", .strong) } } else { false }
        })
    }

    @Test func aReceiptIsPrintedAfterIssuingAndForAnyIssuanceByNumberOrSerial() throws {
        var window = try WindowHarness()
        window.logIn()
        window.type(Self.toCertificate + "41" + "1\n" + "1" + "1" + "300\n")
        #expect(window.state.screen == .issued)
        window.type("1")
        #expect(window.printer.receipts.map(\.issuanceID) == [1] && window.state.screen == .issued)
        #expect(window.state.message == WindowMessage("window.message.receiptPrinted", ["1"], isError: false))
        window.type("2" + "5" + "K-3FA9C1-20261125-000123-1\n")
        #expect(window.printer.receipts.map(\.issuanceID) == [1, 123] && window.state.screen == .home)
        window.type("5" + "1\n")
        #expect(window.state.message == WindowMessage("window.message.receiptReissued", ["1"], isError: false))
        window.type("5" + "K-1\n")
        #expect(window.state.screen == .receiptIssuance)
        #expect(window.state.message == WindowMessage("window.message.badIssuanceNumber"))
    }

    struct SameDayOnly: Error, ClerkExplained {
        var clerkReason: String { "notSameBusinessDay" }
    }

    @Test func aRuleRefusalIsExplainedInTheScreensLanguage() throws {
        var window = try WindowHarness()
        window.desk.refundFailure = SameDayOnly()
        window.logIn()
        window.type("3" + "1" + "1" + "\n" + "1" + "super01\nsuper-pass\n")
        #expect(window.state.message == WindowMessage("window.refusal.notSameBusinessDay"))
        #expect(window.state.screen == .supervisorID)
    }

    @Test func aRefusedRefundLeavesThePasswordScreen() throws {
        var window = try WindowHarness()
        window.desk.refundFailure = FakeFailure.unavailable
        window.logIn()
        window.type("3" + "1" + "1" + "\n" + "1" + "super01\nsuper-pass\n")
        #expect(window.state.screen == .supervisorID)
        #expect(window.state.message?.key == "window.message.failed")
    }

    @Test func pinResetAsksTwiceAndKeepsNeither() throws {
        var window = try WindowHarness()
        window.logIn()
        window.type("21100007\n" + "3" + "1" + "1234\n" + "1243\n")
        #expect(window.desk.resets.isEmpty)
        #expect(window.state.screen == .newPIN)
        #expect(window.state.customer.newPIN == nil)
        window.type("5678\n5678\n")
        #expect(window.desk.resets.map(\.0) == ["100007"])
        #expect(window.desk.resets.map(\.1) == ["5678"])
        #expect(window.desk.resets.map(\.2) == [.passport])
        #expect(window.state.customer.newPIN == nil)
        #expect(window.state.input.isEmpty)
    }

    @Test func theTillIsClosedWithTheCountedCash() throws {
        var window = try WindowHarness()
        window.logIn()
        window.type("4")
        #expect(window.state.summary?.net(.window) == 300)
        window.type("1" + "290\n")
        #expect(window.state.screen == .confirmClose)
        #expect(window.state.tillCount == TillCount(changeFloat: 10_000, takings: 300, counted: 290))
        #expect(window.state.tillCount?.expected == 10_300)
        #expect(window.desk.closes.isEmpty, "nothing is closed before the clerk confirms")
        window.type("\u{1b}" + "10300\n")
        #expect(window.state.tillCount?.difference == 0)
        window.type("\u{1b}" + "10290\n" + "1")
        #expect(window.desk.closes == [10290])
        #expect(window.state.close?.difference == -10 && window.state.close?.changeFloat == 10_000)
        #expect(WindowMenu.items(for: window.state).first?.isEnabled == false)
    }

    @Test func aClosedTillIsShownUpFront() throws {
        var window = try WindowHarness()
        window.desk.closedEarlier = DailySummary.Close(terminal: "W-01", staffID: "clerk01", changeFloat: 0, expectedCash: 300,
                                                       countedCash: 300, closedAt: "2026-11-25T06:00:00Z")
        window.logIn()
        #expect(WindowMenu.items(for: window.state).map(\.unavailable) == ["tillClosed", nil, "tillClosed", nil, nil, nil, nil])
        #expect(window.state.cursor == 1)
        window.type("3")
        #expect(window.state.screen == .home && window.state.message == WindowMessage("window.unavailable.tillClosed"))
    }
}
