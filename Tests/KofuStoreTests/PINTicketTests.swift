import Foundation
import KofuCore
import Testing
@testable import KofuStore

/// A payment over the network takes the ticket of a right PIN at the same terminal for the same card and resident,
/// uses it up, and leaves it whole when the payment is refused; a fee given back voids the copies.
@Suite struct PINTicketTests {
    let directory: TemporaryDirectory
    let database: KofuDatabase
    let desk: SQLiteIssuanceDesk
    let tickets: PINTickets
    let holder = Fixture.everyRecord

    init() throws {
        (directory, database, desk) = try Fixture.seededDesk()
        tickets = PINTickets(database: database)
    }

    func order(_ ticket: String?, key: String, copies: Int = 1, terminal: String = "T-0042") -> IssuanceOrder {
        IssuanceOrder(credentialID: holder.id, residentID: holder.resident, request: .sealRegistration, copies: copies,
                      channel: .kiosk, terminal: terminal, requestKey: key, pinTicket: ticket)
    }

    func ticket(terminal: String = "T-0042", at date: Date = now) throws -> String {
        try tickets.issue(terminal: terminal, credentialID: holder.id, residentID: holder.resident, at: date)
    }

    func charges() throws -> Int {
        try database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM ledger")! }
    }

    @Test func aTicketPaysOnceAndOnlyItsOwnPayment() throws {
        let ticket = try ticket()
        #expect(Hex.isRandomSecret(ticket))
        let receipt = try desk.issue(order(ticket, key: "a"), at: now)
        // The retry of that payment is answered; a second payment on the same ticket is not.
        #expect(try desk.issue(order(ticket, key: "a"), at: now) == receipt)
        #expect(throws: IssuanceError.pinNotProven) { try desk.issue(order(ticket, key: "b"), at: now) }
        #expect(throws: IssuanceError.pinNotProven) {
            try desk.issue(order(String(repeating: "0", count: 64), key: "c"), at: now)
        }
        #expect(try charges() == 1)
        // Only the hash is kept, and a spent ticket is gone.
        #expect(try database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM pin_ticket")! } == 0)
    }

    @Test func aTicketIsBoundToItsTerminalCardResidentAndTime() throws {
        let elsewhere = try ticket(terminal: "T-0043")
        #expect(throws: IssuanceError.pinNotProven) { try desk.issue(order(elsewhere, key: "t"), at: now) }
        var someoneElse = order(try ticket(), key: "r")
        someoneElse.residentID = Fixture.credential(noteEn: "pension income (elderly couple)").resident
        someoneElse.credentialID = Fixture.credential(noteEn: "pension income (elderly couple)").id
        #expect(throws: IssuanceError.pinNotProven) { try desk.issue(someoneElse, at: now) }
        let stale = try ticket(at: now.addingTimeInterval(-PINTickets.lifetime - 1))
        #expect(throws: IssuanceError.pinNotProven) { try desk.issue(order(stale, key: "s"), at: now) }
        let stored = try database.read { db in
            try String.fetchAll(db, sql: "SELECT ticket_hash FROM pin_ticket ORDER BY ticket_hash")
        }
        #expect(!stored.contains(elsewhere) && stored.allSatisfy(Hex.isRandomSecret))
        #expect(try charges() == 0)
        // The one made for this terminal still pays: a refusal of another order left it as it was.
        #expect(try desk.issue(order(elsewhere, key: "t2", terminal: "T-0043"), at: now).amount == 150)
    }

    @Test func aRefusedPaymentLeavesItsTicketWhole() throws {
        let ticket = try ticket()
        #expect(throws: IssuanceError.copiesOutOfRange(11)) { try desk.issue(order(ticket, key: "x", copies: 11), at: now) }
        #expect(try desk.issue(order(ticket, key: "y"), at: now).amount == 150)
    }

    @Test func copiesOnPaperAreNotRefundedAsUnprinted() throws {
        let receipt = try desk.issue(order(try ticket(), key: "p"), at: now)
        try database.markPrinted([receipt.serials[0]], at: now)
        #expect(throws: IssuanceError.alreadyPrinted(receipt.issuanceID)) {
            try desk.refundUnprinted(issuanceID: receipt.issuanceID, reason: "print failure", at: now)
        }
        #expect(try charges() == 1)
    }

    @Test func aFeeGivenBackVoidsTheCopies() throws {
        let issuances = TerminalIssuances(database: database)
        let receipt = try desk.issue(order(try ticket(), key: "v", copies: 2), at: now)
        #expect(try issuances.copies(issuanceID: receipt.issuanceID, terminal: "T-0042").count == 2)
        try desk.refundUnprinted(issuanceID: receipt.issuanceID, reason: "print failure", at: now)
        #expect(throws: IssuanceError.alreadyRefunded(receipt.issuanceID)) {
            try issuances.copies(issuanceID: receipt.issuanceID, terminal: "T-0042")
        }
        #expect(throws: IssuanceError.alreadyRefunded(receipt.issuanceID)) {
            try issuances.markPrinted(issuanceID: receipt.issuanceID, serials: receipt.serials, terminal: "T-0042", at: now)
        }
        #expect(throws: IssuanceError.unknownIssuance(receipt.issuanceID)) {
            try issuances.copies(issuanceID: receipt.issuanceID, terminal: "T-0043")
        }
        #expect(try database.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM document WHERE printed_at IS NOT NULL")!
        } == 0)
    }
}
