/// A month's issuances as open data (`kofu report opendata`), after the Digital Agency's rules for recommended
/// datasets (推奨データセット): UTF-8 CSV, one header row, the local government code (全国地方公共団体コード) in the first
/// column, ISO dates, one fact per cell. No personal data is in the ledger it counts, and no published count is
/// small: a count from 1 to `threshold - 1` is withheld (empty, with a note) so no single visit can be told, and
/// no totals are given from which a withheld count could be worked out.
public enum OpenDataTable {
    public static let header = ["全国地方公共団体コード", "都道府県名", "市区町村名", "集計期間開始日", "集計期間終了日",
                                "証明書の種類", "交付方法", "交付件数", "備考"]

    /// Certificates each channel issues, in the city's order.
    static let offered: [(Channel, [CertificateKind])] = [
        (.kiosk, CertificateKind.kioskKinds),
        (.window, CertificateKind.allCases),
    ]

    public static func csv(_ report: MonthlyReport, code: String, prefecture: String, city: String,
                           threshold: Int) -> String {
        let days = MonthlyReport.days(of: report.month)
        let rows = offered.flatMap { channel, kinds in
            kinds.map { kind -> [String] in
                let line = report.lines.first { $0.channel == channel && $0.kind == kind }
                // Issuances that stand: charged or exempted, less those refunded (voided). A refund is made on the
                // day of its charge, so the month's refunds are of the month's issuances.
                let count = max(0, line.map { $0.issued + $0.exemptions - $0.refunds } ?? 0)
                let withheld = count > 0 && count < threshold
                return [code, prefecture, city, days.first ?? "", days.last ?? "", kind.printedName,
                        channel == .kiosk ? "コンビニ交付" : "窓口交付", withheld ? "" : String(count),
                        withheld ? "\(threshold)件未満のため非公表" : ""]
            }
        }
        return ([header] + rows).map { $0.map(LedgerFormat.csvField).joined(separator: ",") }.joined(separator: "\r\n")
            + "\r\n"
    }
}
