import Foundation
import KofuCore
import Testing
@testable import KofuStore

/// Exemptions, refunds and the close of a till: the window's money, always as new ledger rows.
@Suite struct WindowMoneyTests {
    let directory: TemporaryDirectory
    let database: KofuDatabase
    let desk: SQLiteWindowDesk
    let clerk = Fixture.staff(.clerk).id
    let supervisor = Fixture.staff(.supervisor).id
    /// Another clerk than the one serving: no supervisor, so no approval.
    let otherClerk = Fixture.seed.staff.first { $0.role == .clerk && $0.id != Fixture.staff(.clerk).id }!.id
    static let record = WindowCertificate.kiosk(.residentRecord(ResidentRecordOptions()))

    init() throws {
        (directory, database, desk, _) = try Fixture.window()
    }

    func issue(terminal: String = "W-01", copies: Int = 1, exemption: ExemptionReason? = nil,
               approvedBy: String? = nil, cash: Int? = nil, at date: Date = now) throws -> IssuanceReceipt {
        try desk.issue(WindowIssueTests.order("R001", Self.record, copies: copies, exemption: exemption,
                                              approvedBy: approvedBy, cash: cash, terminal: terminal), at: date)
    }

    func refund(_ issuanceID: Int64, approvedBy: String? = nil, reason: RefundReason = .clericalError, note: String = "",
                collected: Bool = true, at date: Date = now) throws {
        try desk.refund(RefundRequest(issuanceID: issuanceID, reason: reason, note: note, copiesCollected: collected),
                        approvedBy: approvedBy ?? supervisor, staffID: clerk, terminal: "W-01", at: date)
    }

