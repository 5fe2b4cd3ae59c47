import ArgumentParser
import Foundation
import KofuCenterClient
import KofuCore
import KofuStore
import KofuTerminal

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "The kiosk on a fresh database of demo residents; press ? for their card numbers and PINs.",
        discussion: "Without --db everything lives in a temporary folder that is removed when the demo ends (Ctrl-C).")

    @Option(help: "Keep the demo database here (created and seeded if missing, reused if present).")
    var db: String?

    @Option(help: "Where printed certificates go (default: spool/ beside the database).")
    var spool: String?

    @Flag(help: "The staff window (100×30) instead of the kiosk; the login screen lists the demo staff accounts.")
    var window = false

    @Flag(help: "Start an issuance center on a free loopback port and run the kiosk (or the window) on it, holding no database.")
    var center = false

    func validate() throws {
        if let db, StoreLocation.isServer(db) { throw ValidationError("the demo keeps its database in a file: --db PATH") }
    }

    @OptionGroup var session: SessionOptions

    @OptionGroup var signing: KeyOption

    func run() throws {
        let assets = try Assets.locate()
        let seed = try SeedFile.load(from: assets.demoSeed)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("kofu-demo-\(UUID().uuidString)")
        let path = db ?? scratch.appendingPathComponent("demo.sqlite").path
        if db == nil { try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true) }
        defer { if db == nil { try? FileManager.default.removeItem(at: scratch) } }

        let spoolURL = try Spool.directory(spool, beside: path)
        let databasePath = URL(fileURLWithPath: path).path
        // Said before the screen is taken, so the user knows where the printed certificates will be.
        print((db == nil ? "Demo on a temporary database, removed when the demo ends"
                         : "Demo database \(databasePath) (kept)") + "; certificates go to \(spoolURL.path).")
        let keyPath = try signing.path(besideDatabase: path)
        let database: KofuDatabase
        if FileManager.default.fileExists(atPath: path) {
            database = try StoreLocation.open(path)
        } else {
            print("Preparing the demo database…")
            database = try SeededDatabase.create(at: path, signingKey: try SigningKey.openOrCreate(at: keyPath),
                                                 seed: seed)
        }
        let signingKey = try database.signingKey(at: keyPath)
        // The demo registers the terminal it runs as, as an operator would with `kofu terminal add`.
        let terminals = TerminalRegistry(database: database)
        // The demo residents' ages, card expiries and fiscal years hold on the seed's day, not on any day.
        if window && center {
            try runWindowOnCenter(database: database, signingKey: signingKey, assets: assets, spool: spoolURL,
                                  now: session.now ?? seed.demoDate, seed: seed)
        } else if window {
            try terminals.ensure("WINDOW-DEMO", kind: .window, site: "demo", at: Date())
            _ = try WindowLauncher.run(database: database, signingKey: signingKey, assets: assets, spool: spoolURL,
                                       terminal: "WINDOW-DEMO", language: session.lang, now: session.now ?? seed.demoDate,
                                       demoAccounts: seed.demoStaffAccounts, demoResidents: seed.demoResidents)
        } else {
            var options = session
            options.now = options.now ?? seed.demoDate
            if center {
                try runOnCenter(database: database, signingKey: signingKey, assets: assets, spool: spoolURL,
                                options: options, seed: seed)
            } else {
                try terminals.ensure(options.terminal, kind: .kiosk, site: "demo", at: Date())
                // A demo is no kiosk in a shop: whoever tries it ends it with Ctrl-C.
                _ = try KioskLauncher.run(database: database, signingKey: signingKey, assets: assets, spool: spoolURL,
                                          options: options, demoCredentials: seed.demoCredentials,
                                          keyboardStop: .controlC)
            }
        }
        switch (db, spool) {
        case (nil, nil): print("Demo ended; its temporary database and certificates were removed.")
        case (nil, _): print("Demo ended; its temporary database was removed, certificates are in \(spoolURL.path).")
        default: print("Demo ended; the database is kept at \(databasePath), certificates in \(spoolURL.path).")
        }
    }

    /// The whole system in one process: a center on the demo database, and a kiosk that reaches it over loopback
    /// with a token the demo makes for it.
    private func runOnCenter(database: KofuDatabase, signingKey: SigningKey, assets: Assets, spool: URL,
                             options: SessionOptions, seed: SeedFile) throws {
        let client = try startCenter(database: database, signingKey: signingKey, assets: assets, spool: spool,
                                     terminal: "KIOSK-NET", kind: .kiosk, start: try options.startTime())
        _ = try KioskLauncher.run(center: client, log: OperatorLog(database: database, spool: spool), assets: assets,
                                  spool: spool, options: options, demoCredentials: seed.demoCredentials,
                                  keyboardStop: .controlC)
    }

    /// The staff window the same way: the center checks the clerks and keeps the register and the ledger.
    private func runWindowOnCenter(database: KofuDatabase, signingKey: SigningKey, assets: Assets, spool: URL,
                                   now: String?, seed: SeedFile) throws {
        let client = try startCenter(database: database, signingKey: signingKey, assets: assets, spool: spool,
                                     terminal: "WINDOW-NET", kind: .window, start: try RunningClock.start(from: now))
        _ = try WindowLauncher.run(center: client, log: OperatorLog(database: database, spool: spool), assets: assets,
                                   spool: spool, language: session.lang, now: now,
                                   demoAccounts: seed.demoStaffAccounts, demoResidents: seed.demoResidents)
    }

    /// A center in this process on the demo database, and a client for `terminal` with a token made for the demo.
    private func startCenter(database: KofuDatabase, signingKey: SigningKey, assets: Assets, spool: URL,
                             terminal: String, kind: Channel, start: Date) throws -> CenterClient {
        let token = try TerminalRegistry(database: database).ensureNetworked(terminal, kind: kind, site: "demo",
                                                                            at: Date())
        let clock = RunningClock(start: start)
        let url = try CenterWiring.startInProcess(try CenterWiring.services(database: database, signingKey: signingKey,
                                                                              assets: assets, now: clock.now))
        print("Issuance center at \(url); the \(kind.rawValue) \(terminal) reaches it with a token made for this demo.")
        return CenterClient(base: url, token: token,
                            unanswered: UnansweredPayments(spool: spool, terminal: token.terminalID))
    }
}
