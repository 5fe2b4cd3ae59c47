import GRDB
import KofuCore

extension KofuDatabase {
    /// 日計表 of one business date (`YYYY-MM-DD`): the ledger totalled by channel and certificate kind, with the
    /// window tills closed that day. Read-only, so `kofu report daily` can run beside the kiosks. Rows that do not
    /// fit the ledger's rules are left out (`unexpectedLedgerRows` names them).
    public func dailySummary(businessDate: String) throws -> DailySummary {
        try read { db in
            let entries = try LedgerRowReader.read(db, businessDate: businessDate).entries
            return DailySummary(businessDate: businessDate, lines: DailySummary.lines(of: entries),
                                closes: try TillClose.closes(db, businessDate: businessDate))
        }
    }
}
