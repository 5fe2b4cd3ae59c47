import KofuCore

/// A seed's tax records against the city's arithmetic: every figure of an income record as `InhabitantTax` computes
/// it from the revenues and the family, and every inhabitant-tax series collected on its method's schedule and
/// adding up to the year's tax.
extension SeedFile {
    /// The record as the tax office holds it: the spouse's and each dependant's kind from their age on 31 December
    /// of the income year, a parent or grandparent living with the taxpayer told apart.
    func incomeRecord(_ income: Income) throws(SeedError) -> IncomeRecord {
        let record = "income \(income.resident) \(income.fiscalYear)"
        guard income.fiscalYear >= InhabitantTax.firstFiscalYear else {
            throw .invalid(record: record,
                           problem: "years before \(InhabitantTax.firstFiscalYear) followed other rules")
        }
        guard let taxpayer = residents.first(where: { $0.id == income.resident }),
              let born = JapaneseDate.parse(taxpayer.birthDate) else {
            throw .invalid(record: record, problem: "unknown resident")
        }
        let yearEnd = income.fiscalYear - 1
        let supportedIDs = (income.spouse.map { [$0] } ?? []) + income.dependants
        guard Set(supportedIDs).count == supportedIDs.count else {
            throw .invalid(record: record, problem: "supports someone twice")
        }
        func supported(_ id: String, _ role: String) throws(SeedError) -> (person: Resident, age: Int) {
            guard id != taxpayer.id, let person = residents.first(where: { $0.id == id }),
                  let birth = JapaneseDate.parse(person.birthDate), birth.0 <= yearEnd else {
                throw .invalid(record: record, problem: "\(role) \(id) is no resident born by the end of \(yearEnd)")
            }
            // Someone with an income of their own above the limit supports themselves.
            let limit = DependantKind.incomeLimit(fiscalYear: income.fiscalYear)
            if let own = incomes.first(where: { $0.resident == id && $0.fiscalYear == income.fiscalYear }),
               own.totalIncome > limit {
                throw .invalid(record: record,
                               problem: "\(role) \(id) has an income of \(own.totalIncome), over \(limit)")
            }
            return (person, TaxAge.atYearEnd(yearEnd, bornOn: birth))
        }
        var spouse = SpouseKind.none
        if let id = income.spouse { spouse = SpouseKind.of(age: try supported(id, "spouse").age) }
        var kinds: [DependantKind] = []
        for id in income.dependants {
            let (person, age) = try supported(id, "dependant")
            let parent = DependantKind.isCohabitingParent(relationship: person.relationship,
                                                          taxpayerRelationship: taxpayer.relationship,
                                                          sameHousehold: person.household == taxpayer.household)
            kinds.append(DependantKind.of(age: age, cohabitingParent: parent))
        }
        return IncomeRecord(fiscalYear: income.fiscalYear, taxpayerAge: TaxAge.atYearEnd(yearEnd, bornOn: born),
                            salaryRevenue: income.salaryRevenue, pensionRevenue: income.pensionRevenue,
                            businessIncome: income.businessIncome,
                            socialInsuranceDeduction: income.socialInsuranceDeduction, spouse: spouse,
                            dependants: DependantCounts(kinds))
    }

    func checkArithmetic(_ income: Income) throws(SeedError) {
        let tax = InhabitantTax(try incomeRecord(income))
        let expected: [(String, Int, Int)] = [
            ("salaryIncome", income.salaryIncome, tax.salaryIncome),
            ("pensionIncome", income.pensionIncome, tax.pensionIncome),
            ("totalIncome", income.totalIncome, tax.totalIncome),
            ("basicDeduction", income.basicDeduction, tax.basicDeduction),
            ("spouseDeduction", income.spouseDeduction, tax.spouseDeduction),
            ("dependantDeduction", income.dependantDeduction, tax.dependantDeduction),
            ("totalDeductions", income.totalDeductions, tax.totalDeductions),
            ("taxableIncome", income.taxableIncome, tax.taxableIncome),
            ("municipalTax", income.municipalTax, tax.municipal.total.amount),
            ("prefecturalTax", income.prefecturalTax, tax.prefectural.total.amount),
            ("forestEnvironmentTax", income.forestEnvironmentTax, tax.forestEnvironmentTax?.amount ?? 0),
        ]
        for (name, actual, wanted) in expected where actual != wanted {
            throw .invalid(record: "income \(income.resident) \(income.fiscalYear)",
                           problem: "\(name) is \(actual) but should be \(wanted)")
        }
    }

    /// Only the inhabitant tax is withheld from salary; a pension payer also withholds 国民健康保険税.
    func checkCollection(_ series: TaxPayment) throws(SeedError) {
        let record = "tax payment \(series.resident) \(series.fiscalYear) \(series.item.rawValue)"
        guard series.item == .inhabitantTax else {
            guard series.collection == .ordinary
                    || (series.collection == .pension && series.item == .nationalHealthInsuranceTax) else {
                throw .invalid(record: record,
                               problem: "is never collected by \(series.collection.rawValue) withholding")
            }
            return
        }
        let schedule = series.collection.inhabitantTaxInstallments(fiscalYear: series.fiscalYear)
        guard series.installments.count == schedule.count else {
            throw .invalid(record: record, problem: "\(series.collection.rawValue) collection has \(schedule.count) "
                           + "installments, not \(series.installments.count)")
        }
        for (n, (installment, planned)) in zip(series.installments, schedule).enumerated()
        where !CollectionMethod.isDueDate(installment.dueOn, for: planned.dueOn) {
            throw .invalid(record: record, problem: "installment \(n + 1) is due on \(planned.dueOn) or the next "
                           + "working day, not \(installment.dueOn)")
        }
        let assessedOn = incomes.first { $0.resident == series.resident && $0.fiscalYear == series.fiscalYear }
        guard let income = assessedOn else {
            throw .invalid(record: record, problem: "has no income record to be assessed on")
        }
        let annual = InhabitantTax(try incomeRecord(income)).annual.amount
        let assessed = series.installments.reduce(0) { $0 + $1.assessed }
        guard assessed == annual else {
            throw .invalid(record: record, problem: "assesses \(assessed) but the year's tax is \(annual)")
        }
    }
}
