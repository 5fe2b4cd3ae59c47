import Foundation
import KofuCore

/// The keys terminals give their payments, each kept with the issuance it paid for, in the same transaction.
enum IssueRequest {
    /// The receipt of the issuance this terminal already made under `key`, or nil. The same key for another order
    /// is a terminal's bug, refused rather than answered with someone else's receipt.
    static func earlier(_ db: any SQLConnection, _ order: IssuanceOrder, key: String) throws -> IssuanceReceipt? {
        try earlier(db, terminal: order.terminal, key: key, credentialID: order.credentialID,
                    residentID: order.residentID, kind: order.request.kind,
                    options: String(decoding: try JSONEncoder.sorted.encode(order.request), as: UTF8.self),
                    copies: order.copies)
    }

    /// The same for an order at the window, which names no credential.
    static func earlier(_ db: any SQLConnection, _ order: WindowOrder, key: String) throws -> IssuanceReceipt? {
        try earlier(db, terminal: order.terminal, key: key, credentialID: nil, residentID: order.residentID,
                    kind: order.request.kind, options: try SQLiteWindowDesk.options(order.request), copies: order.copies)
    }

    private static func earlier(_ db: any SQLConnection, terminal: String, key: String, credentialID: String?, residentID: String,
                                kind: CertificateKind, options: String, copies: Int) throws -> IssuanceReceipt? {
        guard let request = try SQLRow.fetchOne(db.cachedStatement(sql: """
            SELECT issuance_id, withdrawn_at FROM issue_request WHERE terminal = ? AND request_key = ?
            """), arguments: [terminal, key]) else { return nil }
        guard let issuanceID: Int64 = request["issuance_id"] else { throw IssuanceError.requestWithdrawn }
        let row = try SQLRow.fetchOne(db.cachedStatement(sql: """
            SELECT i.id, i.credential_id, i.resident_id, i.kind, i.options_json, i.copies, i.business_date, l.amount
            FROM issuance i JOIN ledger l ON l.issuance_id = i.id AND l.entry_type IN ('charge', 'exemption')
            WHERE i.id = ?
            """), arguments: [issuanceID])!
        guard row["credential_id"] as String? == credentialID, row["resident_id"] == residentID,
              row["kind"] == kind.rawValue, row["options_json"] == options,
              row["copies"] == copies else { throw IssuanceError.requestKeyReused }
        // A retry after the terminal withdrew the payment: the refund stands, nothing is handed out again.
        guard request["withdrawn_at"] as String? == nil else { throw IssuanceError.requestWithdrawn }
        let serials = try String.fetchAll(db.cachedStatement(sql: """
            SELECT serial FROM document WHERE issuance_id = ? ORDER BY copy_number
            """), arguments: [issuanceID])
        return IssuanceReceipt(issuanceID: issuanceID, serials: serials, amount: row["amount"],
                               businessDate: row["business_date"])
    }

    static func remember(_ db: any SQLConnection, terminal: String, key: String, issuanceID: Int64) throws {
        try db.cachedStatement(sql: "INSERT INTO issue_request (terminal, request_key, issuance_id) VALUES (?, ?, ?)")
            .execute(arguments: [terminal, key, issuanceID])
    }
}

extension IssueRequest {
    /// Withdraws the payment made (or still to arrive) under `key`; see `NetworkPayments`.
    static func withdraw(_ db: any SQLConnection, terminal: String, key: String, at date: Date, businessDate: String) throws
        -> Withdrawal {
        let createdAt = Timestamp.text(date)
        guard let row = try SQLRow.fetchOne(db, sql: """
            SELECT issuance_id, withdrawn_at FROM issue_request WHERE terminal = ? AND request_key = ?
            """, arguments: [terminal, key]) else {
            try db.execute(sql: "INSERT INTO issue_request (terminal, request_key, withdrawn_at) VALUES (?, ?, ?)",
                           arguments: [terminal, key, createdAt])
            return .nothingCharged
        }
        guard let issuanceID: Int64 = row["issuance_id"] else { return .nothingCharged }
        if row["withdrawn_at"] as String? != nil { return .refunded }
        if try SQLiteIssuanceDesk.onPaper(db, issuanceID) { return .printed }
        do {
            let charge = try LedgerWriter.refundableCharge(db, issuanceID: issuanceID)
            try LedgerWriter.refund(db, charge, terminal: charge.terminal, reason: Withdrawal.refundReason,
                                    businessDate: businessDate, createdAt: createdAt)
        } catch IssuanceError.alreadyRefunded {
            // Refunded as unprinted, and the answer to that was what got lost: the fee is back already.
        }
        try db.execute(sql: "UPDATE issue_request SET withdrawn_at = ? WHERE terminal = ? AND request_key = ?",
                       arguments: [createdAt, terminal, key])
        return .refunded
    }
}
