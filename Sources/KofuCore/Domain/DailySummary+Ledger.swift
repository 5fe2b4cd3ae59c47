/// 日計表 lines totalled from ledger entries: one line per channel and certificate kind that has any row, kiosk
/// before window and kinds in the order the city lists them.
extension DailySummary {
    public static func lines(of entries: [LedgerEntry]) -> [Line] {
        var lines: [Line] = []
        for channel in [Channel.kiosk, .window] {
            for kind in CertificateKind.allCases {
                let rows = entries.filter { $0.channel == channel && $0.kind == kind }
                guard !rows.isEmpty else { continue }
                let charges = rows.filter { $0.entryType == .charge }
                let refunds = rows.filter { $0.entryType == .refund }
                lines.append(Line(channel: channel, kind: kind, issued: charges.count,
                                  copies: charges.reduce(0) { $0 + $1.copies },
                                  amount: charges.reduce(0) { $0 + $1.amount },
                                  exemptions: rows.filter { $0.entryType == .exemption }.count, refunds: refunds.count,
                                  refunded: refunds.reduce(0) { $0 + $1.amount }))
            }
        }
        return lines
    }
}
