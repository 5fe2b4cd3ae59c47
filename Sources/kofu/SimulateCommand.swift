import ArgumentParser
import Foundation
import KofuCenterClient
import KofuCore
import KofuSimulation
import KofuStore

/// Customer sessions without a terminal, through the same reducers, ports and store as the screens.
struct SimulateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Drive customer sessions through the real flows and store, with no terminal, and check the result.",
        discussion: """
            Random demo residents, certificates, options and copies; coins; some wrong PINs, cancels and walk-aways \
            at the kiosk; proxies, exemptions, refunds and the close of each day at the window. Prints a summary and \
            exits 1 if an invariant broke. The same seed gives the same totals on a fresh database. Several \
            simulators may run at once on one database, each as its own registered terminal. With --center the \
            kiosk asks the issuance center instead, as the terminal its key file names; --db is then the center's \
            database, read only for the checks at the end.
            """)

    @Option(help: "The database file.")
    var db: String

    @Option(help: "Where printed certificates go (default: spool/ beside the database).")
    var spool: String?

    @Option(help: "The registered terminal to run as (with --center: the key file's).")
    var terminal: String?

    @Option(help: "The issuance center's URL: the kiosk sessions go there (with --terminal-key).")
    var center: String?

    @Option(name: .customLong("terminal-key"), help: "With --center: this terminal's token file.")
    var terminalKey: String?

    @Option(name: .customLong("center-ca"), help: "With an https --center: PEM certificates to trust.")
    var centerCA: String?

    @Flag(name: .customLong("expect-outages"),
          help: """
            The center or its store may go down during the run: sessions it cannot serve are counted, not failures, \
            and the checks at the end wait up to a minute for the store to answer.
            """)
    var expectOutages = false

    @Option(help: "How many customer sessions.")
    var sessions: Int

    @Option(help: "The random seed: the same seed makes the same sessions.")
    var seed: UInt64 = 1

    @Option(help: "kiosk or window.")
    var channel: Channel = .kiosk

    @Option(help: "The first business day, YYYY-MM-DD (default: the demo data's day).")
    var from: String?

    @Option(help: "Spread the sessions over this many days the channel is open (at most 200).")
    var days = 1

    @OptionGroup var signing: KeyOption

    @Option(help: "The seed file the database was made from: its published PINs and passwords are what the simulated people know.")
    var residents: String?

    func validate() throws {
        // Bounds a run can finish within (a million sessions take hours) and a year's calendar holds.
        guard (0...1_000_000).contains(sessions) else { throw ValidationError("--sessions must be 0 to 1000000") }
        guard (1...200).contains(days) else { throw ValidationError("--days must be 1 to 200") }
        if let from, JapaneseDate.parse(from) == nil { throw ValidationError("--from must be a date YYYY-MM-DD") }
        switch (terminal, center, terminalKey) {
        case (_?, nil, nil): return
        case (nil, _?, _?): guard channel == .kiosk else { throw ValidationError("--center simulates kiosks only, so far") }
        default: throw ValidationError("--terminal ID, or --center URL with --terminal-key FILE")
        }
    }

    func run() throws {
        let assets = try Assets.locate()
        let seedFile = try SeedFile.load(from: residents.map { URL(fileURLWithPath: $0) } ?? assets.demoSeed)
        let database = try StoreLocation.open(db)
        let signingKey = try database.signingKey(at: signing.path(besideDatabase: db))
        let spoolURL = try Spool.directory(spool, beside: db)
        let log = OperatorLog(database: database, spool: spoolURL)
        let (terminal, backend) = try connect(database: database, spool: spoolURL, log: log)
        let world = SimulationWorld(
            database: database, signingKey: signingKey, spool: spoolURL, templates: assets.templates,
            strings: try assets.strings(), hours: try assets.windowHours(),
            changeFloat: try ChangeFloat.parse(settings: try assets.bytes("municipality.json")), seed: seedFile,
            log: log.write, kioskBackend: backend)
        let firstDay = from ?? String((seedFile.demoDate ?? "2026-11-25").prefix(10))
        let plan = SimulationPlan(terminal: terminal, channel: channel, sessions: sessions, seed: seed, from: firstDay,
                                  days: days, expectOutages: expectOutages)
        let tally = try Simulation.run(plan, in: world)
        print("\(channel.rawValue) \(terminal): \(tally.summary)")
        for problem in tally.broken { print("BROKEN: \(problem)") }
        if !tally.broken.isEmpty { throw ExitCode(1) }
    }

    /// The terminal to run as and, on a center, the client that answers for the store; the spool claimed.
    private func connect(database: KofuDatabase, spool: URL, log: OperatorLog) throws -> (String, KioskBackend?) {
        guard let center, let terminalKey else {
            let terminal = terminal ?? ""
            try TerminalRegistry(database: database).require(terminal, kind: channel)
            try SpoolPrinter(database: database, directory: spool).claim()
            try SpoolStartup.reconcile(database: database, spool: spool, terminal: terminal, log: log)
            return (terminal, nil)
        }
        let token = try TerminalToken.read(from: terminalKey)
        let client = CenterClient(base: center, token: token,
                                  unanswered: UnansweredPayments(spool: spool, terminal: token.terminalID),
                                  trustRoots: centerCA)
        let terminal = try client.whoAmI()
        try SpoolPrinter(source: client, directory: spool).claim()
        for settlement in try client.settlePending() {
            log.write(settlement.description)
        }
        return (terminal.id, KioskBackend(authority: client, desk: client, printSource: client,
                                          settle: { _ = try client.settlePending() }))
    }
}
