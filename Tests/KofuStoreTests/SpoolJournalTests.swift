import Foundation
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

    /// As the operator does it, with the city's key at hand.
    func reprint(_ serials: [String]? = nil) throws -> [String] {
        try journal.reprint(serials, signingKey: try Fixture.signingKey(database), at: now)
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
        #expect(try reprint() == receipt.serials)
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
        _ = try reprint()
        var lines = try String(contentsOf: file(receipt.serials[0]), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let target = 3
        lines[target] += "X"
        let altered = DocumentVerification.lineAltered(line: target + 1, text: lines[target])
        #expect(try database.verify(printed: lines.joined(separator: "\n")) == altered)
        #expect(Fixture.cityKey.publicKey.verify(printed: lines.joined(separator: "\n")) == altered)
    }

    /// The reprint line is not signed, so only its fixed wording is set aside: words of one's own in its place
    /// are a line of the certificate, and it is not genuine.
    @Test func aReprintLineOfOnesOwnIsNotSetAside() throws {
        let receipt = try issue()
        _ = try reprint()
        let reprint = try String(contentsOf: file(receipt.serials[0]), encoding: .utf8)
        let body = reprint.drop { $0 != "\n" }.dropFirst()
        for line in ["【再印刷】この証明書は無効です。手数料免除。", "【再印刷】2026-13-45 同一の証明書番号の再印刷",
                     "【再印刷】2026-11-25 同一の証明書番号の再印刷 "] {
            let forged = line + "\n" + body
            #expect(try database.verify(printed: forged) == .lineAltered(line: 1, text: line))
            #expect(Fixture.cityKey.publicKey.verify(printed: forged) == .lineAltered(line: 1, text: line))
        }
    }

    /// A file that reads the same but is not the same bytes (another Unicode normalization, as an editor may save
    /// it) is not the copy issued: `verify` refuses it, so the check owes it.
    @Test func aCopyInAnotherNormalizationIsOwed() throws {
        let receipt = try issue(copies: 1)
        try SpoolPrinter(database: database, directory: spool).print(receipt)
        let text = try String(contentsOf: file(receipt.serials[0]), encoding: .utf8)
        let decomposed = text.decomposedStringWithCanonicalMapping
        #expect(!decomposed.utf8.elementsEqual(text.utf8) && decomposed == text, "the same to Swift, not on disk")
        try decomposed.write(to: file(receipt.serials[0]), atomically: true, encoding: .utf8)
        #expect(try journal.check().owed.map(\.serial) == receipt.serials)
    }

    /// Half-written copies of another store found in the folder are not this store's to clear.
    @Test func anotherStoresStagedCopiesAreLeftAlone() throws {
        try FileManager.default.createDirectory(at: spool, withIntermediateDirectories: true)
        let other = try database.storeID() == "ABCDEF" ? "FEDCBA" : "ABCDEF"
        let staged = spool.appendingPathComponent(".K-\(other)-20261125-000001-1.crash.partial")
        try "half".write(to: staged, atomically: false, encoding: .utf8)
        #expect(try journal.check().stagedRemoved == 0 && FileManager.default.fileExists(atPath: staged.path))
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
        _ = try reprint()
        #expect(try journal.check().isClean)
    }

    @Test func paperWithoutItsMarkIsRecordedNotPrintedAgain() throws {
        let receipt = try issue(copies: 1)
        try SpoolPrinter(database: database, directory: spool).print(receipt)
        try database.write { db in try db.execute(sql: "UPDATE document SET printed_at = NULL") }
        let before = try Data(contentsOf: file(receipt.serials[0]))
        #expect(try journal.check().unmarked == receipt.serials)
        #expect(try reprint().isEmpty)
        #expect(try Data(contentsOf: file(receipt.serials[0])) == before && journal.check().isClean)
    }

    @Test func filesOfNoIssuanceAreForeignAndRefundedCopiesAreNotOwed() throws {
        let receipt = try issue(copies: 1)
        try desk.refundUnprinted(issuanceID: receipt.issuanceID, reason: "print failure", at: now)
        try SpoolPrinter(database: database, directory: spool).claim()
        try "偽".write(to: file("K-000000-20261125-000999-1"), atomically: true, encoding: .utf8)
        let report = try journal.check()
        #expect(report.owed.isEmpty && report.foreign == ["K-000000-20261125-000999-1"])
        #expect(throws: SpoolJournalError.unknownSerial("K-000000-20261125-000999-1")) {
            try reprint(["K-000000-20261125-000999-1"])
        }
        #expect(throws: SpoolJournalError.refunded(receipt.serials[0], on: "2026-11-25"), "void paper is not printed") {
            try reprint([receipt.serials[0]])
        }
        #expect(!FileManager.default.fileExists(atPath: file(receipt.serials[0]).path))
    }

    /// Paper of an issuance refunded at the window was taken back: listed as void, and the spool is still clean.
    @Test func copiesOfARefundedIssuanceAreListedAsVoid() throws {
        let (windowDirectory, windowDatabase, windowDesk, _) = try Fixture.window()
        let windowSpool = windowDirectory.url.appendingPathComponent("spool")
        let windowJournal = SpoolJournal(database: windowDatabase, directory: windowSpool)
        let receipt = try windowDesk.issue(WindowIssueTests.order("R001", .kiosk(.residentRecord(ResidentRecordOptions()))),
                                           at: now)
        try SpoolPrinter(database: windowDatabase, directory: windowSpool).print(receipt)
        try windowDesk.refund(RefundRequest(issuanceID: receipt.issuanceID, reason: .printDefect, note: "",
                                            copiesCollected: true),
                              approvedBy: Fixture.staff(.supervisor).id, staffID: Fixture.staff(.clerk).id,
                              terminal: "W-01", at: now)
        let report = try windowJournal.check()
        #expect(report.void == [SpoolReport.VoidCopy(serial: receipt.serials[0], refundedOn: "2026-11-25")])
        #expect(report.isClean && report.owed.isEmpty)
    }

    /// Putting a copy on paper again is issuing it: not without this database's key, and not into another store's
    /// folder, which neither the check nor a reprint touches.
    @Test func aReprintNeedsTheKeyAndTheFolderOfThisStore() throws {
        let receipt = try issue(copies: 1)
        let otherCity = try SigningKey.openOrCreate(at: directory.path("other-city.key"))
        #expect(throws: SigningKeyError.notThisDatabase(key: otherCity.path, database: database.path)) {
            try journal.reprint(signingKey: otherCity, at: now)
        }
        #expect(try journal.check().owed.map(\.serial) == receipt.serials, "nothing was printed")
        let other = try TemporaryDirectory()
        let otherStore = try Fixture.emptyDatabase(in: other)
        try SpoolPrinter(database: otherStore, directory: spool).claim()
        let staged = spool.appendingPathComponent(".\(receipt.serials[0]).other.partial")
        try "half".write(to: staged, atomically: false, encoding: .utf8)
        #expect(throws: SpoolError.self) { try journal.check() }
        #expect(throws: SpoolError.self) { try reprint() }
        #expect(FileManager.default.fileExists(atPath: staged.path) && !FileManager.default.fileExists(atPath: file(receipt.serials[0]).path))
    }

    @Test(onlySQLiteFiles) func moneyIsTakenOnlyOnAFileInWALWithFullSync() throws {
        try database.requireDurability()
        let (mode, sync) = try database.sqlitePool.writeWithoutTransaction { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode")!, try Int.fetchOne(db, sql: "PRAGMA synchronous")!)
        }
        #expect(mode == "wal" && sync == 2)
        // A writer whose commits would not be synced (as a build or a pragma elsewhere might leave it) is refused.
        try database.sqlitePool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
        #expect(throws: StoreError.notDurable(path: database.path, journalMode: "wal", synchronous: 1)) {
            try database.requireDurability()
        }
        #expect(throws: StoreError.notDurable(path: database.path, journalMode: "wal", synchronous: 1)) {
            try Fixture.kioskDesk(database)
        }
    }
}
