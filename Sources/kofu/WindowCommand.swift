import ArgumentParser
import Foundation
import KofuCore
import KofuStore

struct WindowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "window",
        abstract: "The city hall window for staff: 300 yen a copy, window-only certificates, exemptions, refunds, PIN resets and the daily close.")

    @Option(help: "The store's database file (made by `kofu store init`); or use --center.")
    var db: String?

    @OptionGroup var network: CenterOptions

    @Option(help: "Where printed certificates go (default: spool/ beside the database).")
    var spool: String?

    @OptionGroup var options: WindowOptions

    @OptionGroup var signing: KeyOption

    func validate() throws {
        try network.validate(db: db, spool: spool)
    }

    func run() throws {
        if let (client, log, spool) = try network.client(spool: spool) {
            let ending = try WindowLauncher.run(center: client, log: log, assets: try Assets.locate(), spool: spool,
                                                language: options.lang, now: options.now)
            if case .interrupted(let signal) = ending { throw ExitCode(128 + signal) }
            return
        }
        guard let db else { return }
        let database = try StoreLocation.open(db)
        let ending = try WindowLauncher.run(database: database,
                                            signingKey: try database.signingKey(at: signing.path(besideDatabase: db)),
                                            assets: try Assets.locate(),
                                            spool: Spool.directory(spool, beside: db), terminal: options.terminal,
                                            language: options.lang, now: options.now)
        if case .interrupted(let signal) = ending { throw ExitCode(128 + signal) }
    }
}

/// Options the window and the window demo share.
struct WindowOptions: ParsableArguments {
    @Option(help: """
        Language of the first screen: ja, ja-x-easy (easy Japanese), en, pt-BR, zh-Hans, vi or tl \
        (L turns to the next on menu screens).
        """)
    var lang: Language = .ja

    @Option(help: "Start the clock at this time (ISO 8601, e.g. 2026-11-25T10:00:00+09:00); it then runs.")
    var now: String?

    @Option(help: "Terminal id written to the ledger, the audit trail and every certificate (on a center, the token's).")
    var terminal: String = "WINDOW-01"

    func validate() throws {
        try TerminalArgument.validate(terminal)
        _ = try RunningClock.start(from: now)
    }
}
