/// Every figure of a 所得・課税証明書, computed from the record alone: the one place the inhabitant tax is worked
/// out, for the certificate and for checking the demo data alike.
public struct InhabitantTax: Equatable, Sendable {
    /// Deductions, income tables and 非課税 limits took their present form in 令和3年度; earlier years are not kept.
    public static let firstFiscalYear = 2021

    public let record: IncomeRecord
    /// After the 所得金額調整控除 when there is pension income too.
    public let salaryIncome: Int
    public let pensionIncome: Int
    /// 合計所得金額.
    public let totalIncome: Int
    /// 総所得金額等: 合計所得金額 less losses carried forward, the same here as the city's records hold none.
    public let totalIncomeForTax: Int
    public let basicDeduction: Int
    public let spouseDeduction: Int
    public let dependantDeduction: Int
    /// 課税標準額: 総所得金額等 less every deduction, rounded down to 1,000 yen.
    public let taxableIncome: Int
    public let municipal: LocalTaxShare
    public let prefectural: LocalTaxShare
    /// Collected with the 均等割 from 令和6年度; nil before.
    public let forestEnvironmentTax: Levy?

    public var totalDeductions: Int {
        record.socialInsuranceDeduction + basicDeduction + spouseDeduction + dependantDeduction
    }

    /// What the taxpayer pays in the year: both local taxes and the 森林環境税; 非課税 when neither is charged.
    public var annual: Levy {
        guard municipal.total != .nonTaxable || prefectural.total != .nonTaxable else { return .nonTaxable }
        return .charged(municipal.total.amount + prefectural.total.amount + (forestEnvironmentTax?.amount ?? 0))
    }

    public init(_ record: IncomeRecord, limits: NonTaxableLimits = .komaki) {
        self.record = record
        let rawSalary = EarnedIncome.salary(revenue: record.salaryRevenue, incomeYear: record.incomeYear)
        pensionIncome = EarnedIncome.pension(revenue: record.pensionRevenue, age: record.taxpayerAge,
                                             otherIncome: rawSalary + record.businessIncome)
        salaryIncome = rawSalary - EarnedIncome.salaryAdjustment(salaryIncome: rawSalary, pensionIncome: pensionIncome)
        totalIncome = salaryIncome + pensionIncome + record.businessIncome
        totalIncomeForTax = totalIncome

        let basic = PersonalDeductions.basic(totalIncome: totalIncome)
        let spouse = PersonalDeductions.spouse(record.spouse, totalIncome: totalIncome)
        let dependants = PersonalDeductions.dependants(record.dependants)
        basicDeduction = basic.deduction
        spouseDeduction = spouse.deduction
        dependantDeduction = dependants.deduction
        let deductions = record.socialInsuranceDeduction + basic.deduction + spouse.deduction + dependants.deduction
        let taxable = max(0, totalIncomeForTax - deductions) / 1000 * 1000
        taxableIncome = taxable

        let perCapitaFree = totalIncome <= limits.perCapita(persons: record.persons)
        let incomeLevyFree = perCapitaFree || totalIncomeForTax <= limits.incomeLevy(persons: record.persons)
        let difference = basic.difference + spouse.difference + dependants.difference
        let adjustmentBase = Self.adjustmentBase(difference: difference, taxable: taxable, totalIncome: totalIncome)
        let rates = InhabitantTaxRates(fiscalYear: record.fiscalYear)
        // 定額減税 counted the taxpayer, a spouse the spouse deduction was given for, and every dependant.
        let creditPersons = totalIncome <= 18_050_000
            ? 1 + (spouse.deduction > 0 ? 1 : 0) + record.dependants.total : 0

        func share(percent: Int, adjustmentPercent: Int, creditPerPerson: Int?, perCapita: Int) -> LocalTaxShare {
            guard !incomeLevyFree else {
                return LocalTaxShare(incomeLevy: .nonTaxable,
                                     perCapita: perCapitaFree ? .nonTaxable : .charged(perCapita),
                                     adjustmentCredit: 0, specialCredit: 0)
            }
            let gross = taxable * percent / 100
            let adjustment = min(gross, adjustmentBase * adjustmentPercent / 100)
            let special = min(gross - adjustment, (creditPerPerson ?? 0) * creditPersons)
            return LocalTaxShare(incomeLevy: .charged((gross - adjustment - special) / 100 * 100),
                                 perCapita: .charged(perCapita), adjustmentCredit: adjustment, specialCredit: special)
        }
        municipal = share(percent: InhabitantTaxRates.municipalPercent,
                          adjustmentPercent: InhabitantTaxRates.municipalAdjustmentPercent,
                          creditPerPerson: rates.specialCreditPerPerson?.municipal, perCapita: rates.municipalPerCapita)
        prefectural = share(percent: InhabitantTaxRates.prefecturalPercent,
                            adjustmentPercent: InhabitantTaxRates.prefecturalAdjustmentPercent,
                            creditPerPerson: rates.specialCreditPerPerson?.prefectural,
                            perCapita: rates.prefecturalPerCapita)
        forestEnvironmentTax = rates.forestEnvironmentTax.map { perCapitaFree ? .nonTaxable : .charged($0) }
    }

    /// Whether the fiscal year's inhabitant tax is collected together with the 森林環境税.
    public static func includesForestEnvironmentTax(fiscalYear: Int) -> Bool {
        InhabitantTaxRates(fiscalYear: fiscalYear).forestEnvironmentTax != nil
    }

    /// 調整控除's base, of which it takes 5 %: up to 2 million yen of 課税標準額 the smaller of the two; above, the
    /// difference less the excess, but never under 50,000 yen. None past 25 million yen of 合計所得金額.
    static func adjustmentBase(difference: Int, taxable: Int, totalIncome: Int) -> Int {
        guard totalIncome <= 25_000_000 else { return 0 }
        if taxable <= 2_000_000 { return min(difference, taxable) }
        return max(difference - (taxable - 2_000_000), 50_000)
    }
}
