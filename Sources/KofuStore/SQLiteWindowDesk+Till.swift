import Foundation
import KofuCore

/// The till of a window terminal: same-day refunds with their reason, the takings and the close.
extension SQLiteWindowDesk {
    public func refundableIssuances(businessDate: String) throws -> [IssuanceSummary] {
        try database.read { db in
            try SQLRow.fetchAll(db, sql: """
                SELECT i.id, r.family_name || ' ' || r.given_name AS name, i.kind, i.copies, i.channel, i.business_date,
                    l.amount, (SELECT COUNT(*) FROM receipt_print p WHERE p.issuance_id = i.id) AS receipts
                FROM issuance i JOIN resident r ON r.id = i.resident_id
                JOIN ledger l ON l.issuance_id = i.id AND l.entry_type IN ('charge', 'exemption')
                WHERE i.channel = 'window' AND i.business_date = ?
                    AND NOT EXISTS (SELECT 1 FROM ledger x WHERE x.references_ledger_id = l.id)
                ORDER BY i.id DESC
                """, arguments: [businessDate]).map {
                IssuanceSummary(issuanceID: $0["id"], residentName: $0["name"],
                                kind: CertificateKind(rawValue: $0["kind"])!, copies: $0["copies"],
                                channel: Channel(rawValue: $0["channel"])!, businessDate: $0["business_date"],
                                amount: $0["amount"], receipts: $0["receipts"])
            }
        }
    }

    public func refund(_ request: RefundRequest, approvedBy supervisorID: String, staffID: String, terminal: String,
                       at date: Date) throws {
        // A refunded certificate left in someone's hands would still look genuine on paper.
        guard request.copiesCollected else { throw WindowError.copiesNotCollected(request.issuanceID) }
        guard request.reason != .other || !request.note.isEmpty else { throw WindowError.refundReasonMissing }
        let today = clock.businessDate(date)
        try database.write { db in
            try TerminalRecord.require(db, id: terminal, kind: .window)
            try StaffRecord.require(db, id: staffID)
            try StaffRecord.requireApprover(db, id: supervisorID, of: staffID)
            let charge = try LedgerWriter.refundableCharge(db, issuanceID: request.issuanceID)
            guard charge.channel == .window else { throw WindowError.notAWindowIssuance(request.issuanceID) }
            // A past day's till has been counted and closed; its money is settled by other means.
            guard charge.businessDate == today else { throw WindowError.notSameBusinessDay(request.issuanceID) }
            let ledgerID = try LedgerWriter.refund(db, charge, terminal: terminal, reason: request.reason.rawValue,
                                                   businessDate: today, createdAt: Timestamp.text(date))
            // The clerk's words stay beside the ledger, not in it: they may name someone.
            try db.execute(sql: """
                INSERT INTO refund_record (ledger_id, reason, note, copies_collected, approved_by) VALUES (?, ?, ?, 1, ?)
                """, arguments: [ledgerID, request.reason.rawValue, request.note, supervisorID])
            try Audit.write(db, staffID: staffID, .refund, issuanceID: request.issuanceID,
                            detail: "ledger \(ledgerID), \(-charge.amount) yen at \(terminal), \(request.reason.rawValue), "
                                + "\(charge.copies) copies taken back, approved by \(supervisorID)", at: date)
        }
    }

    public func refundUnprinted(issuanceID: Int64, staffID: String, terminal: String, at date: Date) throws {
        try database.write { db in
            try TerminalRecord.require(db, id: terminal, kind: .window)
            try StaffRecord.require(db, id: staffID)
            let charge = try LedgerWriter.refundableCharge(db, issuanceID: issuanceID)
            // Only what the print just failed for: a copy on paper, or another day's, is a refund a supervisor
            // approves (`refund`), never this one.
            guard try !SQLiteIssuanceDesk.onPaper(db, issuanceID) else { throw IssuanceError.alreadyPrinted(issuanceID) }
            guard charge.businessDate == clock.businessDate(date) else { throw WindowError.notSameBusinessDay(issuanceID) }
            let ledgerID = try LedgerWriter.refund(db, charge, terminal: terminal, reason: "print failure",
                                                   businessDate: clock.businessDate(date), createdAt: Timestamp.text(date))
            try Audit.write(db, staffID: staffID, .refund, issuanceID: issuanceID,
                            detail: "ledger \(ledgerID), \(-charge.amount) yen at \(terminal), not printed", at: date)
        }
    }

    public func closeOf(businessDate: String, terminal: String) throws -> DailySummary.Close? {
        try database.read { db in try TillClose.closes(db, businessDate: businessDate, terminal: terminal).first }
    }

    public func takings(businessDate: String, terminal: String) throws -> Int {
        try database.read { db in try Self.takings(db, businessDate: businessDate, terminal: terminal) }
    }

    /// A day's takings can be no more than one till could hold; beyond that the ledger holds rows Kofu never wrote,
    /// and counting the till against them would mean nothing (or overflow).
    static func takings(_ db: any SQLConnection, businessDate: String, terminal: String) throws -> Int {
        let takings = try TillClose.takings(db, businessDate: businessDate, terminal: terminal)
        guard abs(takings) <= CashLimit.yen else {
            throw WindowError.implausibleTakings(businessDate: businessDate, terminal: terminal)
        }
        return takings
    }

    public func dailySummary(businessDate: String) throws -> DailySummary {
        try database.dailySummary(businessDate: businessDate)
    }

    /// The ledger of the twelve months up to the business day, counted for the charts (a date that is not one has
    /// nothing to chart).
    public func issuanceReport(businessDate: String) throws -> IssuanceReport {
        guard let range = IssuanceReport.range(through: businessDate) else {
            return IssuanceReport(businessDate: businessDate, entries: [])
        }
        return IssuanceReport(businessDate: businessDate,
                              entries: try database.ledgerEntries(from: range.from, before: range.before).entries)
    }

    public func close(businessDate: String, terminal: String, countedCash: Int, changeFloat: Int, staffID: String,
                      at date: Date) throws -> DailySummary.Close {
        guard CashLimit.contains(countedCash) else { throw WindowError.cashOutOfRange(countedCash) }
        guard CashLimit.contains(changeFloat) else { throw WindowError.cashOutOfRange(changeFloat) }
        return try database.write { db in
            try TerminalRecord.require(db, id: terminal, kind: .window)
            try StaffRecord.require(db, id: staffID)
            guard try !TillClose.isClosed(db, businessDate: businessDate, terminal: terminal) else {
                throw WindowError.alreadyClosed(businessDate: businessDate, terminal: terminal)
            }
            let takings = try Self.takings(db, businessDate: businessDate, terminal: terminal)
            let close = DailySummary.Close(terminal: terminal, staffID: staffID, changeFloat: changeFloat,
                                           expectedCash: changeFloat + takings, countedCash: countedCash,
                                           closedAt: Timestamp.text(date))
            let head = try TillClose.insert(db, close, businessDate: businessDate, signedWith: journal.signingKey)
            try Audit.write(db, staffID: staffID, .close, detail: "\(terminal) \(businessDate): float \(changeFloat) yen, "
                            + "expected \(close.expectedCash) yen, counted \(countedCash) yen, "
                            + "ledger head seq \(head.seq) \(head.hash)", at: date)
            return close
        }
    }
}
