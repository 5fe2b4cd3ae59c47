import Foundation
import KofuCore
import KofuTestSupport
import Testing

/// The staff window on fakes: what the clerk does, and what reaches the desk.
@Suite struct WindowFlowTests {
    static let toCertificate = "11" + "100007\n" + "1" + "1"

    @Test func loginNeedsTheRightPasswordAndKeepsNoPassword() throws {
        var window = try WindowHarness()
        window.type("clerk01\nwrong\n")
        #expect(window.state.staff == nil)
        #expect(window.state.message == WindowMessage("window.message.wrongPassword", ["4"]))
        #expect(window.state.screen == .staffID)
        window.type("locked01\nanything\n")
        #expect(window.state.message == WindowMessage("window.message.locked"))
        window.logIn()
        #expect(window.state.staff == fixtureClerk)
        #expect(window.state.screen == .home)
        #expect(window.state.input.isEmpty)
    }

    @Test func aTaxPaymentCertificateAtThreeHundredYenACopy() throws {
        var window = try WindowHarness()
        window.logIn()
        window.type(Self.toCertificate + "41" + "2\n" + "1" + "1")
        let order = try #require(window.desk.orders.first)
        #expect(order.request == .taxPayment(fiscalYear: 2026, item: .inhabitantTax))
        #expect(order.residentID == "R007")
        #expect(order.identity == .myNumberCard)
        #expect(order.proxy == nil)
        #expect(order.copies == 2)
        #expect(order.amount == 600)
        #expect(order.staffID == "clerk01")
        #expect(order.terminal == "W-01")
        #expect(window.state.screen == .issued)
        #expect(window.printer.printed.map(\.serials.count) == [2])
        window.type("1")
        #expect(window.state.screen == .home)
        #expect(window.state.customer.profile == nil)
    }

    @Test func aPrintFailureTellsTheClerkWhatToRefund() throws {
        var window = try WindowHarness()
        window.printer.jammed = true
        window.logIn()
        window.type(Self.toCertificate + "41" + "1\n" + "1" + "1")
        #expect(window.desk.orders.count == 1)
        #expect(window.desk.unprintedRefunds == [1])
        #expect(window.state.screen == .home)
        #expect(window.state.message == WindowMessage("window.message.printFailedRefunded", ["1"]))
    }

    @Test func anExemptionNeedsASupervisor() throws {
        var window = try WindowHarness()
        window.logIn()
        window.type(Self.toCertificate + "41" + "1\n" + "2" + "1" + "clerk01\nclerk-pass\n")
        #expect(window.state.message == WindowMessage("window.message.notApproved"))
        #expect(window.state.screen == .supervisorID)
        window.type("super01\nsuper-pass\n" + "1")
        let order = try #require(window.desk.orders.first)
        #expect(order.exemption == .publicAssistance)
        #expect(order.approvedBy == "super01")
        #expect(order.amount == 0)
        #expect(window.state.staff == fixtureClerk)
    }

    @Test func aProxyIsRecordedWithTheirName() throws {
        var window = try WindowHarness()
        window.logIn()
        window.type("12カトウ\n1975-08-30\n" + "2" + "3山田 一郎\n" + "5" + "1" + "1\n1" + "1")
        let order = try #require(window.desk.orders.first)
        #expect(order.identity == .driversLicence)
        #expect(order.proxy == Proxy(name: "山田 一郎", powerOfAttorneyChecked: true, sameHousehold: false))
        #expect(order.request == .business(registrationID: "B001"))
    }

    @Test func hiraganaFindsTheKatakanaName() throws {
        var window = try WindowHarness()
        window.logIn()
        window.type("12かとう\n1975-08-30\n")
        #expect(window.state.screen == .identity)
        #expect(window.state.customer.profile?.resident.residentID == "R007")
    }

    @Test func aProxyFromOutsideTheHouseholdIsNotOfferedMyNumber() throws {
        var window = try WindowHarness()
        window.logIn()
        window.type("11100001\n1" + "3山田\n" + "1" + "1")
        #expect(window.state.screen == .residentOptions)
        window.type("3")
        #expect(window.state.customer.residentOptions.includeMyNumber == false)
        var member = try WindowHarness()
        member.logIn()
        member.type("11100001\n1" + "2小牧 花子\n" + "1" + "1" + "3")
        #expect(member.state.customer.residentOptions.includeMyNumber == true)
    }

    @Test func aSealCertificateIsOfferedOnlyWithARegistrationAndTakesTheCardNumber() throws {
        var window = try WindowHarness()
        window.logIn()
        window.type(Self.toCertificate + "2")
        #expect(window.state.screen == .certificate)  // no seal registered: not offered
        var family = try WindowHarness()
        family.logIn()
        family.type("11100001\n11" + "2" + "0012345\n" + "1\n1" + "1")
        let order = try #require(family.desk.orders.first)
        #expect(order.request == .kiosk(.sealRegistration))
        #expect(order.sealCardNumber == "0012345")
    }

