import Foundation
import Testing

/// The kiosk keyboard cannot stop the kiosk; the operator stops it from outside with a signal, which ends the
/// session cleanly and gives the terminal back as it was. The kiosk runs under a shell that prints its exit status
/// and the terminal's modes (`stty -a`) once it has gone.
@Suite(.serialized) struct KioskSignalEndToEndTests {
    static let morning = "2026-11-25T10:00:00+09:00"

    func startKiosk(_ connection: TerminalConnection) throws -> (TmuxSession, pid_t) {
        let command = "'\(try Kofu.binary())' kiosk \(connection.quoted) --now \(Self.morning); "
            + "echo \"exit=$?\"; stty -a; echo modes-end"
        let kiosk = try TmuxSession([command])
        try kiosk.waitFor("証明書交付サービス")
        let shell = try kiosk.panePID()
        let program = try #require(ProcessTree.children(of: shell).first, "the kiosk runs under the pane's shell")
        return (kiosk, program)
    }

    /// Card 100001, 印鑑登録証明書, 2 copies (300 yen), and 100 yen put in.
    func payHundredYen(_ kiosk: TmuxSession) throws {
        try kiosk.send("111", "100001", .enter)
        try kiosk.waitFor("暗証番号（数字4桁）")
        try kiosk.send("1234", .enter)
        try kiosk.waitFor("カードをお取りください")
        try kiosk.send(.enter, "2", "2", .enter, "1")
        try kiosk.waitFor("お金を入れて")
        try kiosk.waitFor("300円")
        try kiosk.send("3")
        try kiosk.waitFor("200円")
    }

    func log(_ connection: TerminalConnection) throws -> String {
        try String(contentsOfFile: connection.log, encoding: .utf8)
    }

    /// The words of `stty -a` as the shell printed them after the kiosk ended.
    func terminalModes(_ output: String) throws -> Set<Substring> {
        let start = try #require(output.range(of: "exit="))
        let end = try #require(output.range(of: "modes-end"))
        return Set(output[start.upperBound..<end.lowerBound].split { $0 == " " || $0 == ";" || $0.isNewline })
    }

    func expectRestored(_ output: String) throws {
        let modes = try terminalModes(output)
        for mode in ["icanon", "isig", "echo", "icrnl", "ixon"] {
            #expect(modes.contains(Substring(mode)), "\(mode) is back on")
            #expect(!modes.contains(Substring("-" + mode)))
        }
    }

    @Test(arguments: Backend.allCases)
    func controlKeysAreNothingButKeysAtTheKiosk(backend: Backend) throws {
        let store = try ScratchStore()
        let connection = try TerminalConnection(backend, store, terminal: "E2E-SIG")
        let (kiosk, program) = try startKiosk(connection)
        try payHundredYen(kiosk)
        try kiosk.send(.interrupt, .quit, .suspend)
        // The kiosk still answers: two more 100-yen coins pay the fee and the certificates come out.
        try kiosk.send("3", "3")
        try kiosk.waitFor("証明書をお取りください", timeout: .seconds(15))
        let screen = try kiosk.capture()
        for word in ["Quit", "Stopped", "crashed", "^C", "^\\", "^Z"] { #expect(!screen.contains(word)) }
        #expect(try store.ledger().count == 1)
        #expect(kill(program, 0) == 0, "the kiosk is still running")
        kill(program, SIGTERM)
        try expectRestored(try kiosk.waitForOutput("modes-end"))
    }

    /// SIGINT, SIGTERM and SIGHUP sent from outside while 100 yen is in the machine: nothing is charged, the coin is
    /// logged as paid back, the kiosk says why it stopped and the terminal is as it was.
    @Test(arguments: [SIGINT, SIGTERM, SIGHUP], Backend.allCases)
    func aSignalDuringPaymentChargesNothing(signal: Int32, backend: Backend) throws {
        let store = try ScratchStore()
        let connection = try TerminalConnection(backend, store, terminal: "E2E-SIG")
        let (kiosk, program) = try startKiosk(connection)
        try payHundredYen(kiosk)
        kill(program, signal)
        let output = try kiosk.waitForOutput("modes-end")
        #expect(output.contains("kofu kiosk stopped by signal \(signal)"))
        #expect(output.contains("exit=\(128 + signal)"))
        try expectRestored(output)
        #expect(try store.ledger().isEmpty)
        #expect(try store.spooled().isEmpty)
        let log = try log(connection)
        #expect(log.contains("cash unit paid out 100 yen"))
        #expect(log.contains("stopped: interrupted(signal: \(signal))"))
    }

    /// A signal once the fee is paid: the issuance stands, with its documents and the change given.
    @Test(arguments: Backend.allCases)
    func aSignalAfterPaymentKeepsTheIssuanceAndItsDocuments(backend: Backend) throws {
        let store = try ScratchStore()
        let connection = try TerminalConnection(backend, store, terminal: "E2E-SIG")
        let (kiosk, program) = try startKiosk(connection)
        try payHundredYen(kiosk)
        try kiosk.send("4")
        try kiosk.waitFor("おつり 300円", timeout: .seconds(15))
        kill(program, SIGTERM)
        let output = try kiosk.waitForOutput("modes-end")
        #expect(output.contains("exit=143"))
        try expectRestored(output)
        let rows = try store.ledger()
        #expect(rows.count == 1 && rows.first?["amount"] as? Int == 300)
        #expect(try store.spooled().count == 2)
        #expect(try log(connection).contains("cash unit paid out 300 yen"))
    }

    /// The Swift runtime's crash report (here for a SIGSEGV from outside, which runs the same handler as a real
    /// fault) goes to the operator log; the customer's screen does not change.
    @Test(arguments: Backend.allCases)
    func aCrashReportGoesToTheLogNotTheScreen(backend: Backend) throws {
        let store = try ScratchStore()
        let connection = try TerminalConnection(backend, store, terminal: "E2E-SIG")
        let (kiosk, program) = try startKiosk(connection)
        try payHundredYen(kiosk)
        let before = try kiosk.capture()
        kill(program, SIGSEGV)
        let deadline = ContinuousClock.now + .seconds(20)
        while !(try log(connection)).contains("Program crashed"), ContinuousClock.now < deadline {
            Thread.sleep(forTimeInterval: 0.05)
        }
        #expect(try log(connection).contains("Program crashed"))
        let after = try kiosk.capture()
        #expect(after == before)
        for word in ["crash", "Backtrac", "Thread", "Signal"] { #expect(!after.contains(word)) }
    }

    @Test func aTerminalWithoutCursorAddressingIsRefused() throws {
        let store = try ScratchStore()
        let kiosk = try TmuxSession(["TERM=dumb '\(try Kofu.binary())' kiosk --db '\(store.database)'; echo \"exit=$?\""])
        let output = try kiosk.waitForOutput("exit=")
        #expect(output.contains("TERM=dumb cannot move the cursor"))
        #expect(output.contains("exit=1"))
    }
}
