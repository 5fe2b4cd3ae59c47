import Foundation
import GRDB
import KofuCore
import Testing
@testable import KofuStore

/// The demo's tax records are refused unless they add up the way the city computes them.
@Suite struct SeedTaxValidationTests {
    static func income(_ resident: String, _ year: Int) -> Int {
        Fixture.seed.incomes.firstIndex { $0.resident == resident && $0.fiscalYear == year }!
    }

    static func series(_ resident: String, _ year: Int, _ item: TaxItem = .inhabitantTax) -> Int {
        Fixture.seed.taxPayments.firstIndex { $0.resident == resident && $0.fiscalYear == year && $0.item == item }!
    }

    @Test func theDemoSeedAddsUp() throws {
        try Fixture.seed.validate()
    }

    @Test(arguments: [
        // 丹羽 和子 is 74: the 老人 spouse deduction, not the general one.
        ("R005", 2026, "spouseDeduction", 330_000, "spouseDeduction is 330000 but should be 380000"),
        // The 令和7年分 minimum salary deduction is 650,000 yen.
        ("R002", 2026, "salaryIncome", 450_000, "salaryIncome is 450000 but should be 350000"),
        // 小牧 翔太 was 15 at the end of 2024: 年少, no deduction yet.
        ("R001", 2025, "dependantDeduction", 330_000, "dependantDeduction is 330000 but should be 0"),
        ("R001", 2026, "taxableIncome", 2_741_000, "taxableIncome is 2741000 but should be 2740000"),
        ("R014", 2026, "municipalTax", 0, "municipalTax is 0 but should be 3000"),
        ("R002", 2026, "forestEnvironmentTax", 1_000, "forestEnvironmentTax is 1000 but should be 0"),
    ])
    func aWrongFigureIsRefused(resident: String, year: Int, field: String, value: Int, problem: String) throws {
        let error = try Fixture.seedRefusal { seed in
            let i = Self.income(resident, year)
            switch field {
            case "spouseDeduction": seed.incomes[i].spouseDeduction = value
            case "salaryIncome": seed.incomes[i].salaryIncome = value
            case "dependantDeduction": seed.incomes[i].dependantDeduction = value
            case "taxableIncome": seed.incomes[i].taxableIncome = value
            case "municipalTax": seed.incomes[i].municipalTax = value
            default: seed.incomes[i].forestEnvironmentTax = value
            }
        }
        #expect(error == .invalid(record: "income \(resident) \(year)", problem: problem))
    }

    @Test func theFamilyMustBeResidentsWhoCanBeSupported() throws {
        let r011 = Self.income("R011", 2026)
        #expect(try Fixture.seedRefusal { $0.incomes[r011].dependants.append("R012") }
            == .invalid(record: "income R011 2026", problem: "dependant R012 has an income of 1740000, over 580000"))
        #expect(try Fixture.seedRefusal { $0.incomes[r011].spouse = "R999" }
            == .invalid(record: "income R011 2026", problem: "spouse R999 is no resident born by the end of 2025"))
        #expect(try Fixture.seedRefusal { $0.incomes[r011].dependants.append("R013") }
            == .invalid(record: "income R011 2026", problem: "supports someone twice"))
        #expect(try Fixture.seedRefusal { $0.incomes[r011].dependants.append("R011") }
            == .invalid(record: "income R011 2026", problem: "dependant R011 is no resident born by the end of 2025"))
        #expect(try Fixture.seedRefusal { $0.incomes[r011].fiscalYear = 2020 }
            == .invalid(record: "income R011 2020", problem: "years before 2021 followed other rules"))
    }

    @Test func aSeriesMustFollowItsCollectionMethod() throws {
        let salaried = Self.series("R001", 2026)
        #expect(try Fixture.seedRefusal { $0.taxPayments[salaried].collection = .ordinary }
            == .invalid(record: "tax payment R001 2026 inhabitantTax",
                        problem: "ordinary collection has 4 installments, not 12"))
        let ordinary = Self.series("R007", 2026)
        #expect(try Fixture.seedRefusal { $0.taxPayments[ordinary].installments[2].dueOn = "2026-11-01" }
            == .invalid(record: "tax payment R007 2026 inhabitantTax",
                        problem: "installment 3 is due on 2026-10-31 or the next working day, not 2026-11-01"))
        #expect(try Fixture.seedRefusal { $0.taxPayments[ordinary].installments[0].assessed += 100 }
            == .invalid(record: "tax payment R007 2026 inhabitantTax",
                        problem: "assesses 283700 but the year's tax is 283600"))
        #expect(try Fixture.seedRefusal { $0.taxPayments[ordinary].resident = "R010" }
            == .invalid(record: "tax payment R010 2026 inhabitantTax", problem: "has no income record to be assessed on"))
        let fixedAsset = Self.series("R017", 2026, .fixedAssetTax)
        #expect(try Fixture.seedRefusal { $0.taxPayments[fixedAsset].collection = .salary }
            == .invalid(record: "tax payment R017 2026 fixedAssetTax", problem: "is never collected by salary withholding"))
    }

    @Test(onlySQLiteFiles) func aDatabaseOfTheLastVersionKeepsTheKindsItsAmountsImply() throws {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = false
        let queue = try DatabaseQueue(configuration: configuration)
        try Schema.migrator.migrate(queue, upTo: "v2")
        try queue.write { db in
            for (resident, spouse, dependant, count) in [("R001", 330_000, 330_000, 2), ("R005", 380_000, 0, 0),
                                                         ("R008", 330_000, 450_000, 1)] {
                try db.execute(sql: """
                    INSERT INTO income_record VALUES (?, 2026, '', 0, 0, 0, 0, 0, 0, 0, 430000, ?, ?, 0, 0, ?, 0, 0)
                    """, arguments: [resident, spouse, dependant, count])
            }
            try db.execute(sql: "INSERT INTO tax_payment VALUES ('R007', 2026, 'inhabitantTax', 1, '2026-06-30', 1, 1)")
        }
        try Schema.migrator.migrate(queue)
        let rows = try queue.read { db in
            try String.fetchAll(db, sql: """
                SELECT resident_id || ' ' || spouse_kind || ' ' || general_dependants || ' ' || young_dependants
                FROM income_record ORDER BY resident_id
                """)
        }
        // 450,000 yen could be 特定 or 同居老親等: such a record keeps no kind rather than a wrong one.
        #expect(rows == ["R001 general 1 1", "R005 elderly 0 0", "R008 general 0 0"])
        #expect(try queue.read { try String.fetchOne($0, sql: "SELECT collection FROM tax_payment") } == "ordinary")
    }
}
