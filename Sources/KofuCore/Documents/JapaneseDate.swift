/// Dates the way certificates print them: in the Japanese era (和暦), with 元年 for an era's first year.
public enum JapaneseDate {
    /// Eras newest first, each with its first day.
    static let eras: [(name: String, start: (Int, Int, Int))] = [
        ("令和", (2019, 5, 1)),
        ("平成", (1989, 1, 8)),
        ("昭和", (1926, 12, 25)),
        ("大正", (1912, 7, 30)),
        ("明治", (1868, 1, 25)),
    ]

    /// The era and its year for a western date, e.g. (昭和, 55) for 1980-04-12; nil before 明治.
    public static func eraYear(year: Int, month: Int, day: Int) -> (era: String, year: Int)? {
        guard let era = eras.first(where: { (year, month, day) >= $0.start }) else { return nil }
        return (era.name, year - era.start.0 + 1)
    }

    static func yearText(_ era: (era: String, year: Int)) -> String {
        era.era + (era.year == 1 ? "元" : String(era.year)) + "年"
    }

    /// "昭和55年4月12日"; the western date when it precedes every era.
    public static func format(year: Int, month: Int, day: Int) -> String {
        guard let era = eraYear(year: year, month: month, day: day) else { return "\(year)年\(month)月\(day)日" }
        return yearText(era) + "\(month)月\(day)日"
    }

    /// Parses `YYYY-MM-DD` and formats it as `format` does; nil when the text is not such a date.
    public static func format(iso: String) -> String? {
        guard let (y, m, d) = parse(iso) else { return nil }
        return format(year: y, month: m, day: d)
    }

    /// "令和8年度（令和7年分）": a fiscal year and the calendar year whose income it taxes.
    public static func fiscalYear(_ fiscalYear: Int) -> String {
        // The income year is named by the era in force on its last day.
        let income = eraYear(year: fiscalYear - 1, month: 12, day: 31) ?? ("", fiscalYear - 1)
        return fiscalYearName(fiscalYear) + "（" + yearText(income) + "分）"
    }

    /// "令和8年度": a fiscal year alone, named by the era in force when it starts (April), as tax items other than
    /// the income-based inhabitant tax are.
    public static func fiscalYearName(_ fiscalYear: Int) -> String {
        let fy = eraYear(year: fiscalYear, month: 5, day: 1) ?? ("", fiscalYear)
        return String(yearText(fy).dropLast()) + "年度"
    }

    /// `YYYY-MM-DD` naming a day the calendar has (no 2026-02-30); nil otherwise.
    public static func parse(_ iso: String) -> (Int, Int, Int)? {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), (1...DateInput.daysIn(m, y)).contains(d) else { return nil }
        return (y, m, d)
    }
}
