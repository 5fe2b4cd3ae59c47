import Foundation
import GRDB
import KofuCore

/// The keys terminals give their payments, each kept with the issuance it paid for, in the same transaction.
enum IssueRequest {
    /// The receipt of the issuance this terminal already made under `key`, or nil. The same key for another order
    /// is a terminal's bug, refused rather than answered with someone else's receipt.
    static func earlier(_ db: Database, _ order: IssuanceOrder, key: String) throws -> IssuanceReceipt? {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT i.id, i.credential_id, i.resident_id, i.kind, i.options_json, i.copies, i.business_date, l.amount
            FROM issue_request r JOIN issuance i ON i.id = r.issuance_id
            JOIN ledger l ON l.issuance_id = i.id AND l.entry_type IN ('charge', 'exemption')
            WHERE r.terminal = ? AND r.request_key = ?
            """), arguments: [order.terminal, key]) else { return nil }
        let options = String(decoding: try JSONEncoder.sorted.encode(order.request), as: UTF8.self)
        guard row["credential_id"] == order.credentialID, row["resident_id"] == order.residentID,
              row["kind"] == order.request.kind.rawValue, row["options_json"] == options,
              row["copies"] == order.copies else { throw IssuanceError.requestKeyReused }
        let issuanceID: Int64 = row["id"]
        let serials = try String.fetchAll(db.cachedStatement(sql: """
            SELECT serial FROM document WHERE issuance_id = ? ORDER BY copy_number
            """), arguments: [issuanceID])
        return IssuanceReceipt(issuanceID: issuanceID, serials: serials, amount: row["amount"],
                               businessDate: row["business_date"])
    }

    static func remember(_ db: Database, terminal: String, key: String, issuanceID: Int64) throws {
        try db.cachedStatement(sql: "INSERT INTO issue_request (terminal, request_key, issuance_id) VALUES (?, ?, ?)")
            .execute(arguments: [terminal, key, issuanceID])
    }
}
