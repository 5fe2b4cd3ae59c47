import Foundation
import KofuCore
import Testing
@testable import KofuStore

/// Payments asked for over a network: one charge per terminal key, and a withdrawal that leaves the ledger square
/// whether the payment was made or is still on its way.
@Suite struct PaymentRequestTests {
    let directory: TemporaryDirectory
    let database: KofuDatabase
    let desk: SQLiteIssuanceDesk

    init() throws {
        (directory, database, desk) = try Fixture.seededDesk()
    }

    /// An order as a terminal on the network sends it: its key, and the ticket of a PIN just checked there.
    func order(key: String, copies: Int = 1, terminal: String = "T-0042") throws -> IssuanceOrder {
        let ticket = try PINTickets(database: database).issue(
            terminal: terminal, credentialID: Fixture.everyRecord.id, residentID: Fixture.everyRecord.resident, at: now)
        return IssuanceOrder(credentialID: Fixture.everyRecord.id, residentID: Fixture.everyRecord.resident,
                             request: .sealRegistration, copies: copies, channel: .kiosk, terminal: terminal,
                             requestKey: key, pinTicket: ticket)
    }

    func amounts(_ database: KofuDatabase) throws -> [Int] {
        try database.read { db in try Int.fetchAll(db, sql: "SELECT amount FROM ledger ORDER BY id") }
    }

    @Test func aKeyIsChargedOnceAndPerTerminal() throws {
        var unproven = try order(key: "k0")
        unproven.pinTicket = nil
        #expect(throws: IssuanceError.pinNotProven) { try desk.issue(unproven, at: now) }
        let first = try desk.issue(order(key: "k1"), at: now)
        #expect(try desk.issue(order(key: "k1"), at: now) == first)
        #expect(try desk.issue(order(key: "k1", terminal: "T-0043"), at: now) != first)
        #expect(try amounts(database) == [150, 150])
        #expect(throws: IssuanceError.requestKeyReused) { try desk.issue(order(key: "k1", copies: 2), at: now) }
        #expect(try amounts(database) == [150, 150])
    }

    @Test func withdrawingAPaymentMadeRefundsItOnce() throws {
        _ = try desk.issue(order(key: "lost"), at: now)
        #expect(try desk.withdraw(requestKey: "lost", terminal: "T-0042", at: now) == .refunded)
        #expect(try desk.withdraw(requestKey: "lost", terminal: "T-0042", at: now) == .refunded)
        #expect(try amounts(database) == [150, -150])
        // The request arriving again after the withdrawal hands nothing out.
        #expect(throws: IssuanceError.requestWithdrawn) { try desk.issue(order(key: "lost"), at: now) }
        #expect(try amounts(database) == [150, -150])
    }

    @Test func withdrawingFirstBarsThePaymentStillOnItsWay() throws {
        #expect(try desk.withdraw(requestKey: "late", terminal: "T-0042", at: now) == .nothingCharged)
        #expect(throws: IssuanceError.requestWithdrawn) { try desk.issue(order(key: "late"), at: now) }
        #expect(try amounts(database).isEmpty)
        #expect(try desk.withdraw(requestKey: "late", terminal: "T-0042", at: now) == .nothingCharged)
    }

    @Test func aPaymentOnPaperStands() throws {
        let receipt = try desk.issue(order(key: "printed"), at: now)
        try database.markPrinted(receipt.serials, at: now)
        #expect(try desk.withdraw(requestKey: "printed", terminal: "T-0042", at: now) == .printed)
        #expect(try amounts(database) == [150])
    }

    /// The refund of an unprinted copy went through but its answer was lost: the withdrawal finds the fee back.
    @Test func withdrawingAPaymentRefundedAsUnprintedAddsNothing() throws {
        let receipt = try desk.issue(order(key: "jam"), at: now)
        try desk.refundUnprinted(issuanceID: receipt.issuanceID, reason: "print failure", at: now)
        #expect(try desk.withdraw(requestKey: "jam", terminal: "T-0042", at: now) == .refunded)
        #expect(try amounts(database) == [150, -150])
    }
}
