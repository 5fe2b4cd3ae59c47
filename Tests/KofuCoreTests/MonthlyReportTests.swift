import Foundation
import KofuCore
import Testing

/// The month's figures for reports, charts and open data, from ledger rows.
@Suite struct MonthlyReportTests {
    static func row(_ id: Int64, _ type: LedgerEntry.EntryType, _ channel: Channel, _ kind: CertificateKind,
                    copies: Int, on date: String, at time: String = "01:30:00Z") -> LedgerEntry {
        let fee = channel.unitFee * copies
        let amount = switch type { case .charge: fee; case .refund: -fee; case .exemption: 0 }
        return LedgerEntry(id: id, entryType: type, issuanceID: id, channel: channel, terminal: "T",
                           kind: kind, copies: copies, unitFee: channel.unitFee, amount: amount, businessDate: date,
                           createdAt: "\(date)T\(time)")
    }

    static let entries = [
        row(1, .charge, .kiosk, .residentRecord, copies: 2, on: "2026-02-03"),
        row(2, .charge, .kiosk, .residentRecord, copies: 1, on: "2026-02-03", at: "09:10:00Z"),
        row(3, .exemption, .window, .taxPayment, copies: 1, on: "2026-02-03"),
        row(4, .charge, .window, .sealRegistration, copies: 1, on: "2026-02-28"),
        row(5, .refund, .window, .sealRegistration, copies: 1, on: "2026-02-28"),
    ]

    @Test func everyDayOfTheMonthHasItsSlotAndTheFiguresAddUp() {
        let report = MonthlyReport(month: "2026-02", entries: Self.entries)
        #expect(report.days.slots.map(\.label) == (1...28).map { String(format: "2026-02-%02d", $0) })
        let third = report.days.slots[2]
        #expect(third.counts.map(\.channel) == [.kiosk, .window], "kiosk before window")
        #expect(third.issued == 3 && third.yen == 450)
        let kiosk = third.counts[0]
        #expect(kiosk.kind == .residentRecord && kiosk.issued == 2 && kiosk.copies == 3 && kiosk.yen == 450)
        let last = report.days.slots[27]
        #expect(last.issued == 1 && last.yen == 0, "a refund takes the yen back, not the issuance")
        #expect(report.days.slots.filter { $0.counts.isEmpty }.count == 26)
        #expect(report.lines.map(\.issued).reduce(0, +) == 3 && report.lines.map(\.exemptions).reduce(0, +) == 1)
    }

    @Test func monthsAndTheirRanges() {
        #expect(MonthlyReport.days(of: "2028-02").count == 29)
        #expect(MonthlyReport.days(of: "2026-13").isEmpty && MonthlyReport.days(of: "Nov").isEmpty)
        #expect(MonthlyReport.range(of: "2026-12")! == ("2026-12-01", "2027-01-01"))
        #expect(MonthlyReport.range(of: "2026-00") == nil)
    }

    @Test func hoursAreJapanTime() {
        let series = IssuanceSeries(Self.entries, labels: IssuanceSeries.hours, slot: IssuanceSeries.hour)
        #expect(series.slots.count == 24)
        #expect(series.slots[10].issued == 3, "01:30Z is 10:30 in Japan")
        #expect(series.slots[18].issued == 1, "09:10Z is 18:10")
    }

    @Test func theCsvHasARowPerDayChannelAndKind() {
        let csv = MonthlyReportFormat.csv(MonthlyReport(month: "2026-02", entries: Self.entries))
        #expect(csv.split(separator: "\r\n") == [
            "business_date,channel,kind,issued,copies,net",
            "2026-02-03,kiosk,residentRecord,2,3,450",
            "2026-02-03,window,taxPayment,1,1,0",
            "2026-02-28,window,sealRegistration,1,1,0",
        ])
    }

    @Test func openDataWithholdsSmallCountsAndGivesNoTotals() {
        let many = (1...12).map { Self.row(Int64(100 + $0), .charge, .kiosk, .incomeTax, copies: 1, on: "2026-02-10") }
        let csv = OpenDataTable.csv(MonthlyReport(month: "2026-02", entries: Self.entries + many), code: "232190",
                                    prefecture: "愛知県", city: "小牧市", threshold: 10)
        let rows = csv.split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        #expect(rows[0].map(String.init) == OpenDataTable.header)
        #expect(rows.count == 1 + 3 + 6, "every certificate each channel issues, and no total row")
        func cell(_ kind: String, _ channel: String) -> [Substring]? { rows.first { $0[5] == kind && $0[6] == channel } }
        #expect(cell("所得・課税証明書", "コンビニ交付")?[7] == "12")
        #expect(cell("住民票の写し", "コンビニ交付")?[7] == "", "2 issuances are withheld")
        #expect(cell("住民票の写し", "コンビニ交付")?[8] == "10件未満のため非公表")
        #expect(cell("印鑑登録証明書", "窓口交付")?[7] == "0", "charged and refunded: none stands")
        #expect(rows.dropFirst().allSatisfy { $0[0] == "232190" && $0[3] == "2026-02-01" && $0[4] == "2026-02-28" })
        #expect(rows.dropFirst().allSatisfy { row in row[7].isEmpty || Int(row[7])! == 0 || Int(row[7])! >= 10 })
    }
}
