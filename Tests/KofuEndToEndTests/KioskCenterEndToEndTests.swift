import Foundation
import Testing

/// The kiosk holding no database: `kofu kiosk --center URL --terminal-key FILE` against a real `kofu center`.
@Suite(.serialized) struct KioskCenterEndToEndTests {
    /// A store with a kiosk registered for the center, its token in a key file.
    func prepare() throws -> (ScratchStore, String) {
        let store = try ScratchStore()
        let keyFile = store.directory.appendingPathComponent("kiosk.token").path
        try Kofu.run(["center", "terminal", "add", "--db", store.database, "--id", "KIOSK-0101", "--kind", "kiosk",
                      "--key-file", keyFile])
        return (store, keyFile)
    }

    func startKiosk(_ store: ScratchStore, center: RunningCenter, keyFile: String) throws -> TmuxSession {
        try TmuxSession([try Kofu.binary(), "kiosk", "--center", center.url, "--terminal-key", keyFile,
                         "--spool", store.spool.path, "--now", "2026-11-25T10:02:00+09:00"])
    }

    /// Card 100001 (PIN 1234), one 印鑑登録証明書, 150 yen paid as 100 + 50, up to the payment's last key.
    func buySealCertificate(_ kiosk: TmuxSession) throws {
        try kiosk.waitFor("証明書交付サービス")
        try kiosk.send("111", "100001", .enter)
        try kiosk.waitFor("暗証番号（数字4桁）")
        try kiosk.send("1234", .enter)
        try kiosk.waitFor("カードをお取りください")
        try kiosk.send(.enter)
        try kiosk.waitFor("小牧 太郎 様")
        try kiosk.send("2")
        try kiosk.waitFor("部数を選んで")
        try kiosk.send(.enter)
        try kiosk.waitFor("内容をご確認")
        try kiosk.send("1")
        try kiosk.waitFor("お金を入れて")
        try kiosk.send("3")
        try kiosk.waitFor("残り")
        try kiosk.send("2")
    }

    @Test func aKioskOnTheCenterPrintsWhatTheCenterIssued() throws {
        let (store, keyFile) = try prepare()
        let center = try RunningCenter(store)
        let kiosk = try startKiosk(store, center: center, keyFile: keyFile)
        try buySealCertificate(kiosk)
        try kiosk.waitFor("証明書をお取りください", timeout: .seconds(15))
        let rows = try store.ledger()
        #expect(rows.count == 1)
        #expect(rows.first?["terminal"] as? String == "KIOSK-0101" && rows.first?["amount"] as? Int == 150)
        let documents = try store.spooled()
        #expect(documents.count == 1 && documents[0].contains("印 鑑 登 録 証 明 書"))
        let files = try FileManager.default.contentsOfDirectory(atPath: store.spool.path).filter { $0.hasSuffix(".txt") }
        let verified = try Kofu.run(["verify", "--db", store.database] + files.map { store.spool.appendingPathComponent($0).path })
        #expect(verified.contains("genuine"))
        // The center was told the copy is on paper: the spool check finds it printed and recorded.
        let check = try Kofu.run(["spool", "check", "--db", store.database, "--spool", store.spool.path])
        #expect(check.contains("spool clean") && !check.contains("unmarked"))
        kiosk.close()
        #expect(center.stop() == 0)
    }

    /// The center commits the payment and dies before answering: the kiosk gives the cash back and, once the
    /// center is back, withdraws the payment, so the ledger nets to nothing for it.
    @Test func aPaymentWhoseAnswerIsLostIsWithdrawn() throws {
        let (store, keyFile) = try prepare()
        let dying = try RunningCenter(store, environment: ["KOFU_CRASH_AT": "answer:1"])
        let kiosk = try startKiosk(store, center: dying, keyFile: keyFile)
        try buySealCertificate(kiosk)
        try kiosk.waitFor("入れたお金 150円は返却しました", timeout: .seconds(30))
        dying.process.waitUntilExit()
        #expect(dying.process.terminationReason == .uncaughtSignal)
        #expect(try store.ledger().map { $0["amount"] as? Int } == [150])
        #expect(try store.spooled().isEmpty)

        let center = try RunningCenter(store, port: dying.port)
        try kiosk.send(.enter)
        try buySealCertificate(kiosk)
        try kiosk.waitFor("証明書をお取りください", timeout: .seconds(15))
        let amounts = try store.ledger().map { $0["amount"] as? Int ?? 0 }
        #expect(amounts == [150, -150, 150])
        #expect(amounts.reduce(0, +) == 150)
        #expect(try store.spooled().count == 1)
        let check = try Kofu.run(["spool", "check", "--db", store.database, "--spool", store.spool.path])
        #expect(check.contains("spool clean"))
        kiosk.close()
        #expect(center.stop() == 0)
    }

