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
        #expect(window.state.message == WindowMessage("window.message.rejected"))
        #expect(window.state.screen == .staffID)
        window.type("nobody\nwrong\n")
        #expect(window.state.message == WindowMessage("window.message.rejected"), "an unknown id is answered the same")
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
        window.type(Self.toCertificate + "41" + "2\n" + "1" + "1" + "1000\n")
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
        window.type("2")
        #expect(window.state.screen == .home)
        #expect(window.state.customer.profile == nil)
    }

    /// No answer came: the clerk tries again for the same customer under the same key (a center answers it once),
    /// and the next customer's payment has a key of its own.
    @Test func aRetriedPaymentKeepsItsKeyAndTheNextCustomerGetsAnother() throws {
        var window = try WindowHarness()
        window.desk.issueFailures = 1
        window.logIn()
        window.type(Self.toCertificate + "41" + "1\n" + "1" + "1" + "300\n")
        #expect(window.state.screen == .cashReceived && window.state.message != nil)
        window.type("300\n")
        #expect(window.state.screen == .issued)
        let keys = window.desk.orders.map(\.requestKey)
        #expect(keys.count == 2 && keys[0] != nil && keys[0] == keys[1])
        window.type("2")
        window.advance(1)
        window.type(Self.toCertificate + "41" + "1\n" + "1" + "1" + "300\n")
        #expect(window.desk.orders.count == 3 && window.desk.orders[2].requestKey != keys[0])
    }

    @Test func aPrintFailureTellsTheClerkWhatToRefund() throws {
        var window = try WindowHarness()
        window.printer.jammed = true
        window.logIn()
        window.type(Self.toCertificate + "41" + "1\n" + "1" + "1" + "300\n")
        #expect(window.desk.orders.count == 1)
        #expect(window.desk.unprintedRefunds == [1])
        #expect(window.state.screen == .home)
        #expect(window.state.message == WindowMessage("window.message.printFailedRefunded", ["1"]))
    }

    @Test func anExemptionNeedsASupervisor() throws {
        var window = try WindowHarness()
        window.logIn()
        window.type(Self.toCertificate + "41" + "1\n" + "2" + "1" + "clerk02\nclerk-pass\n")
        #expect(window.state.message == WindowMessage("window.message.notApproved"))
        #expect(window.state.screen == .supervisorID)
        window.type("super01\nsuper-pass\n" + "1")
        let order = try #require(window.desk.orders.first)
        #expect(order.exemption == .publicAssistance)
        #expect(order.approvedBy == "super01")
        #expect(order.amount == 0)
        #expect(window.state.staff == fixtureClerk)
    }

    /// Who came is asked first; the proxy's own document is the one checked, and what they state is recorded.
    @Test func aSealCertificateIsOfferedOnlyWithARegistrationAndTakesTheCardNumber() throws {
        var window = try WindowHarness()
        window.logIn()
        window.type(Self.toCertificate + "2")
        #expect(window.state.screen == .certificate)  // no seal registered: not offered, and it says why
        #expect(window.state.message == WindowMessage("window.unavailable.noSealRegistration"))
        var family = try WindowHarness()
        family.logIn()
        family.type("11100001\n11" + "2" + "0012346\n")
        // A wrong seal card number is refused on its own screen, before copies and fees.
        #expect(family.state.screen == .sealCard)
        #expect(family.state.message == WindowMessage("window.refusal.sealCardMismatch"))
        family.type("0012345\n" + "1\n1" + "1" + "300\n")
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
        window.type("14" + "5" + "3" + "4" + "1\n1" + "1" + "300\n")
        let order = try #require(window.desk.orders.first)
        #expect(order.request == .kiosk(.residentRecord(ResidentRecordOptions(scope: .members(["R001", "R004"]),
                                                                             includeMyNumber: true))))
    }

    @Test func tenMinutesIdleLogsOut() throws {
        var window = try WindowHarness()
        window.logIn()
        window.type("1")
        window.advance(599)
        #expect(window.state.staff != nil)
        #expect(window.staff.logouts.isEmpty)
        window.advance(1)
        #expect(window.state.staff == nil)
        #expect(window.state.screen == .staffID)
        #expect(window.state.customer == WindowCustomer())
        // A login kept elsewhere (a center's session) is ended, as by the logout key.
        #expect(window.staff.logouts == ["clerk01"])
    }

    /// A till closed earlier in the day is known at login: money steps are shown closed, not refused at the end.
    @Test func enterOnAnEmptyFieldSaysWhatIsMissing() throws {
        var window = try WindowHarness()
        window.type("\n")
        #expect(window.state.screen == .staffID && window.state.message == WindowMessage("window.message.required"))
        window.logIn()
        window.type("11\n")
        #expect(window.state.screen == .cardNumber && window.state.message == WindowMessage("window.message.required"))
    }

    @Test func outsideHoursOnlyASupervisorRunsReports() throws {
        let saturday = CityClock.japan.date(year: 2026, month: 11, day: 28, hour: 10)
        var clerk = try WindowHarness(now: saturday)
        clerk.logIn()
        #expect(WindowMenu.items(for: clerk.state).map(\.isEnabled) == [false, false, false, false, false, true, false])
        clerk.type("1")
        #expect(clerk.state.screen == .home)
        #expect(clerk.state.message == WindowMessage("window.unavailable.outsideHours"))
        var supervisor = try WindowHarness(now: saturday)
        supervisor.logIn("super01", "super-pass")
        supervisor.type("4")
        #expect(supervisor.state.screen == .daily)
        supervisor.type("\u{1b}7")
        #expect(supervisor.state.screen == .reports)
    }

    /// The charts: the day by hour first, then the month or the year at a key; Esc goes back to the menu.
    @Test func reportsShowTheDayTheMonthAndTheYear() throws {
        var window = try WindowHarness()
        window.logIn()
        window.type("7")
        #expect(window.state.screen == .reports && window.state.reportView == .hours)
        let hours = try #require(window.state.report?.hours)
        #expect(hours.slots.count == 24 && hours.slots[10].issued == 5)
        window.type("2")
        #expect(window.state.reportView == .days && window.state.screen == .reports)
        window.type("3")
        #expect(window.state.reportView == .months)
        #expect(window.state.report?.months.slots.map(\.label).first == "2025-12")
        #expect(window.state.report?.months.slots.last?.label == "2026-11")
        window.type("\u{1b}")
        #expect(window.state.screen == .home)
    }

    @Test func unknownCardIsSaid() throws {
        var window = try WindowHarness()
        window.logIn()
        window.type("11" + "999999\n")
        #expect(window.state.message == WindowMessage("window.message.notFound"))
        #expect(window.desk.orders.isEmpty)
    }
}
