import Foundation
import KofuCore
import KofuStore
import Testing

/// A charge whose paper never came out (the process died in between): a terminal that starts says it is owed,
/// `kofu spool check` lists it and fails, `kofu spool reprint` prints it once, marked, without a second charge.
@Suite struct SpoolEndToEndTests {
    @Test func anOwedCopyIsListedReprintedAndVerified() throws {
        let store = try ScratchStore()
        let desk = try store.windowDesk()
        let receipt = try desk.issue(WindowOrder(residentID: "R007", identity: .myNumberCard, proxy: nil,
                                                 request: .taxPayment(fiscalYear: 2026, item: .inhabitantTax), copies: 1,
                                                 cashReceived: 300, staffID: "S001", terminal: "W-E2E"),
                                     at: CityClock.japan.date(year: 2026, month: 11, day: 25, hour: 10))
        let serial = receipt.serials[0]

        let window = try WindowCounter.start(store)
        try window.waitFor("職員IDを入力")
        let log = try String(contentsOfFile: store.database + ".log", encoding: .utf8)
        #expect(log.contains("W-E2E start: owed: \(serial)"), "the terminal tells the operator what it owes")

        let check = try Kofu.outcome(["spool", "check", "--db", store.database, "--spool", store.spool.path])
        #expect(check.status == 1 && check.output.contains("owed: \(serial)") && check.output.contains("300 yen paid"))
        let reprint = try Kofu.run(["spool", "reprint", "--db", store.database, "--spool", store.spool.path])
        #expect(reprint.contains("reprinted \(serial)"))
        #expect(try Kofu.run(["spool", "check", "--db", store.database, "--spool", store.spool.path])
            .contains("spool clean"))
        let paper = store.spool.appendingPathComponent("\(serial).txt").path
        let verdict = try Kofu.outcome(["verify", "--db", store.database, paper])
        #expect(verdict.status == 0 && verdict.output.contains("genuine"))
        #expect(try store.ledger().count == 1, "one charge, however many times it was printed")
    }
}
