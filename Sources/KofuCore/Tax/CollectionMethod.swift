import Foundation

/// How a tax is paid: by the taxpayer against the city's payment slips (普通徴収), or withheld and paid in by an
/// employer from salary or by a pension payer from the pension (特別徴収).
public enum CollectionMethod: String, Codable, Sendable, CaseIterable {
    case ordinary
    case salary
    case pension

    /// The months the inhabitant tax is collected in, each with its nominal due date (`YYYY-MM-DD`).
    /// 普通徴収 in 小牧市: four installments due at the end of June, August, October and January. From salary:
    /// June to May, each month's paid in by the 10th of the next. From a pension: the six pension days of April to
    /// February (the first three provisional, 仮徴収), each paid in by the 10th of the next month.
    public func inhabitantTaxInstallments(fiscalYear: Int, clock: CityClock = .japan) -> [(month: Int, dueOn: String)] {
        let months: [Int] = switch self {
        case .ordinary: [6, 8, 10, 1]
        case .salary: [6, 7, 8, 9, 10, 11, 12, 1, 2, 3, 4, 5]
        case .pension: [4, 6, 8, 10, 12, 2]
        }
        return months.map { month in
            let year = month >= months[0] ? fiscalYear : fiscalYear + 1
            let due = switch self {
            case .ordinary: clock.calendar.date(byAdding: DateComponents(month: 1, day: -1),
                                                to: clock.date(year: year, month: month, day: 1))!
            case .salary, .pension: clock.date(year: month == 12 ? year + 1 : year, month: month % 12 + 1, day: 10)
            }
            return (month, clock.businessDate(due))
        }
    }

    /// Whether `dueOn` is the nominal due date, or the working day a weekend or holiday moved it to: never earlier,
    /// never on a weekend, at most three days later (a weekend and a Monday holiday).
    public static func isDueDate(_ dueOn: String, for nominal: String, clock: CityClock = .japan) -> Bool {
        guard let (y, m, d) = JapaneseDate.parse(dueOn), let (ny, nm, nd) = JapaneseDate.parse(nominal) else {
            return false
        }
        let due = clock.date(year: y, month: m, day: d)
        let late = clock.calendar.dateComponents([.day], from: clock.date(year: ny, month: nm, day: nd), to: due).day!
        return late == 0 || ((1...3).contains(late) && ![1, 7].contains(clock.parts(due).weekday!))
    }
}
