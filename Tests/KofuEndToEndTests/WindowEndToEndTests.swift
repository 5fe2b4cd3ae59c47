import Foundation
import Testing

/// The staff window binary at 100×30 against a real database, held by the window itself or by a center: a demo
/// clerk issues a 納税証明書 at 300 yen and the daily report shows it.
@Suite struct WindowEndToEndTests {
    @Test(arguments: Backend.allCases)
    func clerkIssuesATaxPaymentCertificateAndTheReportShowsIt(backend: Backend) throws {
        let store = try ScratchStore()
        let connection = try TerminalConnection(backend, store, terminal: "W-E2E", kind: "window")
        let window = try WindowCounter.start(connection)
        try window.waitFor("職員IDを入力")
        try window.send("S001", .enter)
        try window.waitFor("パスワードを入力")
        try window.send("komaki-clerk1")
        let masked = try window.waitFor("●●●●●●●●●●●●●")
        #expect(!masked.contains("komaki-clerk1"))
        try window.send(.enter)
        try WindowCounter.find(card: "100007", window)
        try window.send("1")
        try window.waitFor("ご本人の本人確認書類")
        try window.send("1")
        try window.waitFor("交付する証明書")
        try window.send("4")
        try window.waitFor("税目と年度")
        try window.send("1")
        try WindowCounter.issueOneCopy(window, paying: "1000")
        try window.waitFor("700円")
        try window.waitFor("-20261125-")

        let report = try Kofu.run(["report", "daily", "--db", store.database, "--date", "2026-11-25", "--format", "json"])
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(report.utf8)) as? [String: Any])
        let kinds = try #require(summary["kinds"] as? [[String: Any]])
        let tax = try #require(kinds.first { $0["kind"] as? String == "taxPayment" })
        #expect(tax["amount"] as? Int == 300)
        #expect(tax["issued"] as? Int == 1)
        let rows = try store.ledger()
        #expect(rows.count == 1)
        #expect(rows.first?["channel"] as? String == "window")
        #expect(rows.first?["terminal"] as? String == connection.terminal)
        #expect(rows.first?["unitFee"] as? Int == 300)
        let documents = try store.spooled()
        #expect(documents.count == 1)
        #expect(documents.first?.contains("納 税 証 明 書") == true)
        #expect(documents.first?.contains("加藤 健一") == true)
    }
}
