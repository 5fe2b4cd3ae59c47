import KofuCore

/// The close of a window till for one business day. Once closed, the till takes no further ledger row that day
/// (`LedgerWriter` asks here), so the cash counted stays the cash the ledger says.
enum TillClose {
    static func isClosed(_ db: any SQLConnection, businessDate: String, terminal: String) throws -> Bool {
        try Bool.fetchOne(db.cachedStatement(sql: """
            SELECT EXISTS (SELECT 1 FROM window_close WHERE business_date = ? AND terminal = ?)
            """), arguments: [businessDate, terminal]) ?? false
    }

    /// What the till took in: its charges less its refunds (exemptions are 0 yen).
    static func takings(_ db: any SQLConnection, businessDate: String, terminal: String) throws -> Int {
        try Int.fetchOne(db.cachedStatement(sql: """
            SELECT COALESCE(SUM(amount), 0) FROM ledger WHERE channel = 'window' AND business_date = ? AND terminal = ?
            """), arguments: [businessDate, terminal]) ?? 0
    }

    /// Records the close with the ledger's head as it stands, signed by the city, which the till's day can then
    /// never be rewritten behind (`CloseAnchors`); returns that head.
    static func insert(_ db: any SQLConnection, _ close: DailySummary.Close, businessDate: String,
                       signedWith key: SigningKey) throws -> ChainedTable.Link {
        let head = try ChainedTable.ledger.head(db)
        try ChainedTable.tillClose.append(db, [
            "business_date": businessDate, "terminal": close.terminal, "staff_id": close.staffID,
            "change_float": close.changeFloat, "expected_cash": close.expectedCash, "counted_cash": close.countedCash,
            "closed_at": close.closedAt, "ledger_seq": head.seq, "ledger_head": head.hash], signedWith: key)
        return head
    }

    static func closes(_ db: any SQLConnection, businessDate: String, terminal: String? = nil) throws -> [DailySummary.Close] {
        try SQLRow.fetchAll(db.cachedStatement(sql: """
            SELECT * FROM window_close WHERE business_date = ?1 AND (CAST(?2 AS TEXT) IS NULL OR terminal = ?2) ORDER BY terminal
            """), arguments: [businessDate, terminal]).map {
            DailySummary.Close(terminal: $0["terminal"], staffID: $0["staff_id"], changeFloat: $0["change_float"],
                               expectedCash: $0["expected_cash"], countedCash: $0["counted_cash"],
                               closedAt: $0["closed_at"])
        }
    }
}
