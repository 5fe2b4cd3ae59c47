/// What the window's reports screen charts for a business day: the day hour by hour, its month day by day, and the
/// twelve months up to it, each stacked by channel and certificate kind.
public struct IssuanceReport: Equatable, Codable, Sendable {
    public enum View: String, Codable, Sendable, CaseIterable {
        case hours, days, months
    }

    public var businessDate: String
    public var hours: IssuanceSeries
    public var days: IssuanceSeries
    public var months: IssuanceSeries

    public init(businessDate: String, hours: IssuanceSeries, days: IssuanceSeries, months: IssuanceSeries) {
        self.businessDate = businessDate
        self.hours = hours
        self.days = days
        self.months = months
    }

    /// From the ledger entries of `range(through: businessDate)`.
    public init(businessDate: String, entries: [LedgerEntry]) {
        let month = String(businessDate.prefix(7))
        self.init(businessDate: businessDate,
                  hours: IssuanceSeries(entries.filter { $0.businessDate == businessDate }, labels: IssuanceSeries.hours,
                                        slot: IssuanceSeries.hour),
                  days: IssuanceSeries(entries, labels: MonthlyReport.days(of: month), slot: \.businessDate),
                  months: IssuanceSeries(entries, labels: Self.months(through: month)) { String($0.businessDate.prefix(7)) })
    }

    public func series(_ view: View) -> IssuanceSeries {
        switch view {
        case .hours: hours
        case .days: days
        case .months: months
        }
    }

    /// The twelve months (`YYYY-MM`) that end with `month`.
    public static func months(through month: String) -> [String] {
        guard let (year, number, _) = JapaneseDate.parse(month + "-01") else { return [] }
        return (0..<12).reversed().map { back in
            let index = year * 12 + (number - 1) - back
            let m = index % 12 + 1
            return "\(index / 12)-" + (m < 10 ? "0\(m)" : "\(m)")
        }
    }

    /// The business dates the report reads: from the first day of the earliest of the twelve months to the day
    /// after the last day of the date's month.
    public static func range(through businessDate: String) -> (from: String, before: String)? {
        let month = String(businessDate.prefix(7))
        guard JapaneseDate.parse(businessDate) != nil, let first = months(through: month).first,
              let end = MonthlyReport.range(of: month) else { return nil }
        return (first + "-01", end.before)
    }
}
