import ArgumentParser
import Foundation
import KofuCenterClient
import KofuStore

/// How a terminal reaches an issuance center instead of holding the database: the kiosk's and the window's.
struct CenterOptions: ParsableArguments {
    @Option(help: "The issuance center's URL (`kofu center`), e.g. http://127.0.0.1:8443, instead of --db.")
    var center: String?

    @Option(name: .customLong("center-ca"),
            help: "With an https --center: a PEM file of certificates to trust besides the system's (the city's CA).")
    var centerCA: String?

    @Option(name: .customLong("terminal-key"),
            help: "With --center: the file holding this terminal's token (`kofu center terminal add --key-file`).")
    var terminalKey: String?

    /// One of `--db` and `--center` (with its key), and on a center a spool, since the terminal prints there.
    func validate(db: String?, spool: String?) throws {
        switch (db, center, terminalKey) {
        case (_?, nil, nil): return
        case (nil, _?, _?): guard spool != nil else { throw ValidationError("--center needs --spool: where this terminal prints") }
        case (_?, _?, _): throw ValidationError("--db and --center exclude each other: the terminal holds the store or asks a center")
        case (nil, _?, nil): throw ValidationError("--center needs --terminal-key FILE (`kofu center terminal add --key-file`)")
        default: throw ValidationError("--db PATH or --center URL --terminal-key FILE is required")
        }
    }

    /// The client for the center, with the operator log beside the key file; nil without --center.
    func client(spool: String?) throws -> (client: CenterClient, log: OperatorLog, spool: URL)? {
        guard let center, let terminalKey, let spool else { return nil }
        let token = try TerminalToken.read(from: terminalKey)
        let directory = URL(fileURLWithPath: spool)
        let client = CenterClient(base: center, token: token,
                                  unanswered: UnansweredPayments(spool: directory, terminal: token.terminalID),
                                  trustRoots: centerCA)
        return (client, OperatorLog(url: URL(fileURLWithPath: terminalKey + ".log")), directory)
    }
}
