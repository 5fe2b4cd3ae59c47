import Foundation
import KofuCore

/// What a seed's values must be before any rule looks at them: text that prints as it is, My Numbers whose check
/// digit holds, and figures and years within what a city records, so that no later sum can overflow.
extension SeedFile {
    /// The most yen any single figure of a seed may be: above the income of anyone a city taxes.
    static let maxYen = 100_000_000_000
    /// The last fiscal year a record may name: dates are computed for it, and no city assesses further ahead.
    static let lastFiscalYear = 2100
    /// Dates of the register: none before the first era a certificate can print (明治), none in a far future.
    static let years = 1868...2199
    /// The longest text of one field, in Unicode scalars (a long address fits; a pasted file does not).
    static let maxTextScalars = 200

    /// Every text of the seed with where it is (`residents[3].familyName`), found by reflection so that a field
    /// added later is checked too.
    func texts() -> [(path: String, text: String)] {
        var found: [(String, String)] = []
        func walk(_ value: Any, _ path: String) {
            if let text = value as? String {
                found.append((path, text))
                return
            }
            let mirror = Mirror(reflecting: value)
            for (index, child) in mirror.children.enumerated() {
                switch mirror.displayStyle {
                case .optional?: walk(child.value, path)
                case .collection?: walk(child.value, "\(path)[\(index)]")
                default: walk(child.value, path.isEmpty ? child.label ?? "" : "\(path).\(child.label ?? "")")
                }
            }
        }
        walk(self, "")
        return found
    }

    func checkTexts() throws(SeedError) {
        for (path, text) in texts() {
            if let scalar = text.unicodeScalars.first(where: { !PlainText.isPlain($0) }) {
                let code = String(format: "U+%04X", scalar.value)
                throw .invalid(record: path, problem: "holds a control character (\(code))")
            }
            guard text.unicodeScalars.count <= Self.maxTextScalars else {
                throw .invalid(record: path, problem: "is longer than \(Self.maxTextScalars) characters")
            }
        }
    }

    func checkMyNumbers() throws(SeedError) {
        var seen = Set<String>()
        for r in residents {
            guard MyNumber.isValid(r.myNumber) else {
                throw .invalid(record: "resident \(r.id)",
                               problem: "myNumber is not 12 digits with a valid check digit")
            }
            guard seen.insert(r.myNumber).inserted else {
                throw .invalid(record: "resident \(r.id)", problem: "myNumber belongs to another resident too")
            }
        }
    }

    func checkFigures(_ income: Income) throws(SeedError) {
        let record = "income \(income.resident) \(income.fiscalYear)"
        try checkFiscalYear(income.fiscalYear, record)
        let figures: [(String, Int)] = [
            ("salaryRevenue", income.salaryRevenue), ("salaryIncome", income.salaryIncome),
            ("pensionRevenue", income.pensionRevenue), ("pensionIncome", income.pensionIncome),
            ("totalIncome", income.totalIncome), ("socialInsuranceDeduction", income.socialInsuranceDeduction),
            ("basicDeduction", income.basicDeduction), ("spouseDeduction", income.spouseDeduction),
            ("dependantDeduction", income.dependantDeduction), ("totalDeductions", income.totalDeductions),
            ("taxableIncome", income.taxableIncome), ("municipalTax", income.municipalTax),
            ("prefecturalTax", income.prefecturalTax), ("forestEnvironmentTax", income.forestEnvironmentTax),
        ]
        for (name, yen) in figures where !(0...Self.maxYen).contains(yen) {
            throw .invalid(record: record, problem: "\(name) \(yen) is not 0 to \(Self.maxYen) yen")
        }
        // A business may make a loss.
        guard (-Self.maxYen...Self.maxYen).contains(income.businessIncome) else {
            throw .invalid(record: record,
                           problem: "businessIncome \(income.businessIncome) is beyond ±\(Self.maxYen) yen")
        }
    }

    func checkFigures(_ series: TaxPayment) throws(SeedError) {
        let record = "tax payment \(series.resident) \(series.fiscalYear) \(series.item.rawValue)"
        try checkFiscalYear(series.fiscalYear, record)
        for (n, installment) in series.installments.enumerated()
        where !(0...Self.maxYen).contains(installment.assessed) {
            throw .invalid(record: record, problem: "installment \(n + 1) assesses \(installment.assessed) yen")
        }
    }

    func checkFiscalYear(_ year: Int, _ record: String) throws(SeedError) {
        guard (Self.years.lowerBound...Self.lastFiscalYear).contains(year) else {
            throw .invalid(record: record, problem: "fiscal year \(year) is not \(Self.years.lowerBound) to "
                           + "\(Self.lastFiscalYear)")
        }
    }
}
