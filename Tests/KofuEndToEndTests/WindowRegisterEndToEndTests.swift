import Foundation
import Testing

/// The staff window binary for those who are not current residents: another town's resident gets a 広域交付住民票
/// certified by 小牧市長, and a resident who moved out gets the income certificate of the year they lived here; on
/// the store itself and on a center.
@Suite struct WindowRegisterEndToEndTests {
    /// A clerk logged in at a window on `connection`, looking up `card`.
    func window(_ connection: TerminalConnection, card: String) throws -> TmuxSession {
        let window = try WindowCounter.start(connection)
        try window.waitFor("職員IDを入力")
        try window.send("S001", .enter)
        try window.waitFor("パスワードを入力")
        try window.send("komaki-clerk1", .enter)
        try WindowCounter.find(card: card, window)
        return window
    }

    @Test(arguments: Backend.allCases)
    func anotherTownsResidentGetsAWideAreaResidentRecord(backend: Backend) throws {
        let store = try ScratchStore()
        let connection = try TerminalConnection(backend, store, terminal: "W-E2E", kind: "window")
        let window = try window(connection, card: "100015")
        try window.waitFor("みどり野町の住民・広域交付のみ")
        try window.send("1")
        try window.waitFor("ご本人の本人確認書類")
        try window.send("2")
        try window.waitFor("住民票の写し（広域交付）")
        try window.send("1")
        try window.waitFor("記載する方を選んで")
        try window.send("1")
        try window.waitFor("記載する事項を選んで")
        try window.send("2")
        try window.waitFor("本籍・筆頭者と個人番号は記載できません")
        try window.send("4")
        try WindowCounter.issueOneCopy(window, paying: "300")
        let documents = try store.spooled()
        #expect(documents.count == 1)
        let document = try #require(documents.first)
        #expect(document.contains("住 民 票 の 写 し （ 広 域 交 付 ）") && document.contains("大野 浩二"))
        #expect(document.contains("小牧市長") && !document.contains("みどり野町長") && !document.contains("本籍"))
        #expect(try store.ledger().map { $0["amount"] as? Int } == [300])
    }

    @Test(arguments: Backend.allCases)
    func aMovedOutResidentGetsTheIncomeCertificateOfTheYearLivedHere(backend: Backend) throws {
        let store = try ScratchStore()
        let connection = try TerminalConnection(backend, store, terminal: "W-E2E", kind: "window")
        let window = try window(connection, card: "100013")
        try window.waitFor("転出 令和8年10月15日・除票")
        try window.send("1")
        try window.waitFor("ご本人の本人確認書類")
        try window.send("1")
        try window.waitFor("住民票の除票の写し")
        try window.send("3")
        try window.waitFor("年度を選んで")
        try window.send("1")
        try WindowCounter.issueOneCopy(window, paying: "300")
        let document = try #require(try store.spooled().first)
        #expect(document.contains("所 得 ・ 課 税 証 明 書") && document.contains("林 拓也"))
        #expect(document.contains("令和8年度"))
        #expect(try store.ledger().map { $0["kind"] as? String } == ["incomeTax"])
    }
}
