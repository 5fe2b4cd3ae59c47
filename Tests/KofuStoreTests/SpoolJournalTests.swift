import Foundation
import GRDB
import KofuCore
import Testing
@testable import KofuStore

/// A crash between the charge and the paper, or in the middle of printing, loses neither: the journal finds each
/// owed copy, a reprint puts it on paper without a second charge, and a half-written copy never passes for genuine.
@Suite struct SpoolJournalTests {
    let directory: TemporaryDirectory
    let database: KofuDatabase
    let desk: SQLiteIssuanceDesk
    let spool: URL
    let journal: SpoolJournal

    init() throws {
        (directory, database, desk) = try Fixture.seededDesk()
        spool = directory.url.appendingPathComponent("spool")
        journal = SpoolJournal(database: database, directory: spool)
    }

    func issue(copies: Int = 2) throws -> IssuanceReceipt {
        try desk.issue(IssuanceTests.order(Fixture.everyRecord, .residentRecord(ResidentRecordOptions()), copies: copies),
                       at: now)
    }

    func file(_ serial: String) -> URL { spool.appendingPathComponent("\(serial).txt") }

    func printedAt(_ serial: String) throws -> String? {
        try database.read { db in try String.fetchOne(db, sql: "SELECT printed_at FROM document WHERE serial = ?",
                                                      arguments: [serial]) }
    }

    @Test func aPrintIsMarkedOnlyOnceItsCopiesAreWholeOnDisk() throws {
        let receipt = try issue()
        #expect(try printedAt(receipt.serials[0]) == nil)
        try SpoolPrinter(database: database, directory: spool).print(receipt)
        for serial in receipt.serials {
            #expect(try printedAt(serial) != nil)
            let text = try String(contentsOf: file(serial), encoding: .utf8)
            #expect(text.hasSuffix("\n") && SealedDocument(printed: text)?.seal != nil, "sealed, to its last line")
            #expect(try database.verify(printed: text) == .genuine(kind: .residentRecord, businessDate: "2026-11-25"))
        }
        #expect(try journal.check() == SpoolReport())
    }

