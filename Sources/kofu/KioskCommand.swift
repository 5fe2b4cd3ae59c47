import ArgumentParser
import Foundation
import KofuCenterClient
import KofuStore
import KofuTerminal

struct KioskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kiosk",
        abstract: "Run the multi-copy machine: card, PIN, certificate, copies, payment at 150 yen a copy, printing.")

    @Option(help: "The store's database file (made by `kofu store init`); or use --center.")
    var db: String?

    @Option(help: "The issuance center's URL (`kofu center`), e.g. http://127.0.0.1:8443, instead of --db.")
    var center: String?

    @Option(name: .customLong("center-ca"),
            help: "With an https --center: a PEM file of certificates to trust besides the system's (the city's CA).")
    var centerCA: String?

    @Option(name: .customLong("terminal-key"),
            help: "With --center: the file holding this terminal's token (`kofu center terminal add --key-file`).")
    var terminalKey: String?

    @Option(help: "Where printed certificates go, one UTF-8 file per copy (default: spool/ beside the database).")
    var spool: String?

    @OptionGroup var session: SessionOptions

    @OptionGroup var signing: KeyOption

    func validate() throws {
        switch (db, center, terminalKey) {
        case (_?, nil, nil): return
        case (nil, _?, _?): guard spool != nil else { throw ValidationError("--center needs --spool: where this kiosk prints") }
        case (_?, _?, _): throw ValidationError("--db and --center exclude each other: the kiosk holds the store or asks a center")
        case (nil, _?, nil): throw ValidationError("--center needs --terminal-key FILE (`kofu center terminal add --key-file`)")
        default: throw ValidationError("--db PATH or --center URL --terminal-key FILE is required")
        }
    }

    func run() throws {
        if let center, let terminalKey, let spool {
            return try runOnCenter(center, keyFile: terminalKey, spool: URL(fileURLWithPath: spool))
        }
        guard let db else { return }
        let database = try KofuDatabase.open(at: db)
        let ending = try KioskLauncher.run(database: database,
                                           signingKey: try database.signingKey(at: signing.path(besideDatabase: db)),
                                           assets: try Assets.locate(), spool: Spool.directory(spool, beside: db),
                                           options: session)
        try Self.report(ending)
    }

    /// The kiosk on a center: its token from the key file, its log beside that file.
    private func runOnCenter(_ url: String, keyFile: String, spool: URL) throws {
        let token = try TerminalToken.read(from: keyFile)
        let client = CenterClient(base: url, token: token,
                                  unanswered: UnansweredPayments(spool: spool, terminal: token.terminalID),
                                  trustRoots: centerCA)
        let ending = try KioskLauncher.run(center: client,
                                           log: OperatorLog(url: URL(fileURLWithPath: keyFile + ".log")),
                                           assets: try Assets.locate(), spool: spool, options: session)
        try Self.report(ending)
    }

    private static func report(_ ending: TerminalLoop.Ending) throws {
        if case .interrupted(let signal) = ending {
            print("kofu kiosk stopped by signal \(signal); every payment in progress was returned.")
            throw ExitCode(128 + signal)
        }
    }
}
