import GRDB
import KofuCore

/// The close of a window till for one business day. Once closed, the till takes no further ledger row that day
/// (`LedgerWriter` asks here), so the cash counted stays the cash the ledger says.
enum TillClose {
    static func isClosed(_ db: Database, businessDate: String, terminal: String) throws -> Bool {
        try Bool.fetchOne(db, sql: """
            SELECT EXISTS (SELECT 1 FROM window_close WHERE business_date = ? AND terminal = ?)
            """, arguments: [businessDate, terminal]) ?? false
    }

    /// What the till took in: its charges less its refunds (exemptions are 0 yen).
    static func takings(_ db: Database, businessDate: String, terminal: String) throws -> Int {
        try Int.fetchOne(db, sql: """
            SELECT COALESCE(SUM(amount), 0) FROM ledger WHERE channel = 'window' AND business_date = ? AND terminal = ?
            """, arguments: [businessDate, terminal]) ?? 0
    }

    static func insert(_ db: Database, _ close: DailySummary.Close, businessDate: String) throws {
        try db.execute(sql: """
            INSERT INTO window_close (business_date, terminal, staff_id, change_float, expected_cash, counted_cash,
                closed_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [businessDate, close.terminal, close.staffID, close.changeFloat, close.expectedCash,
                             close.countedCash, close.closedAt])
    }

    static func closes(_ db: Database, businessDate: String, terminal: String? = nil) throws -> [DailySummary.Close] {
        try Row.fetchAll(db, sql: """
            SELECT * FROM window_close WHERE business_date = ?1 AND (?2 IS NULL OR terminal = ?2) ORDER BY terminal
            """, arguments: [businessDate, terminal]).map {
            DailySummary.Close(terminal: $0["terminal"], staffID: $0["staff_id"], changeFloat: $0["change_float"],
                               expectedCash: $0["expected_cash"], countedCash: $0["counted_cash"],
                               closedAt: $0["closed_at"])
        }
    }
}
