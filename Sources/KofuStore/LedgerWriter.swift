import KofuCore

/// The only code that appends to the ledger. Rows are never edited: a fee is given back by a refund row that
/// references its charge. A window till that has been closed for a day takes no further row for that day. Each row
/// is chained to the one before it (`ChainedTable`), whichever channel and terminal wrote either.
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
    static func append(_ db: any SQLConnection, _ row: Row) throws -> Int64 {
        if row.channel == .window, try TillClose.isClosed(db, businessDate: row.businessDate, terminal: row.terminal) {
            throw WindowError.tillClosed(businessDate: row.businessDate, terminal: row.terminal)
        }
        return try ChainedTable.ledger.append(db, [
            "entry_type": row.entryType.rawValue, "issuance_id": row.issuanceID,
            "references_ledger_id": row.referencesLedgerID, "channel": row.channel.rawValue, "terminal": row.terminal,
            "kind": row.kind.rawValue, "copies": row.copies, "unit_fee": row.unitFee, "amount": row.amount,
            "business_date": row.businessDate, "created_at": row.createdAt, "reason": row.reason])
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

    static func refundableCharge(_ db: any SQLConnection, issuanceID: Int64) throws -> Charge {
        guard let row = try SQLRow.fetchOne(db.cachedStatement(sql: """
            SELECT id, channel, terminal, kind, copies, unit_fee, amount, business_date FROM ledger
            WHERE issuance_id = ? AND entry_type IN ('charge', 'exemption')
            """), arguments: [issuanceID]) else {
            throw IssuanceError.unknownIssuance(issuanceID)
        }
        let charge = Charge(id: row["id"], issuanceID: issuanceID, channel: Channel(rawValue: row["channel"])!,
                            terminal: row["terminal"], kind: CertificateKind(rawValue: row["kind"])!,
                            copies: row["copies"], unitFee: row["unit_fee"], amount: row["amount"],
                            businessDate: row["business_date"])
        let refunded = try Bool.fetchOne(
            db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM ledger WHERE references_ledger_id = ?)"),
            arguments: [charge.id]) ?? false
        guard !refunded else { throw IssuanceError.alreadyRefunded(issuanceID) }
        return charge
    }

    /// The whole charge given back at `terminal`, the till that pays the cash out.
    @discardableResult
    static func refund(_ db: any SQLConnection, _ charge: Charge, terminal: String, reason: String, businessDate: String,
                       createdAt: String) throws -> Int64 {
        try append(db, Row(entryType: .refund, issuanceID: charge.issuanceID, referencesLedgerID: charge.id,
                           channel: charge.channel, terminal: terminal, kind: charge.kind, copies: charge.copies,
                           unitFee: charge.unitFee, amount: -charge.amount, businessDate: businessDate,
                           createdAt: createdAt, reason: reason))
    }
}
