import GRDB
import KofuCore

extension KofuDatabase {
    /// 日計表 of one business date (`YYYY-MM-DD`): the ledger totalled by channel and certificate kind, with the
    /// window tills closed that day. Read-only, so `kofu report daily` can run beside the kiosks.
    public func dailySummary(businessDate: String) throws -> DailySummary {
        try read { db in
            let lines = try Row.fetchAll(db, sql: """
                SELECT channel, kind,
                    SUM(entry_type = 'charge') AS issued,
                    SUM(CASE WHEN entry_type = 'charge' THEN copies ELSE 0 END) AS copies,
                    SUM(CASE WHEN entry_type = 'charge' THEN amount ELSE 0 END) AS amount,
                    SUM(entry_type = 'exemption') AS exemptions,
                    SUM(entry_type = 'refund') AS refunds,
                    SUM(CASE WHEN entry_type = 'refund' THEN amount ELSE 0 END) AS refunded
                FROM ledger WHERE business_date = ? GROUP BY channel, kind
                """, arguments: [businessDate]).map {
                DailySummary.Line(channel: Channel(rawValue: $0["channel"])!, kind: CertificateKind(rawValue: $0["kind"])!,
                                  issued: $0["issued"], copies: $0["copies"], amount: $0["amount"],
                                  exemptions: $0["exemptions"], refunds: $0["refunds"], refunded: $0["refunded"])
            }
            // Kiosk before window, kinds in the order the city lists them, whatever SQLite's grouping order.
            let channels: [Channel] = [.kiosk, .window]
            let order = { (line: DailySummary.Line) in
                (channels.firstIndex(of: line.channel)!, CertificateKind.allCases.firstIndex(of: line.kind)!)
            }
            return DailySummary(businessDate: businessDate, lines: lines.sorted { order($0) < order($1) },
                                closes: try TillClose.closes(db, businessDate: businessDate))
        }
    }
}