    @Test func aOnePersonHouseholdMayAskForTheWholeHousehold() throws {
        var window = try WindowHarness()
        window.logIn()
        window.type(Self.toCertificate + "1")
        #expect(window.state.screen == .residentScope)
        // 本人のみ and 世帯全員 (the same person, under the household's wording); nobody else to pick.
        #expect(WindowMenu.items(for: window.state).map(\.isEnabled) == [true, false, true])
        window.type("3")
        #expect(window.state.screen == .residentOptions)
        #expect(window.state.customer.residentOptions.scope == .wholeHousehold)
    }

    @Test func chosenHouseholdMembersAsAtTheKiosk() throws {
        var window = try WindowHarness()
        window.logIn()
        window.type("11100001\n11" + "1" + "2")
        #expect(window.state.screen == .householdMembers)
        window.type("5")
        #expect(window.state.screen == .householdMembers)  // nobody picked yet
        window.type("14" + "5" + "3" + "4" + "1\n1" + "1")
        let order = try #require(window.desk.orders.first)
        #expect(order.request == .kiosk(.residentRecord(ResidentRecordOptions(scope: .members(["R001", "R004"]),
                                                                             includeMyNumber: true))))
    }

    @Test func refundNeedsASupervisorAndNamesTheIssuance() throws {
        var window = try WindowHarness()
        window.logIn()
        window.type("3" + "99\n")
        #expect(window.state.message == WindowMessage("window.refusal.unknownIssuance"))
        window.type("12\n")
        #expect(window.state.screen == .confirmRefund)
        #expect(window.state.refundTarget?.amount == 300)
        #expect(window.desk.refunds.isEmpty)
        window.type("1" + "super01\nsuper-pass\n")
        #expect(window.desk.refunds.map(\.0) == [12])
        #expect(window.desk.refunds.map(\.1) == ["super01"])
        #expect(window.state.screen == .home)
        #expect(window.state.message == WindowMessage("window.message.refunded", ["12"], isError: false))
    }

    struct SameDayOnly: Error, ClerkExplained {
        var clerkReason: String { "notSameBusinessDay" }
    }

    @Test func aRuleRefusalIsExplainedInTheScreensLanguage() throws {
        var window = try WindowHarness()
        window.desk.refundFailure = SameDayOnly()
        window.logIn()
        window.type("3" + "12\n" + "1" + "super01\nsuper-pass\n")
        #expect(window.state.message == WindowMessage("window.refusal.notSameBusinessDay"))
        #expect(window.state.screen == .supervisorID)
    }

    @Test func aRefusedRefundLeavesThePasswordScreen() throws {
        var window = try WindowHarness()
        window.desk.refundFailure = FakeFailure.unavailable
        window.logIn()
        window.type("3" + "12\n" + "1" + "super01\nsuper-pass\n")
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
        #expect(window.state.tillCount == TillCount(expected: 300, counted: 290))
        #expect(window.desk.closes.isEmpty, "nothing is closed before the clerk confirms")
        window.type("\u{1b}" + "300\n")
        #expect(window.state.tillCount?.difference == 0)
        window.type("\u{1b}" + "290\n" + "1")
        #expect(window.desk.closes == [290])
        #expect(window.state.close?.difference == -10)
        #expect(WindowMenu.items(for: window.state).first?.isEnabled == false)
    }

    @Test func tenMinutesIdleLogsOut() throws {
        var window = try WindowHarness()
        window.logIn()
        window.type("1")
        window.advance(599)
        #expect(window.state.staff != nil)
        window.advance(1)
        #expect(window.state.staff == nil)
        #expect(window.state.screen == .staffID)
        #expect(window.state.customer == WindowCustomer())
    }

    @Test func outsideHoursOnlyASupervisorRunsReports() throws {
        let saturday = CityClock.japan.date(year: 2026, month: 11, day: 28, hour: 10)
        var clerk = try WindowHarness(now: saturday)
        clerk.logIn()
        #expect(WindowMenu.items(for: clerk.state).map(\.isEnabled) == [false, false, false, false, true])
        clerk.type("1")
        #expect(clerk.state.screen == .home)
        var supervisor = try WindowHarness(now: saturday)
        supervisor.logIn("super01", "super-pass")
        supervisor.type("4")
        #expect(supervisor.state.screen == .daily)
    }

    @Test func unknownCardIsSaid() throws {
        var window = try WindowHarness()
        window.logIn()
        window.type("11" + "999999\n")
        #expect(window.state.message == WindowMessage("window.message.notFound"))
        #expect(window.desk.orders.isEmpty)
    }
}
