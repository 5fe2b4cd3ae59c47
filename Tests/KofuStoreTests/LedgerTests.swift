import Foundation
import GRDB
import KofuCore
import Testing
@testable import KofuStore

@Suite struct LedgerTests {
    let directory: TemporaryDirectory
    let database: KofuDatabase
    let desk: SQLiteIssuanceDesk
    let receipt: IssuanceReceipt

    init() throws {
        (directory, database, desk) = try Fixture.seededDesk()
        receipt = try desk.issue(IssuanceTests.order(Fixture.everyRecord, .residentRecord(ResidentRecordOptions()),
                                                     copies: 3), at: now)
    }

    @Test func refundAppendsANegativeRowPointingAtTheCharge() throws {
        let later = now.addingTimeInterval(60)
        try desk.refundUnprinted(issuanceID: receipt.issuanceID, reason: "paper jam", at: later)
        let entries = try database.ledgerEntries(businessDate: "2026-11-25")
        #expect(entries.count == 2)
        let (charge, refund) = (entries[0], entries[1])
        #expect(charge.amount == 450 && charge.entryType == .charge, "the charge is left as it was")
        #expect(refund.entryType == .refund && refund.amount == -450 && refund.referencesLedgerID == charge.id)
        #expect(refund.issuanceID == receipt.issuanceID && refund.reason == "paper jam")
        #expect(entries.reduce(0) { $0 + $1.amount } == 0)
        #expect(throws: IssuanceError.alreadyRefunded(receipt.issuanceID)) {
            try desk.refundUnprinted(issuanceID: receipt.issuanceID, reason: "again", at: later)
        }
        #expect(throws: IssuanceError.unknownIssuance(9999)) {
            try desk.refundUnprinted(issuanceID: 9999, reason: "none", at: later)
        }
        #expect(try database.ledgerEntries(businessDate: nil).count == 2)
        #expect(try database.ledgerEntries(businessDate: "2026-11-24").isEmpty)
    }

    @Test func ledgerRowsCannotBeUpdatedOrDeleted() throws {
        let update = try #require(throws: StoreError.self) {
            try database.write { db in try db.execute(sql: "UPDATE ledger SET amount = 0") }
        }
        #expect(update.description.contains("append-only"))
        let delete = try #require(throws: StoreError.self) {
            try database.write { db in try db.execute(sql: "DELETE FROM ledger") }
        }
        #expect(delete.description.contains("append-only"))
        #expect(try database.ledgerEntries(businessDate: nil).map(\.amount) == [450])
    }

    @Test func ledgerHoldsNoPersonalData() throws {
        let columns = try database.read { db in try db.columnNames(in: "ledger") }
        #expect(!columns.contains { $0.contains("resident") || $0.contains("credential") || $0.contains("name") })
        let row = try database.read { db in try SQLRow.fetchOne(db, sql: "SELECT * FROM ledger")! }
        let holder = Fixture.resident(Fixture.everyRecord.resident)
        for value in row.values {
            let text = String(describing: value)
            #expect(!text.contains(holder.id) && !text.contains(holder.familyName) && !text.contains(Fixture.everyRecord.id))
        }
    }

    @Test func genuineDocumentVerifiesAndTamperingIsDetected() throws {
        let serial = receipt.serials[0]
        let code = try database.read { db in
            try String.fetchOne(db, sql: "SELECT verification_code FROM document WHERE serial = ?", arguments: [serial])!
        }
        #expect(code.wholeMatch(of: /[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}/) != nil)
        #expect(try database.verify(serial: serial, code: code) == .genuine(kind: .residentRecord, businessDate: "2026-11-25"))
        #expect(try database.verify(serial: serial, code: code.lowercased()) != .codeMismatch)
        // Each copy has its own code: one copy's code does not vouch for another.
        #expect(try database.verify(serial: receipt.serials[1], code: code) == .codeMismatch)
        #expect(try database.verify(serial: "K-000000-20261125-999999-1", code: code) == .unknownSerial)

        let given = Fixture.resident(Fixture.everyRecord.resident).givenName
        try database.write { db in
            try db.execute(sql: "UPDATE document SET body = replace(body, ?, '次郎') WHERE serial = ?",
                           arguments: [given, serial])
        }
        #expect(try database.verify(serial: serial, code: code) == .recordAltered)
        #expect(try database.verify(serial: receipt.serials[1], code: code) == .codeMismatch)
    }

    @Test func printedTextIsCheckedToTheLastCharacter() throws {
        let spool = directory.url.appendingPathComponent("spool")
        try SpoolPrinter(database: database, directory: spool).print(receipt)
        let text = try String(contentsOf: spool.appendingPathComponent("\(receipt.serials[0]).txt"), encoding: .utf8)
        #expect(try database.verify(printed: text) == .genuine(kind: .residentRecord, businessDate: "2026-11-25"))
        let given = Fixture.resident(Fixture.everyRecord.resident).givenName
        #expect(text.contains(given))
        // Serial and code untouched, name changed: the verdict names the line.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let named = try #require(lines.firstIndex { $0.contains(given) })
        #expect(try database.verify(printed: text.replacingOccurrences(of: given, with: "次郎"))
                == .lineAltered(line: named + 1, text: lines[named].replacingOccurrences(of: given, with: "次郎")))
        #expect(try database.verify(printed: "住 民 票 の 写 し\n") == .notACertificate)
    }

    @Test func spoolPrinterWritesEachCopyWithItsCode() throws {
        let spool = directory.url.appendingPathComponent("spool/T-0042")
        try SpoolPrinter(database: database, directory: spool).print(receipt)
        let files = try FileManager.default.contentsOfDirectory(atPath: spool.path).sorted()
        #expect(files == receipt.serials.map { "\($0).txt" }.sorted())
        for serial in receipt.serials {
            let text = try String(contentsOf: spool.appendingPathComponent("\(serial).txt"), encoding: .utf8)
            let codeLine = try #require(text.split(separator: "\n").first { $0.hasPrefix("検証コード") })
            let code = String(try #require(codeLine.split(separator: "　").last))
            #expect(try database.verify(serial: serial, code: code) == .genuine(kind: .residentRecord,
                                                                                businessDate: "2026-11-25"))
            #expect(text.contains(Fixture.name(Fixture.everyRecord.resident)))
        }
    }

    @Test func missingTemplateFailsAtDeskCreation() throws {
        let templates = directory.url.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        for name in ["residentRecord.txt", "sealRegistration.txt"] {
            try FileManager.default.copyItem(at: Repository.templates.appendingPathComponent(name),
                                             to: templates.appendingPathComponent(name))
        }
        let error = try #require(throws: TemplateFileError.self) {
            try Fixture.kioskDesk(database, templates: templates)
        }
        #expect(error == .missing(templates.appendingPathComponent("incomeTax.txt").path))
        #expect(error.description.contains("incomeTax.txt"))
    }
}
