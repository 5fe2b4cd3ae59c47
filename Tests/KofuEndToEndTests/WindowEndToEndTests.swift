import Foundation
import Testing

/// The staff window binary at 100×30 against a real database: a demo clerk issues a 納税証明書 at 300 yen and the
/// daily report shows it.
@Suite struct WindowEndToEndTests {
    @Test func clerkIssuesATaxPaymentCertificateAndTheReportShowsIt() throws {
        let store = try ScratchStore()
        let window = try TmuxSession([try Kofu.binary(), "window", "--db", store.database, "--spool", store.spool.path,
                                      "--now", "2026-11-25T10:00:00+09:00", "--terminal", "W-E2E"],
                                     width: 100, height: 30)
        try window.waitFor("職員IDを入力")
        try window.send("S001", .enter)
        try window.waitFor("パスワードを入力")
        try window.send("komaki-clerk1")
        let masked = try window.waitFor("●●●●●●●●●●●●●")
        #expect(!masked.contains("komaki-clerk1"))
        try window.send(.enter)
        try window.waitFor("業務を選んで")
        try window.send("1")
        try window.waitFor("カードの番号で探す")
        try window.send("1", "100007", .enter)
        try window.waitFor("窓口に来られた方")
        try window.send("1")
        try window.waitFor("ご本人の本人確認書類")
        try window.send("1")
        try window.waitFor("交付する証明書")
        try window.send("4")
        try window.waitFor("税目と年度")
        try window.send("1")
        try window.waitFor("部数を入力")
        try window.send("1", .enter)
        try window.waitFor("手数料を選んで")
        try window.send("1")
        try window.waitFor("内容をご確認")
        try window.waitFor("300円")
        try window.send("1")
        try window.waitFor("お預かりした金額")
        try window.send("1000", .enter)
        try window.waitFor("交付しました")
        try window.waitFor("700円")
        try window.waitFor("W-20261125-")

        let report = try Kofu.run(["report", "daily", "--db", store.database, "--date", "2026-11-25", "--format", "json"])
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(report.utf8)) as? [String: Any])
        let kinds = try #require(summary["kinds"] as? [[String: Any]])
        let tax = try #require(kinds.first { $0["kind"] as? String == "taxPayment" })
        #expect(tax["amount"] as? Int == 300)
        #expect(tax["issued"] as? Int == 1)
        let rows = try store.ledger()
        #expect(rows.count == 1)
        #expect(rows.first?["channel"] as? String == "window")
        #expect(rows.first?["unitFee"] as? Int == 300)
        let documents = try store.spooled()
        #expect(documents.count == 1)
        #expect(documents.first?.contains("納 税 証 明 書") == true)
        #expect(documents.first?.contains("加藤 健一") == true)
    }
}
