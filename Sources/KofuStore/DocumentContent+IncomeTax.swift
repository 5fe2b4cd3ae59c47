import Foundation
import KofuCore

/// 所得・課税証明書: the record's revenues, deductions and family, with every other figure computed by
/// `InhabitantTax` and 「非課税」 wherever nothing is charged.
extension DocumentContent {
    func incomeTax(_ year: Int, at date: Date, clock: CityClock) throws -> TemplateContext {
        guard let row = try SQLRow.fetchOne(db.cachedStatement(sql: """
            SELECT * FROM income_record WHERE resident_id = ? AND fiscal_year = ?
            """), arguments: [holder.id, year]) else {
            throw IssuanceError.noIncomeRecord(residentID: holder.id, fiscalYear: year)
        }
        guard FiscalYearRelease.issuable([year], at: date, clock: clock) == [year] else {
            throw IssuanceError.fiscalYearNotReleased(year)
        }
        let tax = InhabitantTax(incomeRecord(row))
        let family = tax.record.dependants
        var context: TemplateContext = [
            "fiscalYear": .text(JapaneseDate.fiscalYear(year)),
            // The tax belongs to the city of 1 January of the fiscal year (賦課期日).
            "januaryFirst": .text(JapaneseDate.format(year: year, month: 1, day: 1)),
            "addressOnJanuary1": .text(row["address_on_january_1"]),
            "name": .text(holder.name), "kana": .text(holder.kana), "birthDate": .text(holder.birthDate),
            "spouseKind": .text(Self.spouseKindName(tax.record.spouse)),
            "dependants": .text(String(family.total)), "generalDependants": .text(String(family.general)),
            "specifiedDependants": .text(String(family.specified)), "youngDependants": .text(String(family.young)),
            "elderlyDependants": .text(String(family.elderly + family.cohabitingParents)),
            "cohabitingParents": .text(String(family.cohabitingParents)),
            "municipalIncomeLevy": Self.cell(tax.municipal.incomeLevy),
            "municipalPerCapita": Self.cell(tax.municipal.perCapita), "municipalTotal": Self.cell(tax.municipal.total),
            "prefecturalIncomeLevy": Self.cell(tax.prefectural.incomeLevy),
            "prefecturalPerCapita": Self.cell(tax.prefectural.perCapita),
            "prefecturalTotal": Self.cell(tax.prefectural.total),
            "forestEnvironmentTax": tax.forestEnvironmentTax.map(Self.cell) ?? "",
            "annualTotal": Self.cell(tax.annual),
            "specialCredit": tax.municipal.specialCredit + tax.prefectural.specialCredit == 0 ? "" : .text(
                "（所得割は定額減税額 \(holder.municipalTaxName) \(Yen.format(tax.municipal.specialCredit))・"
                    + "\(holder.prefecturalTaxName) \(Yen.format(tax.prefectural.specialCredit)) を差し引いた額）"),
        ]
        let amounts: [String: Int] = [
            "salaryRevenue": tax.record.salaryRevenue, "salaryIncome": tax.salaryIncome,
            "pensionRevenue": tax.record.pensionRevenue, "pensionIncome": tax.pensionIncome,
            "businessIncome": tax.record.businessIncome, "totalIncome": tax.totalIncome,
            "totalIncomeForTax": tax.totalIncomeForTax,
            "socialInsuranceDeduction": tax.record.socialInsuranceDeduction, "basicDeduction": tax.basicDeduction,
            "spouseDeduction": tax.spouseDeduction, "dependantDeduction": tax.dependantDeduction,
            "totalDeductions": tax.totalDeductions, "taxableIncome": tax.taxableIncome,
        ]
        for (key, amount) in amounts { context[key] = .text(Yen.padded(amount, width: Self.amountWidth)) }
        return context
    }

    static let amountWidth = 14

    /// An amount of tax in its column, or 「非課税」 in its place.
    static func cell(_ levy: Levy) -> TemplateValue {
        switch levy {
        case .nonTaxable: .text(String(repeating: " ", count: amountWidth - DisplayWidth.of("非課税")) + "非課税")
        case .charged(let amount): .text(Yen.padded(amount, width: amountWidth))
        }
    }

    static func spouseKindName(_ kind: SpouseKind) -> String {
        switch kind {
        case .none: "なし"
        case .general: "一般"
        case .elderly: "老人"
        }
    }

    /// The record's inputs; the taxpayer's age as of the income year's end comes from the resident register.
    func incomeRecord(_ row: SQLRow) -> IncomeRecord {
        let year: Int = row["fiscal_year"]
        // The register holds only dates the seed's validation parsed.
        let born = JapaneseDate.parse(holder.row["birth_date"])!
        return IncomeRecord(
            fiscalYear: year, taxpayerAge: TaxAge.atYearEnd(year - 1, bornOn: born),
            salaryRevenue: row["salary_revenue"], pensionRevenue: row["pension_revenue"],
            businessIncome: row["business_income"], socialInsuranceDeduction: row["social_insurance_deduction"],
            spouse: SpouseKind(rawValue: row["spouse_kind"])!,
            dependants: DependantCounts(young: row["young_dependants"], general: row["general_dependants"],
                                        specified: row["specified_dependants"], elderly: row["elderly_dependants"],
                                        cohabitingParents: row["cohabiting_parents"]))
    }
}