    @Test func exemptionWithoutASupervisorIsRefused() throws {
        #expect(throws: WindowError.approvalMissing) { try issue(exemption: .publicAssistance) }
        #expect(throws: StaffError.notSupervisor(otherClerk)) {
            try issue(exemption: .publicAssistance, approvedBy: otherClerk)
        }
        #expect(throws: StaffError.unknownStaff("S999")) { try issue(exemption: .publicAssistance, approvedBy: "S999") }
        #expect(try database.count("ledger") == 0 && database.count("issuance") == 0)
    }

    @Test func exemptionWritesAZeroYenRowWithItsReason() throws {
        let receipt = try issue(copies: 2, exemption: .publicAssistance, approvedBy: supervisor)
        #expect(receipt.amount == 0)
        let row = try #require(try database.ledgerEntries(businessDate: nil).first)
        #expect(row.entryType == .exemption && row.amount == 0 && row.copies == 2 && row.unitFee == 300)
        #expect(row.reason == "publicAssistance" && row.issuanceID == receipt.issuanceID)
        let audit = try #require(try database.audit().last)
        #expect(audit.action == "exemption" && audit.detail.contains(supervisor) && audit.detail.contains("publicAssistance"))
        // A fee-exempt issuance made by mistake is voided the same way, by a 0-yen row that references it.
        try refund(receipt.issuanceID)
        let void = try #require(try database.ledgerEntries(businessDate: nil).last)
        #expect(void.entryType == .refund && void.amount == 0 && void.referencesLedgerID == row.id)
        let serial = receipt.serials[0]
        let code = try database.read { db in
            try String.fetchOne(db, sql: "SELECT verification_code FROM document WHERE serial = ?", arguments: [serial])!
        }
        #expect(try database.verify(serial: serial, code: code) == .refunded(on: "2026-11-25"))
    }

    @Test func refundAppendsANegativeRowReferencingTheChargeOnceOnly() throws {
        let receipt = try issue(copies: 2)
        // What the clerk is offered to refund: today's window issuances, newest first.
        let other = try issue()
        let shown = try desk.refundableIssuances(businessDate: "2026-11-25")
        #expect(shown.map(\.issuanceID) == [other.issuanceID, receipt.issuanceID])
        #expect(shown[1].amount == 600 && shown[1].copies == 2 && shown[1].kind == .residentRecord)
        #expect(shown[1].residentName == Fixture.name("R001") && shown[1].businessDate == "2026-11-25")
        #expect(throws: StaffError.notSupervisor(otherClerk)) {
            try refund(receipt.issuanceID, approvedBy: otherClerk)
        }
        try refund(receipt.issuanceID, at: now.addingTimeInterval(300))
        let rows = try database.ledgerEntries(businessDate: "2026-11-25")
        #expect(rows.count == 3)
        #expect(rows[0].entryType == .charge && rows[0].amount == 600, "the charge is left as it was")
        #expect(rows[2].entryType == .refund && rows[2].amount == -600 && rows[2].referencesLedgerID == rows[0].id)
        #expect(rows[2].reason == "clericalError")
        #expect(try desk.refundableIssuances(businessDate: "2026-11-25").map(\.issuanceID) == [other.issuanceID],
                "an issuance already refunded is not offered again")
        #expect(throws: IssuanceError.alreadyRefunded(receipt.issuanceID)) {
            try refund(receipt.issuanceID)
        }
        #expect(try database.audit().last?.action == "refund")
        let serial = receipt.serials[0]
        let code = try database.read { db in
            try String.fetchOne(db, sql: "SELECT verification_code FROM document WHERE serial = ?", arguments: [serial])!
        }
        #expect(try database.verify(serial: serial, code: code) == .refunded(on: "2026-11-25"),
                "a refunded certificate is void, though it was printed")
    }

    @Test func anUnprintedIssuanceIsRefundedWithoutApproval() throws {
        let receipt = try issue(copies: 2)
        try desk.refundUnprinted(issuanceID: receipt.issuanceID, staffID: clerk, terminal: "W-01", at: now)
        let rows = try database.ledgerEntries(businessDate: "2026-11-25")
        #expect(rows.map(\.amount) == [600, -600])
        #expect(rows[1].reason == "print failure" && rows[1].referencesLedgerID == rows[0].id)
        #expect(try database.audit().last?.detail.contains("not printed") == true)
        #expect(throws: IssuanceError.alreadyRefunded(receipt.issuanceID)) {
            try desk.refundUnprinted(issuanceID: receipt.issuanceID, staffID: clerk, terminal: "W-01", at: now)
        }
    }

    @Test func refundOfAnotherBusinessDayIsRefused() throws {
        let yesterday = now.addingTimeInterval(-86_400)
        let receipt = try issue(at: yesterday)
        #expect(throws: WindowError.notSameBusinessDay(receipt.issuanceID)) {
            try refund(receipt.issuanceID)
        }
        #expect(try database.count("ledger") == 1)
    }

    @Test func closedTillRefusesNewRowsWhileAnotherTerminalStillWorks() throws {
        let first = try issue(copies: 3)
        let refunded = try issue()
        try refund(refunded.issuanceID)
        _ = try issue(exemption: .officialUse, approvedBy: supervisor)
        // What the clerk is shown before confirming is what the close records.
        #expect(try desk.takings(businessDate: "2026-11-25", terminal: "W-01") == 900)
        #expect(try desk.takings(businessDate: "2026-11-25", terminal: "W-02") == 0)
        let close = try desk.close(businessDate: "2026-11-25", terminal: "W-01", countedCash: 30_800, changeFloat: 30_000,
                                   staffID: clerk, at: now)
        #expect(close.changeFloat == 30_000 && close.expectedCash == 30_900 && close.difference == -100)
        #expect(try desk.closeOf(businessDate: "2026-11-25", terminal: "W-01") == close)
        #expect(try desk.closeOf(businessDate: "2026-11-25", terminal: "W-02") == nil)

        let closed = WindowError.tillClosed(businessDate: "2026-11-25", terminal: "W-01")
        let before = try database.count("ledger")
        #expect(throws: closed) { try issue() }
        #expect(throws: closed) { try issue(exemption: .officialUse, approvedBy: supervisor) }
        #expect(throws: closed) {
            try refund(first.issuanceID)
        }
        #expect(throws: WindowError.alreadyClosed(businessDate: "2026-11-25", terminal: "W-01")) {
            try desk.close(businessDate: "2026-11-25", terminal: "W-01", countedCash: 900, changeFloat: 0, staffID: clerk,
                           at: now)
        }
        #expect(try database.count("ledger") == before && database.count("issuance") == 3)
        #expect(try issue(terminal: "W-02").amount == 300)
        #expect(try issue(at: now.addingTimeInterval(86_400)).amount == 300, "the next day opens a new till")
        #expect(try database.audit().contains { $0.action == "close" && $0.detail.contains("expected 30900") })
    }

    @Test func dailySummaryTotalsByChannelAndKindWithExemptionsRefundsAndCloses() throws {
        let kiosk = try Fixture.kioskDesk(database)
        _ = try kiosk.issue(IssuanceTests.order(Fixture.everyRecord, .residentRecord(ResidentRecordOptions()), copies: 2),
                            at: now)
        let refunded = try issue()
        try refund(refunded.issuanceID)
        _ = try issue(exemption: .pensionClaim, approvedBy: supervisor)
        _ = try desk.issue(WindowIssueTests.order("R007", .taxPayment(fiscalYear: 2026, item: .inhabitantTax)), at: now)
        _ = try desk.close(businessDate: "2026-11-25", terminal: "W-01", countedCash: 300, changeFloat: 0, staffID: clerk,
                           at: now)

        let summary = try desk.dailySummary(businessDate: "2026-11-25")
        #expect(summary.lines == [
            .init(channel: .kiosk, kind: .residentRecord, issued: 1, copies: 2, amount: 300, exemptions: 0, refunds: 0,
                  refunded: 0),
            .init(channel: .window, kind: .residentRecord, issued: 1, copies: 1, amount: 300, exemptions: 1, refunds: 1,
                  refunded: -300),
            .init(channel: .window, kind: .taxPayment, issued: 1, copies: 1, amount: 300, exemptions: 0, refunds: 0,
                  refunded: 0),
        ])
        #expect(summary.net(.kiosk) == 300 && summary.net(.window) == 300)
        #expect(summary.closes.map(\.terminal) == ["W-01"] && summary.closes[0].difference == 0)
        #expect(try desk.dailySummary(businessDate: "2026-11-24") == DailySummary(businessDate: "2026-11-24", lines: [],
                                                                                  closes: []))
    }
}
