import Foundation
import Testing

/// The real binary in a real (tmux) terminal, against a real database, held by the kiosk itself or by a center:
/// what a resident does, and what the ledger and the spool hold afterwards.
@Suite(.serialized) struct KioskEndToEndTests {
    static let morning = "2026-11-25T10:00:00+09:00"

    func startKiosk(_ connection: TerminalConnection) throws -> TmuxSession {
        try TmuxSession([try Kofu.binary(), "kiosk", "--now", Self.morning] + connection.arguments)
    }

    /// From the start screen through terms and credential to the PIN being sent.
    func signIn(_ kiosk: TmuxSession, card: String, pin: String) throws {
        try kiosk.waitFor("証明書交付サービス")
        try kiosk.send("111", .text(card), .enter)
        try kiosk.waitFor("暗証番号（数字4桁）")
        try kiosk.send(.text(pin), .enter)
    }

    /// Card, PIN, 住民票の写し for the holder, 2 copies, 500 yen in: one 300-yen ledger row, two documents.
    @Test(arguments: Backend.allCases)
    func twoCopiesOfTheResidentRecord(backend: Backend) throws {
        let store = try ScratchStore()
        let connection = try TerminalConnection(backend, store, terminal: "E2E-01")
        let kiosk = try startKiosk(connection)
        try kiosk.waitFor("証明書交付サービス")
        try kiosk.send("1")
        try kiosk.waitFor("同意する")
        try kiosk.send("1")
        try kiosk.waitFor("本人確認の方法")
        try kiosk.send("1")
        try kiosk.waitFor("カード番号を入力")
        try kiosk.send("100001", .enter)
        try kiosk.waitFor("残り入力回数 3回")
        try kiosk.send("1234")
        let masked = try kiosk.waitFor("│ ● │ ● │ ● │ ● │")
        #expect(!masked.contains("1234"))
        try kiosk.send(.enter)
        try kiosk.waitFor("カードをお取りください")
        try kiosk.send(.enter)
        try kiosk.waitFor("小牧 太郎 様")
        try kiosk.send("1")
        try kiosk.waitFor("記載する方を選んで")
        try kiosk.send("1")
        try kiosk.waitFor("記載する事項を選んで")
        try kiosk.send("4")
        try kiosk.waitFor("部数を選んで")
        try kiosk.send("2", .enter)
        try kiosk.waitFor("内容をご確認")
        // tmux may show a frame half drawn: wait for the line itself rather than reading the first capture.
        try kiosk.waitFor("300円")
        try kiosk.send("1")
        try kiosk.waitFor("お金を入れて")
        try kiosk.send("4")  // 500 yen
        try kiosk.waitFor("証明書をお取りください", timeout: .seconds(15))
        try kiosk.waitFor("おつり 200円")

        let rows = try store.ledger()
        #expect(rows.count == 1)
        #expect(rows.first?["amount"] as? Int == 300)
        #expect(rows.first?["unitFee"] as? Int == 150)
        #expect(rows.first?["copies"] as? Int == 2)
        #expect(rows.first?["channel"] as? String == "kiosk")
        #expect(rows.first?["terminal"] as? String == connection.terminal)
        let documents = try store.spooled()
        #expect(documents.count == 2)
        for document in documents {
            #expect(document.contains("住 民 票 の 写 し"))
            #expect(document.contains("小牧 太郎"))
            #expect(document.contains("検証コード"))
        }
        try kiosk.send(.enter)
        try kiosk.waitFor("行政サービス")
    }

    /// Three wrong PINs lock the card for good: a new kiosk process still refuses it.
    @Test(arguments: Backend.allCases)
    func lockSurvivesARestart(backend: Backend) throws {
        let store = try ScratchStore()
        let connection = try TerminalConnection(backend, store, terminal: "E2E-01")
        for attempt in 1...3 {
            let kiosk = try startKiosk(connection)
            try signIn(kiosk, card: "100002", pin: "0000")
            try kiosk.waitFor(attempt < 3 ? "残り入力回数 \(3 - attempt)回" : "ロックされています")
            kiosk.close()
        }
        // A locked card is refused as soon as it is read: the PIN screen never comes.
        let kiosk = try startKiosk(connection)
        try kiosk.waitFor("証明書交付サービス")
        try kiosk.send("111", "100002", .enter)
        try kiosk.waitFor("ロックされています")
        let cards = try Kofu.run(["store", "cards", "--db", store.database]).split(separator: "\n")
        let line = try #require(cards.first { $0.hasPrefix("100002 ") })
        #expect(line.contains("locked"))
    }

    @Test(arguments: Backend.allCases)
    func tooSmallTerminalAsksToEnlargeAndRecovers(backend: Backend) throws {
        let store = try ScratchStore()
        let connection = try TerminalConnection(backend, store, terminal: "E2E-01")
        let kiosk = try TmuxSession([try Kofu.binary(), "kiosk", "--now", Self.morning] + connection.arguments,
                                    width: 60, height: 20)
        try kiosk.waitFor("80×24")
        try kiosk.resize(width: 80, height: 24)
        try kiosk.waitFor("証明書交付サービス")
    }
}
