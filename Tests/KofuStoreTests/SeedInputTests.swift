import Foundation
import KofuCore
import Testing
@testable import KofuStore

/// Seeds are checked as the README says, before any rule computes with them: plain text, My Number check digits,
/// days of the calendar, figures within range. Each problem is named, and nothing traps.
@Suite struct SeedInputTests {
    @Test func theDemoSeedPasses() throws {
        try Fixture.seed.validate()
        #expect(Fixture.seed.texts().count > 500, "every text of every record is found")
        #expect(Fixture.seed.texts().contains { $0.path == "residents[0].familyName" && $0.text == "小牧" })
        #expect(Fixture.seed.texts().contains { $0.path.hasPrefix("residents[") && $0.path.hasSuffix(".movedTo") })
    }

    @Test func aControlCharacterInAnyTextIsRejectedWithWhereItIs() throws {
        #expect(try Fixture.seedRefusal { $0.residents[3].familyName = "小牧\u{1b}[2J" }
            == .invalid(record: "residents[3].familyName", problem: "holds a control character (U+001B)"))
        #expect(try Fixture.seedRefusal { $0.households[1].address += "\n2行目" }
            == .invalid(record: "households[1].address", problem: "holds a control character (U+000A)"))
        #expect(try Fixture.seedRefusal { $0.businesses[0].name = "\u{202E}店" }
            == .invalid(record: "businesses[0].name", problem: "holds a control character (U+202E)"))
        #expect(try Fixture.seedRefusal { $0.residents[0].movedTo = "東京都\u{7}" }
            == .invalid(record: "residents[0].movedTo", problem: "holds a control character (U+0007)"))
        #expect(try Fixture.seedRefusal { $0.municipalities[0].mayor = String(repeating: "長", count: 201) }
            == .invalid(record: "municipalities[0].mayor", problem: "is longer than 200 characters"))
    }

    @Test func myNumbersNeedTheirCheckDigitAndBelongToOnePerson() throws {
        let id = Fixture.seed.residents[2].id
        #expect(try Fixture.seedRefusal {
            let number = $0.residents[2].myNumber
            let last = number.last!.wholeNumberValue!
            $0.residents[2].myNumber = String(number.dropLast()) + String((last + 1) % 10)
        } == .invalid(record: "resident \(id)", problem: "myNumber is not 12 digits with a valid check digit"))
        #expect(try Fixture.seedRefusal { $0.residents[2].myNumber = $0.residents[1].myNumber }
            == .invalid(record: "resident \(id)", problem: "myNumber belongs to another resident too"))
    }

    @Test func datesAreDaysOfTheCalendarInTheRegistersYears() throws {
        let id = Fixture.seed.residents[2].id
        #expect(try Fixture.seedRefusal { $0.residents[2].birthDate = "1980-02-30" }
            == .invalid(record: "resident \(id)", problem: "birthDate \"1980-02-30\" is not a YYYY-MM-DD date"))
        #expect(try Fixture.seedRefusal { $0.residents[2].birthDate = "1700-01-01" }
            == .invalid(record: "resident \(id)", problem: "birthDate \"1700-01-01\" is not in 1868 to 2199"))
    }

    /// Incomes this size used to trap `store init` in the tax arithmetic.
    @Test func hugeFiguresAreRejectedBeforeAnySumIsMade() throws {
        let income = Fixture.seed.incomes[0]
        let record = "income \(income.resident) \(income.fiscalYear)"
        #expect(try Fixture.seedRefusal { $0.incomes[0].salaryRevenue = Int.max }
            == .invalid(record: record, problem: "salaryRevenue \(Int.max) is not 0 to 100000000000 yen"))
        #expect(try Fixture.seedRefusal { $0.incomes[0].businessIncome = Int.min }.description.contains("businessIncome"))
        #expect(try Fixture.seedRefusal { $0.incomes[0].fiscalYear = 99_999 }.description.contains("fiscal year 99999"))
        #expect(try Fixture.seedRefusal { $0.taxPayments[0].installments[0].assessed = Int.max }.description.contains("assesses"))
        #expect(try Fixture.seedRefusal { $0.taxPayments[0].fiscalYear = Int.max }.description.contains("fiscal year"))
    }

    @Test func aMissingSeedFileOrADirectoryIsSaidPlainly() throws {
        let directory = try TemporaryDirectory()
        let missing = directory.url.appendingPathComponent("none.json")
        #expect(throws: SeedError.unreadable(missing.path, "there is no such file")) { try SeedFile.load(from: missing) }
        #expect(throws: SeedError.unreadable(directory.url.path, "it is a directory")) {
            try SeedFile.load(from: directory.url)
        }
    }
}
