import Foundation
import KofuCore
import KofuStore
import Testing

/// `kofu verify` on paper from the window: genuine while the fee stands, void from the day it was refunded.
@Suite struct VerifyEndToEndTests {
    @Test func aCertificateRefundedAtTheWindowIsVoidFromTheRefundsDay() throws {
        let store = try ScratchStore()
        let desk = try store.windowDesk()
        let morning = CityClock.japan.date(year: 2026, month: 11, day: 25, hour: 10)
        let receipt = try desk.issue(WindowOrder(residentID: "R007", identity: .myNumberCard, proxy: nil,
                                                 request: .taxPayment(fiscalYear: 2026, item: .inhabitantTax),
                                                 copies: 1, cashReceived: 300, staffID: "S001", terminal: "W-01"),
                                     at: morning)
        try SpoolPrinter(database: try KofuDatabase.open(at: store.database), directory: store.spool).print(receipt)
        let paper = store.spool.appendingPathComponent("\(receipt.serials[0]).txt").path

        let genuine = try Kofu.outcome(["verify", "--db", store.database, paper])
        #expect(genuine.status == 0 && genuine.output == "\(paper): genuine: taxPayment issued on 2026-11-25\n")

        try desk.refund(RefundRequest(issuanceID: receipt.issuanceID, reason: .clericalError, note: "",
                                      copiesCollected: true),
                        approvedBy: "S101", staffID: "S001", terminal: "W-01", at: morning.addingTimeInterval(3_600))
        let void = try Kofu.outcome(["verify", "--db", store.database, paper])
        #expect(void.status == 2)
        #expect(void.output.contains("refunded and voided on 2026-11-25"))
        #expect(!void.output.contains("genuine"))
    }
}
