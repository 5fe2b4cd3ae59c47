import GRDB
import KofuCore

/// The only code that appends to the ledger. Rows are never edited: a fee is given back by a refund row that
/// references its charge. A window till that has been closed for a day takes no further row for that day.
enum LedgerWriter {
    struct Row {
        var entryType: LedgerEntry.EntryType
        var issuanceID: Int64
        var referencesLedgerID: Int64? = nil
        var channel: Channel
        var terminal: String
        var kind: CertificateKind
        var copies: Int
        var unitFee: Int
        var amount: Int
        var businessDate: String
        var createdAt: String
        var reason: String?
    }

    @discardableResult
    static func append(_ db: Database, _ row: Row) throws -> Int64 {
        if row.channel == .window, try TillClose.isClosed(db, businessDate: row.businessDate, terminal: row.terminal) {
            throw WindowError.tillClosed(businessDate: row.businessDate, terminal: row.terminal)
        }
        try db.execute(sql: """
            INSERT INTO ledger (entry_type, issuance_id, references_ledger_id, channel, terminal, kind, copies, unit_fee,
                amount, business_date, created_at, reason)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [row.entryType.rawValue, row.issuanceID, row.referencesLedgerID, row.channel.rawValue,
                             row.terminal, row.kind.rawValue, row.copies, row.unitFee, row.amount, row.businessDate,
                             row.createdAt, row.reason])
        return db.lastInsertedRowID
    }

    /// The charge an issuance was paid with (or its 0-yen exemption, which a void cancels the same way), not yet
    /// refunded.
    struct Charge {
        var id: Int64
        var issuanceID: Int64
        var channel: Channel
        var terminal: String
        var kind: CertificateKind
        var copies: Int
        var unitFee: Int
        var amount: Int
        var businessDate: String
    }

    static func refundableCharge(_ db: Database, issuanceID: Int64) throws -> Charge {
        guard let row = try GRDB.Row.fetchOne(db, sql: """
            SELECT id, channel, terminal, kind, copies, unit_fee, amount, business_date FROM ledger
            WHERE issuance_id = ? AND entry_type IN ('charge', 'exemption')
            """, arguments: [issuanceID]) else {
            throw IssuanceError.unknownIssuance(issuanceID)
        }
        let charge = Charge(id: row["id"], issuanceID: issuanceID, channel: Channel(rawValue: row["channel"])!,
                            terminal: row["terminal"], kind: CertificateKind(rawValue: row["kind"])!,
                            copies: row["copies"], unitFee: row["unit_fee"], amount: row["amount"],
                            businessDate: row["business_date"])
        let refunded = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM ledger WHERE references_ledger_id = ?)",
                                         arguments: [charge.id]) ?? false
        guard !refunded else { throw IssuanceError.alreadyRefunded(issuanceID) }
        return charge
    }

    /// The whole charge given back at `terminal`, the till that pays the cash out.
    @discardableResult
    static func refund(_ db: Database, _ charge: Charge, terminal: String, reason: String, businessDate: String,
                       createdAt: String) throws -> Int64 {
        try append(db, Row(entryType: .refund, issuanceID: charge.issuanceID, referencesLedgerID: charge.id,
                           channel: charge.channel, terminal: terminal, kind: charge.kind, copies: charge.copies,
                           unitFee: charge.unitFee, amount: -charge.amount, businessDate: businessDate,
                           createdAt: createdAt, reason: reason))
    }
}
