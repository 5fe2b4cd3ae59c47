import KofuCore

extension KofuDatabase {
    /// 日計表 of one business date (`YYYY-MM-DD`): the ledger totalled by channel and certificate kind, with the
    /// window tills closed that day. Read-only, so `kofu report daily` can run beside the kiosks. Rows that do not
    /// fit the ledger's rules are left out (`dailySummaryAndUnexpectedRows` names them).
    public func dailySummary(businessDate: String) throws -> DailySummary {
        try dailySummaryAndUnexpectedRows(businessDate: businessDate).summary
    }

    /// The summary and the day's rows it left out, from one reading of the day.
    public func dailySummaryAndUnexpectedRows(businessDate: String) throws
        -> (summary: DailySummary, unexpected: [UnexpectedLedgerRow]) {
        try read { db in
            let reading = try LedgerRowReader.read(db, businessDate: businessDate)
            return (DailySummary(businessDate: businessDate, lines: DailySummary.lines(of: reading.entries),
                                 closes: try TillClose.closes(db, businessDate: businessDate)), reading.unexpected)
        }
    }
}
