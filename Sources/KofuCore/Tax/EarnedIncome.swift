/// Income from salary and from public pensions: revenue less the statutory deductions (給与所得控除,
/// 公的年金等控除), as in effect for 令和2年分 income (令和3年度) onwards.
public enum EarnedIncome {
    /// 給与所得. Below 6.6 million yen the law's table (所得税法別表第五) steps on revenue rounded down to 4,000 yen,
    /// which the formulas reproduce with a quarter of the revenue rounded down to 1,000 yen. The minimum deduction
    /// is 550,000 yen until 令和6年分 and 650,000 yen from 令和7年分.
    public static func salary(revenue: Int, incomeYear: Int) -> Int {
        let quarter = revenue / 4 / 1000 * 1000
        if incomeYear >= 2025 {
            if revenue < 651_000 { return 0 }
            if revenue < 1_900_000 { return revenue - 650_000 }
        } else {
            switch revenue {
            case ..<551_000: return 0
            case ..<1_619_000: return revenue - 550_000
            case ..<1_620_000: return 1_069_000
            case ..<1_622_000: return 1_070_000
            case ..<1_624_000: return 1_072_000
            case ..<1_628_000: return 1_074_000
            case ..<1_800_000: return quarter * 24 / 10 + 100_000
            default: break
            }
        }
        switch revenue {
        case ..<3_600_000: return quarter * 28 / 10 - 80_000
        case ..<6_600_000: return quarter * 32 / 10 - 440_000
        case ..<8_500_000: return revenue * 9 / 10 - 1_100_000
        default: return revenue - 1_950_000
        }
    }

    /// 公的年金等に係る雑所得. From 65 (on 31 December) the minimum deduction is 1,100,000 yen instead of 600,000;
    /// the deduction shrinks by 100,000 yen when other income passes 10 million yen and by 200,000 past 20 million.
    public static func pension(revenue: Int, age: Int, otherIncome: Int) -> Int {
        let deduction: Int
        switch revenue {
        case ...(age >= 65 ? 3_300_000 : 1_300_000): deduction = age >= 65 ? 1_100_000 : 600_000
        case ...4_100_000: deduction = percent(revenue, 25) + 275_000
        case ...7_700_000: deduction = percent(revenue, 15) + 685_000
        case ...10_000_000: deduction = percent(revenue, 5) + 1_455_000
        default: deduction = 1_955_000
        }
        let reduction = otherIncome > 20_000_000 ? 200_000 : otherIncome > 10_000_000 ? 100_000 : 0
        return max(0, revenue - (deduction - reduction))
    }

    /// A share of the revenue rounded up, so that the income left after the deduction is rounded down.
    static func percent(_ revenue: Int, _ rate: Int) -> Int { (revenue * rate + 99) / 100 }

    /// 所得金額調整控除 for someone with both salary and pension income: the salary income is reduced by what the
    /// two exceed 100,000 yen by, each counted up to 100,000 yen.
    public static func salaryAdjustment(salaryIncome: Int, pensionIncome: Int) -> Int {
        max(0, min(salaryIncome, 100_000) + min(pensionIncome, 100_000) - 100_000)
    }
}
