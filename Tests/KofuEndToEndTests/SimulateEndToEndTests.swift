import Foundation
import KofuStore
import Testing

/// `kofu simulate` as tests, demos and benchmarks use it: deterministic, safe with several at once on one database,
/// and losing neither paper nor money when killed at any moment. `KOFU_FULL=1 make test` runs the full counts
/// (8 × 500 sessions, 200 kills); CI runs lighter ones.
@Suite(.serialized) struct SimulateEndToEndTests {
    static let full = ProcessInfo.processInfo.environment["KOFU_FULL"] == "1"

    func store(terminals: [(String, String)]) throws -> ScratchStore {
        let store = try ScratchStore()
        for (id, kind) in terminals { try Kofu.run(["terminal", "add", "--db", store.database, "--id", id, "--kind", kind]) }
        return store
    }

    func simulate(_ store: ScratchStore, _ terminal: String, channel: String = "kiosk", sessions: Int, seed: Int,
                  days: Int = 1) -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try! Kofu.binary())
        process.arguments = ["simulate", "--db", store.database, "--spool", store.spool.path, "--terminal", terminal,
                             "--channel", channel, "--sessions", String(sessions), "--seed", String(seed),
                             "--days", String(days)]
        process.standardOutput = Pipe()
        process.standardError = Pipe()
        return process
    }

    @Test func theSameSeedGivesTheSameTotals() throws {
        var summaries: [String] = []
        for _ in 0..<2 {
            let store = try store(terminals: [("SIM-K", "kiosk"), ("SIM-W", "window")])
            let kiosk = try Kofu.run(["simulate", "--db", store.database, "--terminal", "SIM-K", "--sessions", "40",
                                      "--seed", "11"])
            let window = try Kofu.run(["simulate", "--db", store.database, "--terminal", "SIM-W", "--channel", "window",
                                       "--sessions", "20", "--seed", "11", "--days", "2"])
            summaries.append(kiosk + window)
        }
        #expect(summaries[0] == summaries[1])
        #expect(summaries[0].contains("kiosk SIM-K: sessions 40") && summaries[0].contains("window SIM-W: sessions 20"))
        #expect(!summaries[0].contains("BROKEN"))
    }

    /// Eight simulators at once on one file: every one exits clean (no busy or locked error broke a session), every
    /// paid copy is on paper, and the ledger holds exactly what the eight counted.
    @Test func eightSimulatorsAtOnceOnOneDatabase() throws {
        let terminals = (1...8).map { ("SIM-\($0)", $0 <= 5 ? "kiosk" : "window") }
        let store = try store(terminals: terminals)
        let sessions = Self.full ? 500 : 30
        let runs = terminals.enumerated().map { index, terminal in
            simulate(store, terminal.0, channel: terminal.1, sessions: terminal.1 == "kiosk" ? sessions : sessions / 2,
                     seed: index + 1, days: terminal.1 == "kiosk" ? 1 : 3)
        }
        for run in runs { try run.run() }
        var yen = 0
        for run in runs {
            let output = String(decoding: (run.standardOutput as! Pipe).fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            let errors = String(decoding: (run.standardError as! Pipe).fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            run.waitUntilExit()
            let log = (try? String(contentsOfFile: store.database + ".log", encoding: .utf8)) ?? ""
            #expect(run.terminationStatus == 0, "\(output)\(errors)\(log.split(separator: "\n").suffix(20).joined(separator: "\n"))")
            yen += Int(output.firstMatch(of: /yen (\d+)/)?.1 ?? "0") ?? 0
        }
        let ledger = try store.ledger()
        #expect(ledger.reduce(0) { $0 + ($1["amount"] as? Int ?? 0) } == yen)
        let check = try Kofu.run(["spool", "check", "--db", store.database, "--spool", store.spool.path])
        #expect(check.contains("spool clean"))
        #expect(try KofuDatabase.open(at: store.database).issuancesWithoutFee().isEmpty)
        let chain = try Kofu.outcome(["ledger", "verify", "--db", store.database])
        #expect(chain.status == 0 && chain.output.hasPrefix("intact: \(ledger.count) ledger rows"), "\(chain.output)")
    }

    /// Killed at random moments, again and again: afterwards the file is sound, every issuance has its fee, and
    /// what the kills left owed is listed, then reprinted once, with no second charge.
    @Test func killedAtAnyMomentNothingIsLost() throws {
        let store = try store(terminals: [("SIM-K", "kiosk")])
        var random = SystemRandomNumberGenerator()
        for round in 0..<(Self.full ? 200 : 25) {
            let run = simulate(store, "SIM-K", sessions: 30, seed: round)
            try run.run()
            Thread.sleep(forTimeInterval: Double.random(in: 0.05...0.6, using: &random))
            kill(run.processIdentifier, SIGKILL)
            run.waitUntilExit()
        }
        let database = try KofuDatabase.open(at: store.database)
        #expect(try database.integrityCheck() == "ok")
        #expect(try database.issuancesWithoutFee().isEmpty)
        let charges = try store.ledger().count
        _ = try Kofu.outcome(["spool", "check", "--db", store.database, "--spool", store.spool.path])
        _ = try Kofu.run(["spool", "reprint", "--db", store.database, "--spool", store.spool.path])
        let check = try Kofu.outcome(["spool", "check", "--db", store.database, "--spool", store.spool.path])
        #expect(check.status == 0 && check.output.contains("spool clean"), "\(check.output)")
        #expect(try store.ledger().count == charges, "reprints charge nothing")
        let chain = try Kofu.outcome(["ledger", "verify", "--db", store.database])
        #expect(chain.status == 0 && chain.output.hasPrefix("intact: \(charges) ledger rows"), "\(chain.output)")
    }
}
