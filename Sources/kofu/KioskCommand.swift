import ArgumentParser
import Foundation
import KofuStore
import KofuTerminal

struct KioskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kiosk",
        abstract: "Run the multi-copy machine: card, PIN, certificate, copies, payment at 150 yen a copy, printing.")

    @Option(help: "The store's database file (made by `kofu store init`); or use --center.")
    var db: String?

    @OptionGroup var network: CenterOptions

    @Option(help: "Where printed certificates go, one UTF-8 file per copy (default: spool/ beside the database).")
    var spool: String?

    @OptionGroup var session: SessionOptions

    @OptionGroup var signing: KeyOption

    func validate() throws {
        try network.validate(db: db, spool: spool)
    }

    func run() throws {
        if let (client, log, spool) = try network.client(spool: spool) {
            return try Self.report(try KioskLauncher.run(center: client, log: log, assets: try Assets.locate(),
                                                         spool: spool, options: session))
        }
        guard let db else { return }
        let database = try StoreLocation.open(db)
        let ending = try KioskLauncher.run(database: database,
                                           signingKey: try database.signingKey(at: signing.path(besideDatabase: db)),
                                           assets: try Assets.locate(), spool: Spool.directory(spool, beside: db),
                                           options: session)
        try Self.report(ending)
    }

    private static func report(_ ending: TerminalLoop.Ending) throws {
        if case .interrupted(let signal) = ending {
            print("kofu kiosk stopped by signal \(signal); every payment in progress was returned.")
            throw ExitCode(128 + signal)
        }
    }
}
