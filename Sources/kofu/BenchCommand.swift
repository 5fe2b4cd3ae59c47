import ArgumentParser
import Foundation
import KofuBench
import KofuCenterClient
import KofuCore
import KofuStore
import KofuTerminal

/// `kofu bench`: the performance table, Kofu against C peers built and run in the same run.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench", abstract: "Measure Kofu against C peers and write the performance table.",
        subcommands: [Measure.self, IssueWorker.self, PINWorker.self], defaultSubcommand: Measure.self)

    struct Measure: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "measure",
            abstract: "Measure every figure, print the table and write it as JSON.",
            discussion: """
                The peers (a C ncursesw program, a C program replaying Kofu's SQL, the sqlite3 shell) are built and \
                run here, in turn with Kofu. Needs cc, libncursesw and libsqlite3 headers, and sqlite3. Figures are \
                meaningful for a release build (swift build -c release, or make bench). Exits non-zero only when \
                something cannot be measured; the targets are a column of the table.
                """)

        @Flag(help: "Fewer samples on a smaller ledger: proves the bench measures, in about a minute.")
        var quick = false

        @Option(help: "Where to write the figures as JSON.")
        var out = "bench/results.json"

        func run() throws {
            let assets = try Assets.locate()
            #if DEBUG
            let build = "debug"
            #else
            let build = "release"
            #endif
            let plan = BenchPlan(kofu: try executablePath(), assets: assets.directory, build: build, quick: quick,
                                 startFrame: try startFrame(assets))
            let report = try Bench.run(plan) { FileHandle.standardError.write(Data("bench: \($0)\n".utf8)) }
            let url = URL(fileURLWithPath: out)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(),
                                                    withIntermediateDirectories: true)
            try report.json().write(to: url)
            print(report.table, terminator: "")
        }

        private func executablePath() throws -> String {
            let path = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
            return path
        }

        /// The kiosk's start screen as the resident first sees it, for the C peer to draw the same.
        private func startFrame(_ assets: Assets) throws -> String {
            let config = KioskConfig(terminal: "BENCH-K1", idleTimeout: 60, spoolPath: "", demoCredentials: [])
            let state = KioskState(config: config, language: .ja, now: try RunningClock.start(from: BenchPlan.morning),
                                   screen: .start)
            return ScreenPainter.paint(KioskView(state: state, strings: try assets.strings()).screen).text
        }
    }

    /// One process of paid issuances, started by `bench measure`: on the database itself, or as a kiosk terminal
    /// on a center (`--center`), where each payment takes a PIN check, made before the timed loop.
    struct IssueWorker: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "issue-worker", abstract: "Paid issuances for the bench (started by it).", shouldDisplay: false)

        @Option var db: String?
        @Option var key: String?
        @Option var center: String?
        @Option(name: .customLong("terminal-key")) var terminalKey: String?
        @Option var spool: String?
        @Option var terminal: String
        @Option var count: Int
        @Flag(name: .customLong("mark-printed"), help: "Say each payment's copies are on paper (a center's kiosk always does).")
        var markPrinted = false
        @Option var trace: String?
        @Option var snapshot: String?
        @Option var ready: String?
        @Option var go: String?

        func run() throws {
            let assets = try Assets.locate()
            let seed = try SeedFile.load(from: assets.demoSeed)
            let date = try RunningClock.start(from: BenchPlan.morning)
            let holders = seed.credentials.filter { $0.kind == .card }.map {
                IssuanceLoad.Holder(credentialID: $0.id, residentID: $0.resident, pin: $0.pin)
            }
            let (load, database) = try backend(assets, date: date)
            print(try load.work(holders, count: count, database: database,
                                .init(trace: trace, snapshot: snapshot, ready: ready, go: go)), terminator: "")
        }

        private func backend(_ assets: Assets, date: Date) throws -> (IssuanceLoad, KofuDatabase?) {
            if let center {
                guard let terminalKey, let spool else { throw ValidationError("--center takes --terminal-key and --spool") }
                let token = try TerminalToken.read(from: terminalKey)
                let client = CenterClient(base: center, token: token,
                                          unanswered: UnansweredPayments(spool: URL(fileURLWithPath: spool),
                                                                         terminal: token.terminalID))
                return (IssuanceLoad(desk: client, authority: client, printed: client, terminal: token.terminalID,
                                     date: date), nil)
            }
            guard let db, let key else { throw ValidationError("give --db and --key, or --center") }
            let database = try StoreLocation.open(db)
            let desk = try SQLiteIssuanceDesk(database: database, templates: assets.templates,
                                              signingKey: try database.signingKey(at: key))
            return (IssuanceLoad(desk: desk, printed: markPrinted ? database : nil, terminal: terminal, date: date),
                    database)
        }
    }

    /// PIN checks for the bench, on the first card the demo seed lets in.
    struct PINWorker: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "pin-worker", abstract: "PIN checks for the bench (started by it).", shouldDisplay: false)

        @Option var db: String
        @Option var count: Int

        func run() throws {
            let seed = try SeedFile.load(from: try Assets.locate().demoSeed)
            let authority = SQLiteCertificateAuthority(database: try StoreLocation.open(db))
            let date = try RunningClock.start(from: BenchPlan.morning)
            // The first card the seed describes as usable; the seed's notes say which are locked or revoked.
            for card in seed.credentials where card.kind == .card {
                guard case .ready = try authority.read(credentialID: card.id, kind: .card, at: date) else { continue }
                print(try PINCheckLoad.run(authority, credentialID: card.id, pin: PIN(card.pin), count: count,
                                           at: date), terminator: "")
                return
            }
            throw CommandFailure("no card in the demo seed can be read")
        }
    }
}
