import Foundation

/// One month of the fee ledger (`kofu report monthly`): the 日計表's lines for the whole month, and the month day by
/// day for charts.
public struct MonthlyReport: Equatable, Codable, Sendable {
    /// `YYYY-MM`.
    public var month: String
    public var lines: [DailySummary.Line]
    public var days: IssuanceSeries

    /// From the month's ledger entries (by business date).
    public init(month: String, entries: [LedgerEntry]) {
        self.month = month
        lines = DailySummary.lines(of: entries)
        days = IssuanceSeries(entries, labels: Self.days(of: month), slot: \.businessDate)
    }

    /// Every date of `month` (`YYYY-MM`), or none when it is not a month.
    public static func days(of month: String) -> [String] {
        guard let (year, number, _) = JapaneseDate.parse(month + "-01") else { return [] }
        return (1...DateInput.daysIn(number, year)).map { month + ($0 < 10 ? "-0\($0)" : "-\($0)") }
    }

    /// The first and the day after the last business date of `month`, for a range query.
    public static func range(of month: String) -> (from: String, before: String)? {
        guard let (year, number, _) = JapaneseDate.parse(month + "-01") else { return nil }
        let next = number == 12 ? (year + 1, 1) : (year, number + 1)
        return (month + "-01", String(format: "%04d-%02d-01", next.0, next.1))
    }
}