    /// Killed after the commit, before any paper: the copies are owed, a reprint prints them once, uncharged.
    @Test func aChargeWithNoPaperIsOwedAndReprintedWithoutASecondCharge() throws {
        let receipt = try issue()
        let report = try journal.check()
        #expect(report.owed.map(\.serial) == receipt.serials && !report.isClean)
        #expect(report.owed.allSatisfy { $0.issuanceID == receipt.issuanceID && $0.amount == 300 && $0.terminal == "T-0042" })
        #expect(try journal.check(terminal: "T-01").owed.isEmpty, "another kiosk owes nothing")
        let ledger = try database.count("ledger")
        #expect(try journal.reprint(at: now) == receipt.serials)
        #expect(try database.count("ledger") == ledger, "a reprint is never charged")
        let text = try String(contentsOf: file(receipt.serials[0]), encoding: .utf8)
        #expect(text.hasPrefix("【再印刷】2026-11-25 同一の証明書番号の再印刷\n"))
        #expect(try database.verify(printed: text) == .genuine(kind: .residentRecord, businessDate: "2026-11-25"))
        #expect(Fixture.cityKey.publicKey.verify(printed: text) == .signedByCity(serial: receipt.serials[0]),
                "a reprint verifies with the published key alone")
        #expect(try journal.check().isClean)
        #expect(try database.read { db in try Int.fetchAll(db, sql: "SELECT reprints FROM document") } == [1, 1])
    }

    /// A verifier names lines as the reprinted file numbers them, the 【再印刷】 line being the first.
    @Test func anAlteredReprintNamesTheLineOfTheFile() throws {
        let receipt = try issue()
        _ = try journal.reprint(at: now)
        var lines = try String(contentsOf: file(receipt.serials[0]), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let target = 3
        lines[target] += "X"
        let altered = DocumentVerification.lineAltered(line: target + 1, text: lines[target])
        #expect(try database.verify(printed: lines.joined(separator: "\n")) == altered)
        #expect(Fixture.cityKey.publicKey.verify(printed: lines.joined(separator: "\n")) == altered)
    }

    /// A kiosk that starts clears only its own half-written copies: the others sharing the folder may be printing.
    @Test func aNarrowedCheckLeavesOtherTerminalsStagedCopies() throws {
        let receipt = try issue()
        try FileManager.default.createDirectory(at: spool, withIntermediateDirectories: true)
        let staged = spool.appendingPathComponent(".\(receipt.serials[0]).inflight.partial")
        try "half".write(to: staged, atomically: false, encoding: .utf8)
        #expect(try journal.check(terminal: "T-01").stagedRemoved == 0)
        #expect(FileManager.default.fileExists(atPath: staged.path))
        #expect(try journal.check(terminal: "T-0042").stagedRemoved == 1)
        #expect(!FileManager.default.fileExists(atPath: staged.path))
    }

    /// Killed while writing: a staged copy has no seal, cannot verify, and is cleared by the check; a copy
    /// renamed into place but not yet sealed is owed again.
    @Test func halfWrittenCopiesNeverPassForGenuine() throws {
        let receipt = try issue()
        let copy = try database.printedDocuments(issuanceID: receipt.issuanceID)
        try FileManager.default.createDirectory(at: spool, withIntermediateDirectories: true)
        let staged = spool.appendingPathComponent(".\(copy[0].serial).crash.partial")
        try copy[0].text.write(to: staged, atomically: false, encoding: .utf8)
        try copy[1].text.write(to: file(copy[1].serial), atomically: false, encoding: .utf8)
        // The file ends where the seal should begin.
        let unsealed = DocumentVerification.lineAltered(line: TextLines.of(copy[1].text[...]).count + 1, text: nil)
        #expect(try database.verify(printed: try String(contentsOf: staged, encoding: .utf8)) == unsealed)
        #expect(try database.verify(printed: copy[1].text) == unsealed)
        #expect(Fixture.cityKey.publicKey.verify(printed: copy[1].text) == .notACertificate)
        let report = try journal.check()
        #expect(report.stagedRemoved == 1 && !FileManager.default.fileExists(atPath: staged.path))
        #expect(report.owed.map(\.serial) == receipt.serials)
        _ = try journal.reprint(at: now)
        #expect(try journal.check().isClean)
    }

    @Test func paperWithoutItsMarkIsRecordedNotPrintedAgain() throws {
        let receipt = try issue(copies: 1)
        try SpoolPrinter(database: database, directory: spool).print(receipt)
        try database.pool.write { db in try db.execute(sql: "UPDATE document SET printed_at = NULL") }
        let before = try Data(contentsOf: file(receipt.serials[0]))
        #expect(try journal.check().unmarked == receipt.serials)
        #expect(try journal.reprint(at: now).isEmpty)
        #expect(try Data(contentsOf: file(receipt.serials[0])) == before && journal.check().isClean)
    }

    @Test func filesOfNoIssuanceAreForeignAndRefundedCopiesAreNotOwed() throws {
        let receipt = try issue(copies: 1)
        try desk.refundUnprinted(issuanceID: receipt.issuanceID, reason: "print failure", at: now)
        try FileManager.default.createDirectory(at: spool, withIntermediateDirectories: true)
        try "偽".write(to: file("K-000000-20261125-000999-1"), atomically: true, encoding: .utf8)
        let report = try journal.check()
        #expect(report.owed.isEmpty && report.foreign == ["K-000000-20261125-000999-1"])
        #expect(throws: SpoolJournalError.unknownSerial("K-000000-20261125-000999-1")) {
            try journal.reprint(["K-000000-20261125-000999-1"], at: now)
        }
    }

    @Test func moneyIsTakenOnlyOnAFileInWALWithFullSync() throws {
        try database.requireDurability()
        let (mode, sync) = try database.read { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode")!, try Int.fetchOne(db, sql: "PRAGMA synchronous")!)
        }
        #expect(mode == "wal" && sync == 2)
    }
}
