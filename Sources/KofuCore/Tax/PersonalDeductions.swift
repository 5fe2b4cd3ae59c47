/// The 所得控除 that follow from the taxpayer's circumstances, each with its 人的控除額の差: how much smaller it is
/// than its income-tax counterpart, the base of the 調整控除 that keeps the inhabitant tax from rising on that account.
enum PersonalDeductions {
    typealias Amount = (deduction: Int, difference: Int)

    /// 基礎控除 by 合計所得金額. Its difference is fixed by law at 50,000 yen.
    static func basic(totalIncome: Int) -> Amount {
        switch totalIncome {
        case ...24_000_000: (430_000, 50_000)
        case ...24_500_000: (290_000, 50_000)
        case ...25_000_000: (150_000, 50_000)
        default: (0, 0)
        }
    }

    /// 配偶者控除, smaller as the taxpayer's 合計所得金額 passes 9 and 9.5 million yen, none past 10 million.
    static func spouse(_ kind: SpouseKind, totalIncome: Int) -> Amount {
        let elderly = kind == .elderly
        switch (kind, totalIncome) {
        case (.none, _): return (0, 0)
        case (_, ...9_000_000): return elderly ? (380_000, 100_000) : (330_000, 50_000)
        case (_, ...9_500_000): return elderly ? (260_000, 60_000) : (220_000, 40_000)
        case (_, ...10_000_000): return elderly ? (130_000, 30_000) : (110_000, 20_000)
        default: return (0, 0)
        }
    }

    /// 扶養控除 for one dependant.
    static func dependant(_ kind: DependantKind) -> Amount {
        switch kind {
        case .young: (0, 0)
        case .general: (330_000, 50_000)
        case .specified: (450_000, 180_000)
        case .elderly: (380_000, 100_000)
        case .cohabitingParent: (450_000, 130_000)
        }
    }

    static func dependants(_ counts: DependantCounts) -> Amount {
        let kinds: [(DependantKind, Int)] = [(.young, counts.young), (.general, counts.general),
                                             (.specified, counts.specified), (.elderly, counts.elderly),
                                             (.cohabitingParent, counts.cohabitingParents)]
        return kinds.reduce((0, 0)) { sum, entry in
            let one = dependant(entry.0)
            return (sum.deduction + one.deduction * entry.1, sum.difference + one.difference * entry.1)
        }
    }
}
