import Foundation
import KofuCore
import Testing
@testable import KofuStore

/// 納税証明書 from the demo seed: how each tax is collected, and 未納 kept apart from 納期未到来.
@Suite struct TaxPaymentCertificateTests {
    let directory: TemporaryDirectory
    let database: KofuDatabase
    let desk: SQLiteWindowDesk

    init() throws {
        (directory, database, desk, _) = try Fixture.window()
    }

    func certificate(_ residentID: String, _ year: Int, _ item: TaxItem, at date: Date = now) throws -> [String] {
        try database.documentLines(try desk.issue(WindowIssueTests.order(residentID, .taxPayment(fiscalYear: year, item: item)),
                                                  at: date))
    }

    func table(_ certificate: [String]) throws -> [String] {
        let start = try #require(certificate.firstIndex { $0.hasPrefix("期別") })
        let end = try #require(certificate.firstIndex { $0.hasPrefix("（") && $0.hasSuffix("現在）") })
        return Array(certificate[start...end])
    }

    @Test func pastDueIsUnpaidAndLaterInstallmentsAreNotYetDue() throws {
        // 加藤 健一 (普通徴収) on 25 November: the third installment fell due on 2 November (31 October was a Saturday).
        let text = try certificate("R007", 2026, .inhabitantTax)
        #expect(text.contains("税目　　　　市県民税（森林環境税を含む）") && text.contains("徴収方法　　普通徴収"))
        #expect(try table(text) == [
            "期別　　納期限　　　　　　　　　調定額　　　納付済額　　　　未納額",
            String(repeating: "─", count: 66),
            "第1期   令和8年6月30日        70,900円      70,900円           0円",
            "第2期   令和8年8月31日        70,900円      70,900円           0円",
            "第3期   令和8年11月2日        70,900円           0円      70,900円",
            "第4期   令和9年2月1日         70,900円           0円    納期未到来",
            String(repeating: "─", count: 66),
            "合計　　　　　　　　　　     283,600円     141,800円      70,900円",
            "納期未到来額                                              70,900円",
            "（令和8年11月25日現在）",
        ])
    }

    @Test func beforeItsDueDateNothingIsUnpaid() throws {
        let text = try certificate("R007", 2026, .inhabitantTax, at: clock.date(year: 2026, month: 10, day: 30, hour: 10))
        let rows = try table(text)
        #expect(rows.contains("第3期   令和8年11月2日        70,900円           0円    納期未到来"))
        #expect(rows.contains("合計　　　　　　　　　　     283,600円     141,800円           0円"))
        #expect(rows.contains("納期未到来額                                             141,800円"))
    }

    @Test func salaryWithholdingIsMonthlyJuneToMay() throws {
        let text = try certificate("R001", 2026, .inhabitantTax)
        #expect(text.contains("徴収方法　　特別徴収（給与）"))
        let rows = try table(text)
        #expect(rows.filter { $0.contains("月分") }.map { String($0.prefix(5)).trimmingCharacters(in: .whitespaces) }
            == ["6月分", "7月分", "8月分", "9月分", "10月分", "11月分", "12月分", "1月分", "2月分", "3月分", "4月分",
                "5月分"])
        #expect(rows.contains("6月分   令和8年7月10日        24,000円      24,000円           0円"))
        #expect(rows.contains("11月分  令和8年12月10日       23,000円           0円    納期未到来"))
        #expect(rows.contains("合計　　　　　　　　　　     277,000円     116,000円           0円"))
        #expect(rows.contains("納期未到来額                                             161,000円"))
    }

    @Test func pensionWithholdingAndItemsOfTheFiscalYearAlone() throws {
        let pension = try certificate("R005", 2026, .inhabitantTax)
        #expect(pension.contains("徴収方法　　特別徴収（年金）"))
        #expect(try table(pension).contains("4月分   令和8年5月11日         5,000円       5,000円           0円"))
        // A fixed asset tax unpaid since March is 未納, with nothing not yet due.
        let fixedAsset = try table(try certificate("R017", 2025, .fixedAssetTax))
        #expect(fixedAsset.contains("第4期   令和8年3月2日         22,000円           0円      22,000円"))
        #expect(fixedAsset.contains("合計　　　　　　　　　　      88,100円      66,100円      22,000円"))
        #expect(!fixedAsset.contains { $0.hasPrefix("納期未到来額") })
    }

    /// What each demo series assesses for the inhabitant tax is the year's tax the income certificate shows.
    @Test func everyInhabitantTaxSeriesAssessesTheYearsTax() throws {
        for series in Fixture.seed.taxPayments where series.item == .inhabitantTax {
            let income = try #require(Fixture.seed.incomes.first {
                $0.resident == series.resident && $0.fiscalYear == series.fiscalYear
            })
            let assessed = series.installments.reduce(0) { $0 + $1.assessed }
            #expect(assessed == income.municipalTax + income.prefecturalTax + income.forestEnvironmentTax)
            let salaried = income.salaryRevenue > 0 && income.businessIncome == 0 && income.pensionRevenue == 0
            #expect(!salaried || series.collection == .salary, "an employee's tax is withheld from salary")
        }
    }
}
