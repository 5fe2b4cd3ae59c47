import ArgumentParser
import Foundation
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
            simulators may run at once on one database, each as its own registered terminal.
            """)

    @Option(help: "The database file.")
    var db: String

    @Option(help: "Where printed certificates go (default: spool/ beside the database).")
    var spool: String?

    @Option(help: "The registered terminal to run as.")
    var terminal: String

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
    }

    func run() throws {
        let assets = try Assets.locate()
        let seedFile = try SeedFile.load(from: residents.map { URL(fileURLWithPath: $0) } ?? assets.demoSeed)
        let database = try KofuDatabase.open(at: db)
        try TerminalRegistry(database: database).require(terminal, kind: channel)
        let signingKey = try database.signingKey(at: signing.path(besideDatabase: db))
        let spoolURL = Spool.directory(spool, beside: db)
        try SpoolPrinter(database: database, directory: spoolURL).claim()
        let log = OperatorLog(database: database)
        try SpoolStartup.reconcile(database: database, spool: spoolURL, terminal: terminal, log: log)
        let world = SimulationWorld(
            database: database, signingKey: signingKey, spool: spoolURL, templates: assets.templates,
            strings: try assets.strings(), hours: try assets.windowHours(),
            changeFloat: try ChangeFloat.parse(settings: try assets.bytes("municipality.json")), seed: seedFile,
            log: log.write)
        let firstDay = from ?? String((seedFile.demoDate ?? "2026-11-25").prefix(10))
        let plan = SimulationPlan(terminal: terminal, channel: channel, sessions: sessions, seed: seed, from: firstDay,
                                  days: days)
        let tally = try Simulation.run(plan, in: world)
        print("\(channel.rawValue) \(terminal): \(tally.summary)")
        for problem in tally.broken { print("BROKEN: \(problem)") }
        if !tally.broken.isEmpty { throw ExitCode(1) }
    }
}
