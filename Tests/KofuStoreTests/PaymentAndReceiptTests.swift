import Foundation
import GRDB
import KofuCore
import Testing
@testable import KofuStore

/// The cash handed over at the counter, why a refund was made and that the copies came back, and receipts.
@Suite struct PaymentAndReceiptTests {
    let directory: TemporaryDirectory
    let database: KofuDatabase
    let desk: SQLiteWindowDesk
    let clerk = Fixture.staff(.clerk).id
    let supervisor = Fixture.staff(.supervisor).id
    static let record = WindowCertificate.kiosk(.residentRecord(ResidentRecordOptions()))

    init() throws {
        (directory, database, desk, _) = try Fixture.window()
    }

    func issue(copies: Int = 1, cash: Int? = nil, exemption: ExemptionReason? = nil) throws -> IssuanceReceipt {
        try desk.issue(WindowIssueTests.order("R001", Self.record, copies: copies, exemption: exemption,
                                              approvedBy: exemption == nil ? nil : supervisor, cash: cash), at: now)
    }

    @Test func cashReceivedAndChangeAreRecordedWithTheIssuance() throws {
        let receipt = try issue(copies: 2, cash: 1_000)
        let payment = try database.read { db in
            try SQLRow.fetchOne(db, sql: "SELECT received, change_given FROM window_payment WHERE issuance_id = ?",
                             arguments: [receipt.issuanceID])
        }
        #expect(payment?["received"] == 1_000 && payment?["change_given"] == 400)
        #expect(throws: WindowError.cashShort(received: 500, amount: 600)) { try issue(copies: 2, cash: 500) }
        #expect(throws: WindowError.cashShort(received: 0, amount: 300)) {
            var order = WindowIssueTests.order("R001", Self.record)
            order.cashReceived = nil
            _ = try desk.issue(order, at: now)
        }
        _ = try issue(exemption: .publicAssistance)
        #expect(try database.count("window_payment") == 1, "an exemption takes no cash")
        #expect(try database.count("issuance") == 2)
    }

    @Test func aRefundNamesItsReasonKeepsTheNoteOutOfTheLedgerAndNeedsTheCopiesBack() throws {
        let receipt = try issue(copies: 2)
        func refund(_ reason: RefundReason, _ note: String, collected: Bool) throws {
            try desk.refund(RefundRequest(issuanceID: receipt.issuanceID, reason: reason, note: note,
                                          copiesCollected: collected),
                            approvedBy: supervisor, staffID: clerk, terminal: "W-01", at: now)
        }
        #expect(throws: WindowError.copiesNotCollected(receipt.issuanceID)) { try refund(.duplicate, "", collected: false) }
        #expect(throws: WindowError.refundReasonMissing) { try refund(.other, "", collected: true) }
        #expect(try database.count("ledger") == 1)
        try refund(.other, "小牧 太郎さんの申出により", collected: true)
        let ledger = try database.ledgerEntries(businessDate: nil)
        #expect(ledger.last?.reason == "other" && ledger.last?.amount == -600)
        let record = try database.read { db in try SQLRow.fetchOne(db, sql: "SELECT * FROM refund_record")! }
        #expect(record["reason"] == "other" && record["note"] == "小牧 太郎さんの申出により")
        #expect(record["copies_collected"] == 1 && record["approved_by"] == supervisor)
        #expect(!ledger.contains { ($0.reason ?? "").contains("小牧") }, "no personal data in the ledger")
        #expect(throws: StoreError.self) {
            try database.write { db in try db.execute(sql: "UPDATE refund_record SET note = ''") }
        }
    }

    /// A receipt as the window prints it: rendered, then recorded once it is on paper.
    func printed(_ reference: ReceiptReference) throws -> FeeReceipt {
        let receipt = try desk.receipt(for: reference, staffID: clerk, at: now)
        try desk.receiptPrinted(receipt, staffID: clerk, terminal: "W-01", at: now)
        return receipt
    }

    @Test func aReceiptIsPrintedForAPaidIssuanceOfEitherChannelAndAReprintSaysSo() throws {
        let window = try issue(copies: 2)
        let first = try printed(.issuance(window.issuanceID))
        #expect(first.copy == 1 && first.fileName == "receipt-\(window.issuanceID)-1.txt")
        let lines = first.text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines.contains("領　　収　　書") && !first.text.contains("再発行"))
        #expect(lines.contains("金額　　　　￥600－"))
        #expect(lines.contains("但し　住民票の写し　2通の交付手数料として"))
        #expect(lines.contains("交付日　　　令和8年11月25日") && lines.contains("小牧市"))
        #expect(lines.contains("証明書番号　\(window.serials.joined(separator: "、"))"))
        #expect(lines.contains("取扱者　\(Fixture.staff(.clerk).name)"))
        // Rendered but never printed (a jam): not counted, so the next one is still the first on paper.
        #expect(try desk.receipt(for: .issuance(window.issuanceID), staffID: clerk, at: now).copy == 2)
        let second = try printed(.serial(window.serials[1]))
        #expect(second.copy == 2 && second.text.contains("（再発行）"))

        let kioskDesk = try Fixture.kioskDesk(database)
        let kiosk = try kioskDesk.issue(IssuanceTests.order(Fixture.everyRecord, .sealRegistration, copies: 1), at: now)
        let forKiosk = try printed(.serial(kiosk.serials[0]))
        #expect(forKiosk.issuanceID == kiosk.issuanceID && forKiosk.copy == 1)
        #expect(forKiosk.text.contains("￥150－") && forKiosk.text.contains("印鑑登録証明書　1通"))
        #expect(forKiosk.text.contains("コンビニ交付 端末"))
        #expect(try database.audit().filter { $0.action == "receipt" }.count == 3)
        #expect(try desk.refundableIssuances(businessDate: "2026-11-25").first?.receipts == 2,
                "a refund asks for the receipts back too")
    }

    @Test func aSerialIsMatchedWhole() throws {
        let window = try issue()
        let forged = window.serials[0].replacingOccurrences(of: "20261125", with: "20200101")
        #expect(throws: WindowError.unknownSerial(forged)) {
            try desk.receipt(for: .serial(forged), staffID: clerk, at: now)
        }
    }

    @Test func noReceiptForWhatWasNotPaidOrWasGivenBack() throws {
        let exempt = try issue(exemption: .officialUse)
        #expect(throws: WindowError.notPaid(exempt.issuanceID)) {
            try desk.receipt(for: .issuance(exempt.issuanceID), staffID: clerk, at: now)
        }
        let refunded = try issue()
        try desk.refund(RefundRequest(issuanceID: refunded.issuanceID, reason: .printDefect, note: "", copiesCollected: true),
                        approvedBy: supervisor, staffID: clerk, terminal: "W-01", at: now)
        #expect(throws: IssuanceError.alreadyRefunded(refunded.issuanceID)) {
            try desk.receipt(for: .issuance(refunded.issuanceID), staffID: clerk, at: now)
        }
        #expect(throws: IssuanceError.unknownIssuance(999)) {
            try desk.receipt(for: .issuance(999), staffID: clerk, at: now)
        }
        #expect(try database.count("receipt_print") == 0)
    }

    /// Receipts go to a folder of their own, so that `kofu verify spool/*.txt` sees certificates only.
    @Test func theSpoolKeepsReceiptsApartFromCertificates() throws {
        let window = try issue()
        let spool = directory.url.appendingPathComponent("spool")
        let printer = SpoolPrinter(database: database, directory: spool)
        try printer.print(window)
        try printer.printReceipt(try desk.receipt(for: .issuance(window.issuanceID), staffID: clerk, at: now))
        #expect(try FileManager.default.contentsOfDirectory(atPath: spool.path).sorted()
            == ["\(window.serials[0]).txt", "receipts"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: spool.appendingPathComponent("receipts").path)
            == ["receipt-\(window.issuanceID)-1.txt"])
    }
}
