import Foundation

/// The month as `kofu report monthly` prints it: the 日計表's tables for the whole month and a line per day for
/// people; a row per day, channel and kind for spreadsheets; the report itself for scripts.
public enum MonthlyReportFormat {
    public static func table(_ report: MonthlyReport) -> String {
        let month = DailySummaryFormat.Totals(report.lines)
        let days = TextTable.render(
            header: ["date", "kiosk", "window", "issuances", "net"],
            rows: report.days.slots.map { slot in
                [slot.label] + [Channel.kiosk, .window].map { channel in
                    String(slot.counts.filter { $0.channel == channel }.reduce(0) { $0 + $1.issued })
                } + [String(slot.issued), Yen.digits(slot.yen)]
            },
            rightAligned: ["kiosk", "window", "issuances", "net"],
            footer: ["total", "", "", String(report.days.slots.reduce(0) { $0 + $1.issued }), Yen.digits(month.net)])
        return "月計表 monthly summary \(report.month)\n\n"
            + DailySummaryFormat.sections(DailySummary(businessDate: report.month, lines: report.lines, closes: []))
            + days
            + "\nmonth: \(month.issued) issued, \(month.exemptions) exempt, \(month.refunds) refunded, "
            + "net \(Yen.digits(month.net)) yen\n"
    }

    static let csvColumns = ["business_date", "channel", "kind", "issued", "copies", "net"]

    /// A row per day, channel and kind with any ledger row; codes as the README lists them, plain integers.
    public static func csv(_ report: MonthlyReport) -> String {
        let rows = [csvColumns] + report.days.slots.flatMap { slot in
            slot.counts.map { [slot.label, $0.channel.rawValue, $0.kind.rawValue, String($0.issued), String($0.copies),
                               String($0.yen)] }
        }
        return rows.map { $0.map(LedgerFormat.csvField).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    public static func json(_ report: MonthlyReport) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(report), as: UTF8.self) + "\n"
    }
}
