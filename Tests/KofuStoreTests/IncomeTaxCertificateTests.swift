import Foundation
import KofuCore
import Testing
@testable import KofuStore

/// 所得・課税証明書 from the demo seed, read line by line as a resident would.
@Suite struct IncomeTaxCertificateTests {
    let directory: TemporaryDirectory
    let database: KofuDatabase
    let desk: SQLiteWindowDesk

    init() throws {
        (directory, database, desk, _) = try Fixture.window()
    }

    func certificate(_ residentID: String, _ year: Int = 2026) throws -> [String] {
        try database.documentLines(try desk.issue(WindowIssueTests.order(residentID, .kiosk(.incomeTax(fiscalYear: year))),
                                                  at: now))
    }

    /// The lines from `first` through `last`, inclusive.
    func lines(_ certificate: [String], from first: String, through last: String) throws -> [String] {
        let start = try #require(certificate.firstIndex { $0.hasPrefix(first) })
        let end = try #require(certificate[start...].firstIndex { $0.hasPrefix(last) })
        return Array(certificate[start...end])
    }

    @Test func salariedHouseholdLineByLine() throws {
        let text = try certificate("R001")
        #expect(try lines(text, from: "年度", through: "令和8年1月1日") == [
            "年度　　　　　令和8年度（令和7年分）",
            "氏名　　　　　小牧 太郎（コマキ タロウ）",
            "生年月日　　　昭和55年4月12日（1980年）",
            "令和8年1月1日現在の住所　愛知県小牧市堀の内三丁目1番地",
        ])
        #expect(try lines(text, from: "【所得】", through: "　年税額") == [
            "【所得】",
            "　給与収入　　　　　　   6,520,000円",
            "　給与所得　　　　　　   4,776,000円",
            "　公的年金等収入　　　           0円",
            "　公的年金等所得　　　           0円",
            "　事業所得　　　　　　           0円",
            "　合計所得金額　　　　   4,776,000円",
            "　総所得金額等　　　　   4,776,000円",
            "【所得控除】",
            "　社会保険料控除　　　     945,400円",
            "　配偶者控除　　　　　     330,000円",
            "　扶養控除　　　　　　     330,000円",
            "　基礎控除　　　　　　     430,000円",
            "　所得控除合計　　　　   2,035,400円",
            "【課税標準額】（総所得金額等 − 所得控除合計、千円未満切捨て）",
            "　課税標準額　　　　　   2,740,000円",
            "【扶養の状況】",
            "　控除対象配偶者　　　一般",
            "　扶養親族　　　　　　2人",
            "　　うち　　　　　　　一般 1人　特定 0人　年少 1人",
            "　　　　　　　　　　　老人 0人（うち同居老親等 0人）",
            "【税額】　　　　　　　        所得割        均等割          合計",
            "　市民税　　　　　　　     162,900円       3,000円     165,900円",
            "　県民税　　　　　　　     108,600円       1,500円     110,100円",
            "　森林環境税（国税）　                     1,000円       1,000円",
            "　年税額　　　　　　　                                 277,000円",
        ])
        #expect(!text.contains { $0.contains("定額減税") })
    }

    @Test func nothingDueIsPrintedAsNonTaxable() throws {
        // 1,000,000 yen of salary is 350,000 of income under the 令和7年分 minimum deduction: under 380,000 yen.
        let text = try certificate("R002")
        #expect(text.contains("　給与所得　　　　　　     350,000円"))
        #expect(try lines(text, from: "　市民税", through: "　年税額") == [
            "　市民税　　　　　　　        非課税        非課税        非課税",
            "　県民税　　　　　　　        非課税        非課税        非課税",
            "　森林環境税（国税）　                      非課税        非課税",
            "　年税額　　　　　　　                                    非課税",
        ])
    }

    @Test func theIncomeLevyAloneCanBeNonTaxable() throws {
        let text = try certificate("R014")
        #expect(try lines(text, from: "　市民税", through: "　年税額") == [
            "　市民税　　　　　　　        非課税       3,000円       3,000円",
            "　県民税　　　　　　　        非課税       1,500円       1,500円",
            "　森林環境税（国税）　                     1,000円       1,000円",
            "　年税額　　　　　　　                                   5,500円",
        ])
    }

    @Test func aSpouseOf70TakesTheElderlyDeduction() throws {
        // 丹羽 和子 was 74 on 31 December 2025.
        let text = try certificate("R005")
        #expect(text.contains("　配偶者控除　　　　　     380,000円"))
        #expect(text.contains("　控除対象配偶者　　　老人"))
        #expect(text.contains("　市民税　　　　　　　      16,900円       3,000円      19,900円"))
    }

    @Test func aParentLivingWithTheTaxpayerIsCountedApart() throws {
        // 山田 キヨ, 90 and living with her son, died in 2026: on 31 December 2025 she was his dependant.
        let text = try certificate("R020")
        #expect(text.contains("　扶養控除　　　　　　     450,000円"))
        #expect(text.contains("　　　　　　　　　　　老人 1人（うち同居老親等 1人）"))
    }

    @Test func fiscalYear2024ShowsTheSpecialCreditAndItsOwnJanuaryFirst() throws {
        let text = try certificate("R001", 2024)
        #expect(text.contains("令和6年1月1日現在の住所　愛知県小牧市堀の内三丁目1番地"))
        #expect(text.contains("　市民税　　　　　　　     146,100円       3,000円     149,100円"))
        #expect(text.contains("（所得割は定額減税額 市民税 24,000円・県民税 16,000円 を差し引いた額）"))
    }

    /// Every figure the seed states is what the certificate prints: one computation serves both.
    @Test func everyDemoCertificatePrintsTheSeedsFigures() throws {
        let active = Set(Fixture.seed.residents.filter { $0.status == .active }.map(\.id))
        for income in Fixture.seed.incomes where active.contains(income.resident) {
            let text = try certificate(income.resident, income.fiscalYear)
            let municipal = try #require(text.first { $0.hasPrefix("　市民税") })
            let prefectural = try #require(text.first { $0.hasPrefix("　県民税") })
            func total(_ amount: Int) -> String { amount == 0 ? "非課税" : Yen.format(amount) }
            #expect(municipal.hasSuffix(total(income.municipalTax)), "\(income.resident) \(income.fiscalYear)")
            #expect(prefectural.hasSuffix(total(income.prefecturalTax)), "\(income.resident) \(income.fiscalYear)")
            #expect(text.contains("　課税標準額　　　　　" + Yen.padded(income.taxableIncome, width: 14)))
            #expect(text.contains("　扶養親族　　　　　　\(income.dependants.count)人"))
        }
    }
}