    /// A center that takes the request and never answers (stopped with SIGSTOP): the kiosk's screen keeps moving,
    /// a spinner beside 通信中, until the wait runs out and it says the system is unavailable.
    @Test func aSilentCenterShowsTheSpinnerThenSaysUnavailable() throws {
        let (store, keyFile) = try prepare()
        let center = try RunningCenter(store)
        let kiosk = try startKiosk(store, center: center, keyFile: keyFile)
        try kiosk.waitFor("証明書交付サービス")
        try kiosk.send("111", "100001", .enter)
        try kiosk.waitFor("暗証番号（数字4桁）")
        kill(center.process.processIdentifier, SIGSTOP)
        defer { kill(center.process.processIdentifier, SIGCONT) }
        try kiosk.send("1234", .enter)
        let first = try kiosk.waitFor("通信中")
        Thread.sleep(forTimeInterval: 0.4)
        let later = try kiosk.capture()
        let spinner = { (screen: String) in screen.split(separator: "\n").first { $0.contains("通信中") }.map(String.init) }
        #expect(later.contains("確認しています") && later.contains("通信中"))
        #expect(spinner(first) != nil && spinner(later) != nil && spinner(first) != spinner(later),
                "the spinner moved between two looks 0.4 s apart:\n\(first)\n\(later)")
        try kiosk.waitFor("ただいまシステムを利用できません", timeout: .seconds(15))
        kill(center.process.processIdentifier, SIGCONT)
        #expect(try store.ledger().isEmpty)
        kiosk.close()
        #expect(center.stop() == 0)
    }

    /// The kiosk killed (SIGKILL, at a crash point) after the center took the fee for two copies: restarted, it
    /// settles the payment by what reached paper. Nothing printed: refunded. Both copies sealed: they stand. The
    /// second copy cut short: the sealed first one stands, the other is owed, in the kiosk's log and the spool
    /// check.
    @Test(arguments: [
        ("print:1", [300, -300], "spool clean", "withdrawn: refunded"),
        ("sealed:1", [300], "spool clean", "was on paper: issuance 1"),
        ("renamed:2", [300], "-000001-2 — issuance 1 at kiosk NET-E2E-01, 印鑑登録証明書, 300 yen paid, not on paper",
         "partly on paper: issuance 1 owes"),
    ])
    func aKioskKilledMidSaleSettlesByWhatIsOnPaper(point: String, amounts: [Int], check: String, logged: String) throws {
        let store = try ScratchStore()
        let connection = try TerminalConnection(.center, store, terminal: "E2E-01")
        let dying = try TmuxSession(["KOFU_CRASH_AT=\(point) '\(try Kofu.binary())' kiosk \(connection.quoted) "
                                     + "--now 2026-11-25T10:02:00+09:00; echo \"exit=$?\""])
        try dying.waitFor("証明書交付サービス")
        try dying.send("111", "100001", .enter)
        try dying.waitFor("暗証番号（数字4桁）")
        try dying.send("1234", .enter)
        try dying.waitFor("カードをお取りください")
        try dying.send(.enter, "2", "2", .enter, "1")
        try dying.waitFor("300円")
        try dying.send("4")
        try dying.waitForOutput("exit=137", timeout: .seconds(15))
        #expect(try store.ledger().map { $0["amount"] as? Int } == [300], "charged, and the kiosk gone")

        let kiosk = try TmuxSession([try Kofu.binary(), "kiosk", "--now", "2026-11-25T10:03:00+09:00"]
                                    + connection.arguments)
        try kiosk.waitFor("証明書交付サービス")
        #expect(try store.ledger().map { $0["amount"] as? Int } == amounts)
        let spoolCheck = try Kofu.outcome(["spool", "check", "--db", store.database, "--spool", store.spool.path])
        #expect((spoolCheck.output + spoolCheck.errors).contains(check), "\(spoolCheck.output)\(spoolCheck.errors)")
        #expect(try String(contentsOfFile: connection.log, encoding: .utf8).contains(logged))
        kiosk.close()
    }

    /// `kofu demo --center`: one command runs a center and a kiosk that reaches it over loopback.
    @Test func theDemoRunsTheWholeSystem() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("kofu-democ-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let database = scratch.appendingPathComponent("demo.sqlite").path
        let demo = try TmuxSession([try Kofu.binary(), "demo", "--center", "--db", database])
        try demo.waitFor("証明書交付サービス", timeout: .seconds(30))
        try buySealCertificate(demo)
        try demo.waitFor("証明書をお取りください", timeout: .seconds(15))
        let json = try Kofu.run(["ledger", "list", "--db", database, "--format", "json"])
        let rows = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]] ?? []
        #expect(rows.count == 1 && rows.first?["terminal"] as? String == "KIOSK-NET")
        try demo.send(.interrupt)
        let said = try demo.waitForOutput("Demo ended")
        #expect(said.contains("Issuance center at http://127.0.0.1:"))
    }

    /// `kofu demo --window --center`: the staff window on a center in the same process; the clerk signs in at the
    /// center, and the day's charts come from it.
    @Test func theWindowDemoRunsOnACenterToo() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("kofu-demowc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let database = scratch.appendingPathComponent("demo.sqlite").path
        let demo = try TmuxSession([try Kofu.binary(), "demo", "--window", "--center", "--db", database], width: 100,
                                   height: 30)
        try demo.waitFor("職員IDを入力", timeout: .seconds(30))
        try demo.send("S001", .enter)
        try demo.waitFor("パスワードを入力")
        try demo.send("komaki-clerk1", .enter)
        try demo.waitFor("集計グラフ")
        try demo.send("7")
        try demo.waitFor("時間帯別の交付件数")
        try demo.send(.interrupt)
        let said = try demo.waitForOutput("Demo ended")
        #expect(said.contains("Issuance center at http://127.0.0.1:") && said.contains("window WINDOW-NET"))
        let audit = try Kofu.run(["ledger", "verify", "--db", database])
        #expect(audit.hasPrefix("intact"))
    }

    /// With a certificate the center speaks HTTPS only; the kiosk trusts it through `--center-ca`.
    @Test func overHTTPSTheKioskTrustsTheCityCA() throws {
        let (store, keyFile) = try prepare()
        let cert = store.directory.appendingPathComponent("center.pem").path
        let key = store.directory.appendingPathComponent("center.key").path
        let made = try ChildProcess.run("/usr/bin/openssl", [
            "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", key,
            "-out", cert, "-days", "2", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
            environment: ProcessInfo.processInfo.environment)
        try #require(made.status == 0, "openssl: \(made.errors)")
        let center = try RunningCenter(store, arguments: ["--tls-cert", cert, "--tls-key", key])
        #expect(center.url.hasPrefix("https://"))

        // Without the city's CA the kiosk refuses the center before it takes anyone's card.
        let untrusting = try TmuxSession([try Kofu.binary(), "kiosk", "--center", center.url, "--terminal-key", keyFile,
                                          "--spool", store.spool.path])
        try untrusting.waitForOutput("did not answer")
        let kiosk = try TmuxSession([try Kofu.binary(), "kiosk", "--center", center.url, "--center-ca", cert,
                                     "--terminal-key", keyFile, "--spool", store.spool.path,
                                     "--now", "2026-11-25T10:02:00+09:00"])
        try buySealCertificate(kiosk)
        try kiosk.waitFor("証明書をお取りください", timeout: .seconds(15))
        #expect(try store.ledger().count == 1 && store.spooled().count == 1)
        kiosk.close()
        #expect(center.stop() == 0)
    }
}
