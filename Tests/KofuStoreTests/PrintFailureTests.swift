import Foundation
import KofuCore
import Testing
@testable import KofuStore

/// A print that fails is refunded in full, so it must leave no paper behind, and what it did print is void.
@Suite struct PrintFailureTests {
    let directory: TemporaryDirectory
    let database: KofuDatabase
    let desk: SQLiteIssuanceDesk
    let receipt: IssuanceReceipt
    let spool: URL

    init() throws {
        (directory, database, desk) = try Fixture.seededDesk()
        receipt = try desk.issue(IssuanceTests.order(Fixture.everyRecord, .residentRecord(ResidentRecordOptions()),
                                                     copies: 3), at: now)
        spool = directory.url.appendingPathComponent("spool")
    }

    @Test func aCopyThatCannotBeWrittenLeavesNoCopyInTheSpool() throws {
        // A directory where the second copy belongs makes that copy fail after the first one was written.
        let blocker = spool.appendingPathComponent("\(receipt.serials[1]).txt")
        try FileManager.default.createDirectory(at: blocker, withIntermediateDirectories: true)
        #expect(throws: (any Error).self) { try SpoolPrinter(database: database, directory: spool).print(receipt) }
        let left = try FileManager.default.contentsOfDirectory(atPath: spool.path)
        #expect(left == [blocker.lastPathComponent], "only what was there before may remain: \(left)")
    }

    /// A copy as the printer had it before the print failed: whole and sealed, never marked printed.
    func unmarkedCopy(_ index: Int) throws -> String {
        let copy = try database.printedDocuments(issuanceID: receipt.issuanceID)[index]
        return copy.text + copy.seal
    }

    @Test func aRefundedCertificateIsNeverGenuine() throws {
        let text = try unmarkedCopy(0)
        let code = try database.read { db in
            try String.fetchOne(db, sql: "SELECT verification_code FROM document WHERE serial = ?",
                                arguments: [receipt.serials[0]])!
        }
        #expect(try database.verify(printed: text) == .genuine(kind: .residentRecord, businessDate: "2026-11-25"))

        try desk.refundUnprinted(issuanceID: receipt.issuanceID, reason: "print failure", at: now)
        #expect(try database.verify(printed: text) == .refunded(on: "2026-11-25"))
        #expect(try database.verify(serial: receipt.serials[0], code: code) == .refunded(on: "2026-11-25"))
        // A wrong code still only says the code is wrong: the refund is told to holders of the real one.
        #expect(try database.verify(serial: receipt.serials[1], code: code) == .codeMismatch)
    }

    @Test func theVerdictNamesTheRefundsBusinessDayInJapanTime() throws {
        let text = try unmarkedCopy(0)
        // 00:30 on the 26th in Komaki is still the 25th in UTC; the issuance itself is of the 25th.
        let afterMidnight = clock.date(year: 2026, month: 11, day: 26, hour: 0, minute: 30)
        try desk.refundUnprinted(issuanceID: receipt.issuanceID, reason: "print failure", at: afterMidnight)
        #expect(try database.verify(printed: text) == .refunded(on: "2026-11-26"))
    }

    @Test func anotherIssuancesRefundDoesNotVoidThisOne() throws {
        let other = try desk.issue(IssuanceTests.order(Fixture.everyRecord, .sealRegistration), at: now)
        try desk.refundUnprinted(issuanceID: other.issuanceID, reason: "print failure", at: now)
        try SpoolPrinter(database: database, directory: spool).print(receipt)
        let text = try String(contentsOf: spool.appendingPathComponent("\(receipt.serials[2]).txt"), encoding: .utf8)
        #expect(try database.verify(printed: text) == .genuine(kind: .residentRecord, businessDate: "2026-11-25"))
    }
}
