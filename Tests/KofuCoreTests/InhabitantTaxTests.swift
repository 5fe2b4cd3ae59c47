import KofuCore
import Testing

/// The inhabitant tax as 小牧市 computes it, line by line; figures checked by hand against the statutory tables.
@Suite struct InhabitantTaxTests {
    /// 小牧 太郎's 令和8年度: salary, a spouse under 70, a son of 16 (一般) and a daughter of 10 (年少).
    static let salaried = IncomeRecord(fiscalYear: 2026, taxpayerAge: 45, salaryRevenue: 6_520_000,
                                       socialInsuranceDeduction: 945_400, spouse: .general,
                                       dependants: DependantCounts(young: 1, general: 1))

    @Test func salariedFamilyEveryLine() {
        let tax = InhabitantTax(Self.salaried)
        #expect(tax.salaryIncome == 4_776_000 && tax.pensionIncome == 0)
        #expect(tax.totalIncome == 4_776_000 && tax.totalIncomeForTax == 4_776_000)
        #expect(tax.basicDeduction == 430_000 && tax.spouseDeduction == 330_000 && tax.dependantDeduction == 330_000)
        #expect(tax.totalDeductions == 2_035_400)
        // 4,776,000 − 2,035,400 = 2,740,600, rounded down to 1,000 yen.
        #expect(tax.taxableIncome == 2_740_000)
        // 課税標準額 is 740,000 past 2 million, more than the 150,000 difference: the 2,500-yen minimum 調整控除.
        #expect(tax.municipal == LocalTaxShare(incomeLevy: .charged(162_900), perCapita: .charged(3_000),
                                               adjustmentCredit: 1_500, specialCredit: 0))
        #expect(tax.prefectural == LocalTaxShare(incomeLevy: .charged(108_600), perCapita: .charged(1_500),
                                                 adjustmentCredit: 1_000, specialCredit: 0))
        #expect(tax.municipal.total == .charged(165_900) && tax.prefectural.total == .charged(110_100))
        #expect(tax.forestEnvironmentTax == .charged(1_000))
        #expect(tax.annual == .charged(277_000))
    }

    @Test func salaryIncomeTableAndItsNewMinimum() {
        // 令和6年分 and before: 550,000 yen at least; 令和7年分: 650,000 yen up to 1.9 million of revenue.
        #expect(EarnedIncome.salary(revenue: 1_000_000, incomeYear: 2024) == 450_000)
        #expect(EarnedIncome.salary(revenue: 1_000_000, incomeYear: 2025) == 350_000)
        #expect(EarnedIncome.salary(revenue: 650_000, incomeYear: 2025) == 0)
        #expect(EarnedIncome.salary(revenue: 651_000, incomeYear: 2025) == 1_000)
        #expect(EarnedIncome.salary(revenue: 550_000, incomeYear: 2024) == 0)
        #expect(EarnedIncome.salary(revenue: 1_625_000, incomeYear: 2024) == 1_074_000)
        #expect(EarnedIncome.salary(revenue: 1_700_000, incomeYear: 2024) == 1_120_000)
        #expect(EarnedIncome.salary(revenue: 1_700_000, incomeYear: 2025) == 1_050_000)
        #expect(EarnedIncome.salary(revenue: 1_899_999, incomeYear: 2025) == 1_249_999)
        #expect(EarnedIncome.salary(revenue: 1_900_000, incomeYear: 2025) == 1_250_000)
        // The 4,000-yen steps of the table: 2,603,999 yen earns what 2,600,000 does.
        #expect(EarnedIncome.salary(revenue: 2_603_999, incomeYear: 2025) == 1_740_000)
        #expect(EarnedIncome.salary(revenue: 7_200_000, incomeYear: 2025) == 5_380_000)
        #expect(EarnedIncome.salary(revenue: 9_000_000, incomeYear: 2025) == 7_050_000)
    }

    @Test func pensionIncomeByAgeAndOtherIncome() {
        #expect(EarnedIncome.pension(revenue: 2_440_000, age: 77, otherIncome: 0) == 1_340_000)
        #expect(EarnedIncome.pension(revenue: 780_000, age: 74, otherIncome: 0) == 0)
        #expect(EarnedIncome.pension(revenue: 1_000_000, age: 64, otherIncome: 0) == 400_000)
        #expect(EarnedIncome.pension(revenue: 1_000_000, age: 65, otherIncome: 0) == 0)
        #expect(EarnedIncome.pension(revenue: 3_500_000, age: 70, otherIncome: 0) == 2_350_000)
        #expect(EarnedIncome.pension(revenue: 3_500_000, age: 70, otherIncome: 12_000_000) == 2_450_000)
        // Salary and pension together: the salary income gives up what both exceed 100,000 yen by.
        let both = InhabitantTax(IncomeRecord(fiscalYear: 2026, taxpayerAge: 66, salaryRevenue: 1_000_000,
                                              pensionRevenue: 1_500_000))
        #expect(both.salaryIncome == 350_000 - 100_000 && both.pensionIncome == 400_000)
        #expect(both.totalIncome == 650_000)
    }

    @Test func nonTaxableWhenIncomeIsWithinKomakisLimits() {
        // 小牧 花子: 1,000,000 yen of salary is 350,000 of income, under 380,000: neither levy is charged.
        let spouse = InhabitantTax(IncomeRecord(fiscalYear: 2026, taxpayerAge: 43, salaryRevenue: 1_000_000))
        #expect(spouse.municipal == LocalTaxShare(incomeLevy: .nonTaxable, perCapita: .nonTaxable,
                                                  adjustmentCredit: 0, specialCredit: 0))
        #expect(spouse.prefectural.total == .nonTaxable && spouse.forestEnvironmentTax == .nonTaxable)
        #expect(spouse.annual == .nonTaxable)
        #expect(NonTaxableLimits.komaki.perCapita(persons: 1) == 380_000)
        #expect(NonTaxableLimits.komaki.incomeLevy(persons: 1) == 450_000)
        // 3級地 with three supported: 280,000 × 4 + 100,000 + 168,000; the income levy 350,000 × 4 + 420,000.
        #expect(NonTaxableLimits.komaki.perCapita(persons: 4) == 1_388_000)
        #expect(NonTaxableLimits.komaki.incomeLevy(persons: 4) == 1_820_000)
    }

    @Test func onlyTheIncomeLevyIsNonTaxableBetweenTheTwoLimits() {
        // 鈴木 節子: 450,000 yen of pension income is over the 均等割 limit but within the 所得割's.
        let single = InhabitantTax(IncomeRecord(fiscalYear: 2026, taxpayerAge: 65, pensionRevenue: 1_550_000,
                                                socialInsuranceDeduction: 83_100))
        #expect(single.totalIncome == 450_000)
        #expect(single.municipal.incomeLevy == .nonTaxable && single.municipal.perCapita == .charged(3_000))
        #expect(single.prefectural.incomeLevy == .nonTaxable && single.prefectural.perCapita == .charged(1_500))
        #expect(single.municipal.total == .charged(3_000) && single.forestEnvironmentTax == .charged(1_000))
        #expect(single.annual == .charged(5_500))
        // A family of four on 1,500,000 yen has income to tax, yet within the 所得割 limit of 1,820,000 yen.
        let family = InhabitantTax(IncomeRecord(fiscalYear: 2026, taxpayerAge: 40, businessIncome: 1_500_000,
                                                spouse: .general, dependants: DependantCounts(young: 2)))
        #expect(family.taxableIncome == 740_000)
        #expect(family.municipal.incomeLevy == .nonTaxable && family.municipal.perCapita == .charged(3_000))
        let richer = InhabitantTax(IncomeRecord(fiscalYear: 2026, taxpayerAge: 40, businessIncome: 1_821_000,
                                                spouse: .general, dependants: DependantCounts(young: 2)))
        #expect(richer.municipal.incomeLevy != .nonTaxable)
    }

    @Test func elderlySpouseAndCohabitingParentTakeTheLargerDeductions() {
        // 丹羽 勝 (77) with a wife of 74: 380,000 yen, and 100,000 of difference for the 調整控除.
        let couple = InhabitantTax(IncomeRecord(fiscalYear: 2026, taxpayerAge: 77, pensionRevenue: 2_440_000,
                                                socialInsuranceDeduction: 172_450, spouse: .elderly))
        #expect(couple.spouseDeduction == 380_000 && couple.taxableIncome == 357_000)
        // Under 2 million: 5 % of the smaller of 150,000 (difference) and 357,000.
        #expect(couple.municipal.adjustmentCredit == 4_500 && couple.prefectural.adjustmentCredit == 3_000)
        #expect(couple.municipal.incomeLevy == .charged(16_900) && couple.prefectural.incomeLevy == .charged(11_200))
        #expect(couple.annual == .charged(33_600))
        let son = InhabitantTax(IncomeRecord(fiscalYear: 2026, taxpayerAge: 60, salaryRevenue: 5_400_000,
                                             socialInsuranceDeduction: 783_000,
                                             dependants: DependantCounts(cohabitingParents: 1)))
        #expect(son.dependantDeduction == 450_000 && son.taxableIncome == 2_217_000)
        #expect(son.municipal.total == .charged(134_500) && son.prefectural.total == .charged(89_100))
    }

    @Test func deductionsByKindAndIncome() {
        func dependants(_ counts: DependantCounts) -> Int {
            InhabitantTax(IncomeRecord(fiscalYear: 2026, taxpayerAge: 50, salaryRevenue: 6_000_000, dependants: counts))
                .dependantDeduction
        }
        #expect(dependants(DependantCounts(young: 2)) == 0)
        #expect(dependants(DependantCounts(general: 1, specified: 1)) == 780_000)
        #expect(dependants(DependantCounts(elderly: 1, cohabitingParents: 1)) == 830_000)
        // The spouse deduction shrinks past 9 million yen of the taxpayer's income and ends past 10 million.
        func spouse(_ kind: SpouseKind, salary: Int) -> Int {
            InhabitantTax(IncomeRecord(fiscalYear: 2026, taxpayerAge: 50, salaryRevenue: salary, spouse: kind))
                .spouseDeduction
        }
        #expect(spouse(.general, salary: 10_950_000) == 330_000)
        #expect(spouse(.elderly, salary: 11_400_000) == 260_000)
        #expect(spouse(.general, salary: 11_950_000) == 110_000)
        #expect(spouse(.general, salary: 12_000_000) == 0)
    }

    @Test func fiscalYear2024HadTheSpecialCreditAndEarlierYearsTheOldPerCapitaLevy() {
        var record = IncomeRecord(fiscalYear: 2024, taxpayerAge: 43, salaryRevenue: 6_200_000,
                                  socialInsuranceDeduction: 899_000, spouse: .general,
                                  dependants: DependantCounts(young: 2))
        let reform = InhabitantTax(record)
        // Four persons: 24,000 yen off the 市民税 and 16,000 off the 県民税.
        #expect(reform.municipal.specialCredit == 24_000 && reform.prefectural.specialCredit == 16_000)
        #expect(reform.municipal.incomeLevy == .charged(146_100) && reform.prefectural.incomeLevy == .charged(97_400))
        record.fiscalYear = 2023
        let before = InhabitantTax(record)
        #expect(before.municipal.specialCredit == 0 && before.municipal.perCapita == .charged(3_500))
        #expect(before.prefectural.perCapita == .charged(2_000) && before.forestEnvironmentTax == nil)
        // A small 所得割 is used up by the credit, never below zero.
        let small = InhabitantTax(IncomeRecord(fiscalYear: 2024, taxpayerAge: 30, salaryRevenue: 1_100_000))
        #expect(small.municipal.incomeLevy == .charged(0) && small.municipal.specialCredit == 5_700)
        #expect(small.prefectural.incomeLevy == .charged(0) && small.municipal.perCapita == .charged(3_000))
    }

    @Test func ageKindsAndCohabitingParents() {
        #expect(TaxAge.atYearEnd(2025, bornOn: (1961, 1, 1)) == 65)
        #expect(TaxAge.atYearEnd(2025, bornOn: (1961, 1, 2)) == 64)
        #expect(TaxAge.atYearEnd(2025, bornOn: (2009, 12, 1)) == 16)
        #expect([15, 16, 18, 19, 22, 23, 69].map { DependantKind.of(age: $0, cohabitingParent: false) }
            == [.young, .general, .general, .specified, .specified, .general, .general])
        #expect(DependantKind.of(age: 70, cohabitingParent: false) == .elderly)
        #expect(DependantKind.of(age: 90, cohabitingParent: true) == .cohabitingParent)
        #expect(SpouseKind.of(age: 69) == .general && SpouseKind.of(age: 70) == .elderly)
        #expect(DependantKind.isCohabitingParent(relationship: "母", taxpayerRelationship: "世帯主", sameHousehold: true))
        #expect(DependantKind.isCohabitingParent(relationship: "夫の父", taxpayerRelationship: "妻", sameHousehold: true))
        #expect(!DependantKind.isCohabitingParent(relationship: "母", taxpayerRelationship: "世帯主", sameHousehold: false))
        #expect(!DependantKind.isCohabitingParent(relationship: "祖母", taxpayerRelationship: "子", sameHousehold: true))
        #expect(DependantKind.incomeLimit(fiscalYear: 2025) == 480_000)
        #expect(DependantKind.incomeLimit(fiscalYear: 2026) == 580_000)
        #expect(DependantCounts([.young, .general, .cohabitingParent, .young]) == DependantCounts(young: 2, general: 1,
                                                                                                 cohabitingParents: 1))
    }
}
