/// One amount of a tax assessment: either charged, or not charged at all (非課税), which a certificate prints as
/// such rather than as 0 yen.
public enum Levy: Equatable, Sendable {
    case nonTaxable
    case charged(Int)

    public var amount: Int {
        switch self {
        case .nonTaxable: 0
        case .charged(let amount): amount
        }
    }
}

/// The 市民税 or the 県民税 of one taxpayer: 所得割 after its tax credits, and 均等割.
public struct LocalTaxShare: Equatable, Sendable {
    public var incomeLevy: Levy
    public var perCapita: Levy
    /// 調整控除, already taken off the 所得割.
    public var adjustmentCredit: Int
    /// 定額減税 (令和6年度 only), already taken off the 所得割.
    public var specialCredit: Int

    public init(incomeLevy: Levy, perCapita: Levy, adjustmentCredit: Int, specialCredit: Int) {
        self.incomeLevy = incomeLevy
        self.perCapita = perCapita
        self.adjustmentCredit = adjustmentCredit
        self.specialCredit = specialCredit
    }

    /// Non-taxable only when neither part is charged.
    public var total: Levy {
        incomeLevy == .nonTaxable && perCapita == .nonTaxable ? .nonTaxable : .charged(incomeLevy.amount + perCapita.amount)
    }
}
