import KofuCore
import Testing

/// When the inhabitant tax falls due, and how a 納税証明書 tells 未納 from 納期未到来.
@Suite struct TaxCollectionTests {
    @Test func ordinaryCollectionIsFourInstallmentsAtMonthEnds() {
        let plan = CollectionMethod.ordinary.inhabitantTaxInstallments(fiscalYear: 2026)
        #expect(plan.map(\.month) == [6, 8, 10, 1])
        #expect(plan.map(\.dueOn) == ["2026-06-30", "2026-08-31", "2026-10-31", "2027-01-31"])
    }

    @Test func salaryIsWithheldJuneToMayAndPaidInByTheTenth() {
        let plan = CollectionMethod.salary.inhabitantTaxInstallments(fiscalYear: 2026)
        #expect(plan.map(\.month) == [6, 7, 8, 9, 10, 11, 12, 1, 2, 3, 4, 5])
        #expect(plan.first?.dueOn == "2026-07-10" && plan[6].dueOn == "2027-01-10" && plan.last?.dueOn == "2027-06-10")
        let pension = CollectionMethod.pension.inhabitantTaxInstallments(fiscalYear: 2026)
        #expect(pension.map(\.dueOn) == ["2026-05-10", "2026-07-10", "2026-09-10", "2026-11-10", "2027-01-10",
                                         "2027-03-10"])
    }

    @Test func aDueDateOnAWeekendMovesToTheNextWorkingDay() {
        // 2026-10-31 is a Saturday: 2 November is the due date; never earlier, never a Sunday, never much later.
        #expect(CollectionMethod.isDueDate("2026-10-31", for: "2026-10-31"))
        #expect(CollectionMethod.isDueDate("2026-11-02", for: "2026-10-31"))
        #expect(!CollectionMethod.isDueDate("2026-11-01", for: "2026-10-31"))
        #expect(!CollectionMethod.isDueDate("2026-10-30", for: "2026-10-31"))
        #expect(!CollectionMethod.isDueDate("2026-11-04", for: "2026-10-31"))
        // 2027-01-10 is a Sunday and 11 January 成人の日: the 12th.
        #expect(CollectionMethod.isDueDate("2027-01-12", for: "2027-01-10"))
    }

    @Test func unpaidBeforeTheDueDateIsNotYetDue() {
        let issue = "2026-11-25"
        #expect(InstallmentStanding(dueOn: "2026-11-02", assessed: 70_900, paid: 0, on: issue) == .unpaid(70_900))
        #expect(InstallmentStanding(dueOn: "2027-02-01", assessed: 70_900, paid: 0, on: issue) == .notYetDue(70_900))
        #expect(InstallmentStanding(dueOn: issue, assessed: 100, paid: 40, on: issue) == .unpaid(60))
        #expect(InstallmentStanding(dueOn: "2027-02-01", assessed: 100, paid: 100, on: issue) == .settled)
        #expect(InstallmentStanding(dueOn: "2027-02-01", assessed: 100, paid: 30, on: issue).notYetDue == 70)
        #expect(InstallmentStanding(dueOn: "2027-02-01", assessed: 100, paid: 30, on: issue).unpaid == 0)
    }
}
