import Foundation
import GRDB
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
                  days: Int = 1, crashAt: String? = nil) -> Process {
        let process = Process()
        if let crashAt {
            process.environment = ProcessInfo.processInfo.environment.merging(["KOFU_CRASH_AT": crashAt]) { $1 }
        }
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

    /// A busy day at one window: customers who come while another is served wait, so no two payments are asked for
    /// at the same moment (under the same request key), and every one of them is served.
    @Test func aBusyWindowServesOneCustomerAtATime() throws {
        let store = try store(terminals: [("SIM-W", "window")])
        let run = try Kofu.outcome(["simulate", "--db", store.database, "--terminal", "SIM-W", "--channel", "window",
                                    "--sessions", "120", "--seed", "8"])
        #expect(run.status == 0 && !run.output.contains("BROKEN"), "\(run.output.prefix(2000))")
        #expect(run.output.contains("sessions 120"))
    }

    /// Counts beyond what a run can finish are refused before anything is opened, with the bounds.
    @Test func impossibleCountsAreRefused() throws {
        let store = try store(terminals: [("SIM-K", "kiosk")])
        for (option, value) in [("--sessions", "9223372036854775807"), ("--sessions", "-1"), ("--days", "100000")] {
            let arguments = ["simulate", "--db", store.database, "--terminal", "SIM-K", "--sessions", "1", "\(option)=\(value)"]
            let result = try Kofu.outcome(arguments)
            #expect(result.status == 64 && result.errors.contains("must be"), "\(option) \(value): \(result.errors)")
        }
    }

    /// Eight simulators at once on one file: every one exits clean (each checks that no store call failed, busy or
    /// locked, and that every copy names the person who signed in), every paid copy is on paper once, and the ledger
    /// holds exactly what the eight counted and what the copies cost.
    @Test func eightSimulatorsAtOnceOnOneDatabase() throws {
        let terminals = (1...8).map { ("SIM-\($0)", $0 <= 5 ? "kiosk" : "window") }
        let store = try store(terminals: terminals)
        let sessions = Self.full ? 500 : 30
        let runs = terminals.enumerated().map { index, terminal in
            simulate(store, terminal.0, channel: terminal.1, sessions: sessions, seed: index + 1,
                     days: terminal.1 == "kiosk" ? 1 : 3)
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
        let total = ledger.reduce(0) { $0 + ($1["amount"] as? Int ?? 0) }
        #expect(total == yen)
        let (kioskCopies, windowCopies, refunds, printed) = try DatabaseQueue(path: store.database).read { db in
            func copies(_ channel: String) throws -> Int {
                try Int.fetchOne(db, sql: """
                    SELECT COUNT(*) FROM document d JOIN issuance i ON i.id = d.issuance_id
                    JOIN ledger l ON l.issuance_id = i.id AND l.entry_type = 'charge' WHERE i.channel = ?
                    """, arguments: [channel]) ?? -1
            }
            return (try copies("kiosk"), try copies("window"),
                    try Int.fetchOne(db, sql: "SELECT COALESCE(SUM(amount), 0) FROM ledger WHERE entry_type = 'refund'") ?? 1,
                    Set(try String.fetchAll(db, sql: "SELECT serial FROM document WHERE printed_at IS NOT NULL")))
        }
        #expect(total == 150 * kioskCopies + 300 * windowCopies + refunds && kioskCopies > 0 && windowCopies > 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: store.spool.path).filter { $0.hasSuffix(".txt") }
        #expect(Set(files.map { String($0.dropLast(4)) }) == printed && files.count == printed.count)
        let log = (try? String(contentsOfFile: store.database + ".log", encoding: .utf8)) ?? ""
        #expect(!log.contains("unavailable") && !log.contains("failed"), "no store call failed")
        let check = try Kofu.run(["spool", "check", "--db", store.database, "--spool", store.spool.path])
        #expect(check.contains("spool clean"))
        #expect(try KofuDatabase.open(at: store.database).issuancesWithoutFee().isEmpty)
        let chain = try Kofu.outcome(["ledger", "verify", "--db", store.database])
        #expect(chain.status == 0 && chain.output.hasPrefix("intact: \(ledger.count) ledger rows"), "\(chain.output)")
    }

    /// Killed again and again, each time restarted: at random moments, and at the moments between a commit and its
    /// paper (`KOFU_CRASH_AT`), which last microseconds and which a random kill almost never hits. Afterwards the
    /// file is sound, every issuance has its fee and every fee its issuance, the chain holds, the kills left copies
    /// owed and unmarked, and a reprint puts them on paper once, genuine, with no second charge.
    @Test func killedAtAnyMomentNothingIsLost() throws {
        let store = try store(terminals: [("SIM-K", "kiosk")])
        var random = SystemRandomNumberGenerator()
        let points = ["print", "staged", "renamed", "sealed"]
        for round in 0..<(Self.full ? 200 : 25) {
            let crashAt = round.isMultiple(of: 2) ? "\(points[round / 2 % points.count]):\(Int.random(in: 1...2, using: &random))" : nil
            let run = simulate(store, "SIM-K", sessions: 30, seed: round, crashAt: crashAt)
            try run.run()
            if crashAt == nil {
                Thread.sleep(forTimeInterval: Double.random(in: 0.05...0.6, using: &random))
                kill(run.processIdentifier, SIGKILL)
            }
            run.waitUntilExit()
            if crashAt != nil { #expect(run.terminationReason == .uncaughtSignal, "crashed at \(crashAt!)") }
        }
        let database = try KofuDatabase.open(at: store.database)
        #expect(try database.integrityCheck() == "ok")
        #expect(try database.issuancesWithoutFee().isEmpty)
        let feesWithoutIssuance = try DatabaseQueue(path: store.database).read { db in
            try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM ledger l WHERE l.entry_type IN ('charge', 'exemption')
                    AND NOT EXISTS (SELECT 1 FROM issuance i WHERE i.id = l.issuance_id)
                """)
        }
        #expect(feesWithoutIssuance == 0)
        let charges = try store.ledger().count
        let first = try Kofu.outcome(["spool", "check", "--db", store.database, "--spool", store.spool.path])
        #expect(first.status == 1)
        #expect(first.output.contains("owed: ") && first.output.contains("unmarked: "), "\(first.output)")
        let reprinted = try Kofu.run(["spool", "reprint", "--db", store.database, "--spool", store.spool.path])
        #expect(reprinted.contains("reprinted "))
        let check = try Kofu.outcome(["spool", "check", "--db", store.database, "--spool", store.spool.path])
        #expect(check.status == 0 && check.output.contains("spool clean"), "\(check.output)")
        #expect(try store.ledger().count == charges, "reprints charge nothing")
        let files = try FileManager.default.contentsOfDirectory(atPath: store.spool.path).filter { $0.hasSuffix(".txt") }
        let verdicts = try Kofu.outcome(["verify", "--db", store.database] + files.map { store.spool.appendingPathComponent($0).path })
        #expect(verdicts.status == 0 && !files.isEmpty, "every copy on paper is genuine: \(verdicts.output)")
        let chain = try Kofu.outcome(["ledger", "verify", "--db", store.database])
        #expect(chain.status == 0 && chain.output.hasPrefix("intact: \(charges) ledger rows"), "\(chain.output)")
    }
}
