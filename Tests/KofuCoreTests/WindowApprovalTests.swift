import Foundation
import KofuCore
import KofuTestSupport
import Testing

/// Four eyes at the counter: whoever approves an exemption or a refund is another supervisor than the one serving.
@Suite struct WindowApprovalTests {
    static let toCertificate = WindowFlowTests.toCertificate

    @Test func aSupervisorServingCannotApproveTheirOwnExemption() throws {
        var window = try WindowHarness()
        window.logIn("super01", "super-pass")
        window.type(Self.toCertificate + "41" + "1\n" + "2" + "1" + "super01\n")
        #expect(window.state.message == WindowMessage("window.message.ownApproval"))
        #expect(window.state.screen == .supervisorID, "no password is asked for")
        #expect(window.staff.approvals.isEmpty && window.desk.orders.isEmpty)
        #expect(window.state.customer.approvedBy == nil)
    }

    @Test func aSupervisorServingCannotApproveTheirOwnRefund() throws {
        var window = try WindowHarness()
        window.logIn("super01", "super-pass")
        window.type("3" + "1" + "1" + "\n" + "1" + "super01\n")
        #expect(window.state.message == WindowMessage("window.message.ownApproval"))
        #expect(window.state.screen == .supervisorID)
        #expect(window.staff.approvals.isEmpty && window.desk.refunds.isEmpty)
    }

    /// The last active supervisor is made to wait rather than locked; the screen says until when, in city time.
    @Test func aWaitingAccountSaysUntilWhen() throws {
        var window = try WindowHarness()
        window.logIn("waiting01", "any-password")
        #expect(window.state.message == WindowMessage("window.message.coolingDown", ["10:07"]))
        #expect(window.state.screen == .staffID && window.state.staff == nil)
        window.logIn()
        window.type("3" + "1" + "1" + "\n" + "1" + "waiting01\nany-password\n")
        #expect(window.state.message == WindowMessage("window.message.coolingDown", ["10:07"]))
        #expect(window.state.screen == .supervisorID && window.desk.refunds.isEmpty)
    }
}
