import Foundation
import KofuCore
import Testing
@testable import KofuStore

/// Someone with the file drops the append-only triggers and changes the ledger with SQL: `verifyLedger` names the
/// first row touched each time, and how (see `BusinessDay` for the rows).
@Suite struct LedgerTamperTests {
    let day: BusinessDay
    let shell: Tamperer

    init() throws {
        day = try BusinessDay()
        shell = Tamperer(day.database)
    }

    func hash(seq: Int64) throws -> String {
        try #require(try day.chain("ledger").first { $0.seq == seq }).hash
    }

    @Test func anEditedAmount() throws {
        try shell.run("UPDATE ledger SET amount = 1500 WHERE id = 3")
        let fault = try #require(try day.fault())
        #expect(fault.kind == .edited && fault.row == "ledger row 3 (seq 3)")
        #expect(fault.description.hasPrefix("ledger row 3 (seq 3) was edited: amount 1500 yen is not 3 copies × 150 yen; "
            + "its fields no longer give its hash (stored "))
    }

    /// The hash says that a row changed; the charge a refund gives back and the issuance a charge paid for say what.
    @Test(arguments: [
        ("UPDATE ledger SET amount = -300 WHERE id = 5", "amount -300 yen does not give back the 600 yen of ledger row 2"),
        ("UPDATE ledger SET kind = 'sealRegistration' WHERE id = 1",
         "kind sealRegistration is not issuance 1's residentRecord"),
        ("UPDATE ledger SET copies = 1, amount = 300 WHERE id = 2", "copies 1 is not issuance 2's 2"),
        ("UPDATE ledger SET unit_fee = 100, amount = 300 WHERE id = 3", "unit fee 100 yen is not the kiosk's 150 yen"),
    ])
    func whatDiffers(sql: String, differs: String) throws {
        try shell.run(sql)
        let fault = try #require(try day.fault())
        #expect(fault.kind == .edited && fault.detail.hasPrefix(differs), "\(fault)")
    }

    @Test func aDeletedRow() throws {
        try shell.run("DELETE FROM ledger WHERE id = 3")
        let fault = try #require(try day.fault())
        #expect(fault.kind == .deleted && fault.seq == 3)
        #expect(fault.description == "the ledger row at seq 3 was deleted: ledger row 2 (seq 2) is followed by "
            + "ledger row 4 (seq 4)")
    }

    @Test func theLastRowDeleted() throws {
        try shell.run("DELETE FROM ledger WHERE id = 7")
        let fault = try #require(try day.fault())
        #expect(fault.kind == .deleted && fault.seq == 7)
        #expect(fault.description == "the end of the chain after ledger row 6 (seq 6) was deleted: ids up to 7 were "
            + "handed out, the chain ends before")
    }

    /// Even with SQLite's own count of ids put back, the till close saw rows up to seq 5.
    @Test func rowsDeletedBackIntoAClosedDay() throws {
        let counter = day.database.backend.dialect == .sqlite
            ? "UPDATE sqlite_sequence SET seq = 4 WHERE name = 'ledger'"
            : "UPDATE chain_counter SET handed_out = 4 WHERE name = 'ledger'"
        try shell.run("DELETE FROM ledger WHERE id >= 5; " + counter)
        let fault = try #require(try day.fault())
        #expect(fault.kind == .deleted && fault.seq == 5)
        #expect(fault.description == "the end of the ledger after seq 4 was deleted: "
            + "till close W-01 2026-11-25 (seq 1) saw the ledger up to seq 5")
    }

    @Test func aRowCopiedOntoTheEnd() throws {
        try shell.run("""
            INSERT INTO ledger (id, entry_type, issuance_id, channel, terminal, kind, copies, unit_fee, amount,
                business_date, created_at, seq, prev_hash, hash)
            SELECT 8, entry_type, issuance_id, channel, terminal, kind, copies, unit_fee, amount, business_date,
                created_at, 8, prev_hash, hash FROM ledger WHERE id = 6
            """)
        let fault = try #require(try day.fault())
        #expect(fault.kind == .inserted && fault.row == "ledger row 8 (seq 8)")
    }

    /// Someone who knows the encoding makes room at seq 3 and puts a well-formed row there.
    @Test func aRowSlippedIntoTheMiddle() throws {
        let before = try hash(seq: 2)
        try shell.run("UPDATE ledger SET seq = -seq WHERE seq >= 3; UPDATE ledger SET seq = 1 - seq WHERE seq < 0")
        try shell.forge(id: 8, seq: 3, prev: before)
        let fault = try #require(try day.fault())
        #expect(fault.kind == .inserted && fault.row == "ledger row 8 (seq 3)")
        #expect(fault.description.hasSuffix("written after ledger row 3 (seq 4), it now stands before it"))
    }

    @Test func aSecondRowAtTheSamePlace() throws {
        let before = try hash(seq: 2)
        try shell.run("DROP INDEX ledger_seq")
        try shell.forge(id: 8, seq: 3, prev: before)
        let fault = try #require(try day.fault())
        #expect(fault.kind == .inserted && fault.row == "ledger row 8 (seq 3)")
        #expect(fault.description.hasSuffix("seq 3 is already ledger row 3's"))
    }

    @Test func twoRowsSwappedInTheChain() throws {
        try shell.run("""
            UPDATE ledger SET seq = -seq WHERE id IN (2, 4);
            UPDATE ledger SET seq = CASE id WHEN 2 THEN 4 ELSE 2 END WHERE id IN (2, 4)
            """)
        let fault = try #require(try day.fault())
        #expect(fault.kind == .reordered && fault.row == "ledger row 4 (seq 2)")
        #expect(fault.description.hasSuffix("written after ledger row 2 (seq 4), it now stands before it"))
    }

    /// In an SQLite file the id is the rowid, so rows given each other's ids moved; on PostgreSQL the order rows
    /// were written in is kept apart from the id, and the rows were edited where they stand.
    @Test func twoRowsSwappedByTheirIDs() throws {
        try shell.run("UPDATE ledger SET id = -1 WHERE id = 1; UPDATE ledger SET id = 1 WHERE id = 3; "
            + "UPDATE ledger SET id = 3 WHERE id = -1")
        let fault = try #require(try day.fault())
        let kind: ChainFault.Kind = day.database.backend.dialect == .sqlite ? .reordered : .edited
        #expect(fault.kind == kind && fault.row == "ledger row 3 (seq 1)", "\(fault)")
    }

    @Test func oneRowEditedAndItsHashRecomputed() throws {
        let old = try hash(seq: 3)
        try shell.run("UPDATE ledger SET amount = 0 WHERE id = 3")
        try shell.rechain(.ledger, 3...3)
        let fault = try #require(try day.fault())
        #expect(fault.kind == .rehashed && fault.row == "ledger row 3 (seq 3)")
        #expect(fault.description.contains("ledger row 4 (seq 4) still links to hash \(old.prefix(12))"))
    }

    /// Every hash after the edit recomputed: the chain alone holds together, the till close's head does not.
    @Test func aClosedDayRewrittenWithTheWholeChainRecomputed() throws {
        try shell.run("UPDATE ledger SET amount = 0 WHERE id = 3")
        try shell.rechain(.ledger, 3...7)
        #expect(try day.database.read { db in try ChainWalk.read(db, .ledger).firstFault() } == nil)
        let fault = try #require(try day.fault())
        #expect(fault.kind == .rewrittenAfterClose && fault.seq == 5)
        #expect(fault.description.contains("a row from seq 1 to 5 was changed"))
    }

    /// Going one step further: the close remade to record the rewritten ledger's head, its chain recomputed. Only
    /// the city's key could sign the remade close.
    @Test func aClosedDayRewrittenWithItsCloseRemade() throws {
        try shell.run("UPDATE ledger SET amount = 0 WHERE id = 3")
        try shell.rechain(.ledger, 3...7)
        try shell.run("UPDATE window_close SET ledger_head = '\(try hash(seq: 5))'")
        try shell.rechain(.tillClose, 1...1)
        let fault = try #require(try day.fault())
        #expect(fault.kind == .notSignedByCity && fault.row == "till close W-01 2026-11-25 (seq 1)")
        #expect(fault.description.contains("remade without the key"))
    }

    @Test func aCloseWhoseSignatureWasRemoved() throws {
        try shell.run("UPDATE window_close SET signature = NULL")
        try shell.rechain(.tillClose, 1...1)
        let fault = try #require(try day.fault())
        #expect(fault.kind == .notSignedByCity && fault.description.contains("carries no signature"))
    }

    /// The first signed close moved past the stripped one in the file's settings: the file alone is fooled, the
    /// published key (every close signed) is not.
    @Test func theFirstSignedCloseMovedInTheFileFailsAgainstThePublishedKey() throws {
        try shell.run("UPDATE window_close SET signature = NULL")
        try shell.rechain(.tillClose, 1...1)
        try shell.run("UPDATE settings SET value = '999' WHERE key = 'signed_closes_from'")
        #expect(try day.fault() == nil, "the file's own word is the intruder's now")
        guard case .tampered(let fault) = try day.database.verifyLedger(key: Fixture.cityKey.publicKey) else {
            Issue.record("the published key found nothing")
            return
        }
        #expect(fault.kind == .notSignedByCity && fault.description.contains("carries no signature"))
    }

    /// The last close deleted, where no later close links to it: its audit row still names it.
    @Test func theLastCloseDeleted() throws {
        try shell.run("DELETE FROM window_close")
        let fault = try #require(try day.fault())
        #expect(fault.kind == .deleted && fault.row == "the till close W-01 2026-11-25")
        #expect(fault.description.contains("records the close, which the close chain no longer holds"))
    }

    /// Re-signed with a key of the intruder's, whose public half replaced the city's in the file: the database's
    /// own key is fooled, the key the city published is not.
    @Test func aCloseResignedWithAnotherKeyFailsAgainstThePublishedOne() throws {
        let forger = try SigningKey.openOrCreate(at: day.directory.path("forger.key"))
        try shell.run("UPDATE ledger SET amount = 0 WHERE id = 3")
        try shell.rechain(.ledger, 3...7)
        try shell.run("UPDATE window_close SET ledger_head = '\(try hash(seq: 5))'")
        try shell.resign(close: 1, with: forger)
        try shell.run("UPDATE settings SET value = '\(forger.publicKey.base64)' WHERE key = 'signing_public_key'")
        #expect(try day.fault() == nil, "the key in the file is the intruder's now")
        guard case .tampered(let fault) = try day.database.verifyLedger(key: Fixture.cityKey.publicKey) else {
            Issue.record("the published key found nothing")
            return
        }
        #expect(fault.kind == .notSignedByCity && fault.row == "till close W-01 2026-11-25 (seq 1)")
    }

    @Test func aWellFormedRowAddedToAClosedTillsDay() throws {
        try shell.forge(id: 8, seq: 8, prev: try hash(seq: 7))
        let fault = try #require(try day.fault())
        #expect(fault.kind == .addedAfterClose && fault.row == "ledger row 8 (seq 8)")
    }

    @Test func anEditedTillClose() throws {
        try shell.run("UPDATE window_close SET counted_cash = 20000")
        let fault = try #require(try day.fault())
        #expect(fault.kind == .edited && fault.row == "till close W-01 2026-11-25 (seq 1)")
    }

    @Test func anEditedAuditRow() throws {
        try shell.run("UPDATE audit SET detail = 'nothing to see' WHERE id = 2")
        let fault = try #require(try day.fault())
        #expect(fault.kind == .edited && fault.row == "audit row 2 (seq 2)")
    }
}
