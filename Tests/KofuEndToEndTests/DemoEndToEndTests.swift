import Foundation
import Testing

@Suite struct DemoEndToEndTests {
    /// The demo seeds its own database, lists the demo cards with their PINs, and leaves nothing behind.
    @Test func demoShowsItsCardsAndCleansUp() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("kofu-demo-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let demo = try TmuxSession([try Kofu.binary(), "demo", "--now", "2026-11-25T10:00:00+09:00"],
                                   environment: ["TMPDIR": scratch.path])
        try demo.waitFor("[?]", timeout: .seconds(20))
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).count == 1)
        try demo.send("?")
        let help = try demo.waitFor("100001")
        #expect(help.contains("1234"))
        #expect(help.contains("小牧 太郎"))
        try demo.send(.escape, "111", .down)
        try demo.waitFor("100001_")
        try demo.send(.enter)
        try demo.waitFor("残り入力回数")
        try demo.send("1234", .enter)
        try demo.waitFor("カードをお取りください")
        try demo.send(.enter, "2", .enter, "1")  // 印鑑登録証明書, 1 copy, to payment
        try demo.waitFor("お金を入れて")
        try demo.send("3", "2")  // 100 + 50 yen: exactly the fee
        let done = try demo.waitFor("証明書をお取りください", timeout: .seconds(15))
        #expect(!done.contains("おつり"))
        try demo.waitFor("[V]")
        try demo.send("v")
        try demo.waitFor("印 鑑 登 録 証 明 書")
        try demo.send(.interrupt)
        _ = try demo.waitForExit()
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).isEmpty)
    }

    /// With --db the demo keeps its database and says where it and the certificates are, before the screen is
    /// taken and after it is given back.
    @Test func demoWithADatabaseSaysWhereItKeepsItAndTheCertificates() throws {
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("kofu-demo-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let database = scratch.appendingPathComponent("demo.sqlite").path
        let spool = scratch.appendingPathComponent("spool").path
        // Wide enough that neither line wraps.
        let demo = try TmuxSession([try Kofu.binary(), "demo", "--db", database], width: 200)
        try demo.waitFor("[?]", timeout: .seconds(20))
        try demo.send(.interrupt)
        try demo.waitForOutput("Demo ended; the database is kept at \(database), certificates in \(spool).")
        _ = try demo.waitForExit()
        // The end line follows the screen's return, so by now the start line is back in the pane.
        let pane = try demo.capture(history: true)
        #expect(pane.contains("Demo database \(database) (kept); certificates go to \(spool)."))
        #expect(FileManager.default.fileExists(atPath: database))
    }
}
