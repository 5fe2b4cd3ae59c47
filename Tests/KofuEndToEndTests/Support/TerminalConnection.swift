import Foundation
import Testing

/// Where a terminal under test finds its store: the database file itself, or a `kofu center` on loopback holding
/// it. The kiosk's and the window's tests run on both, so a terminal on a center keeps every promise of an embedded
/// one.
enum Backend: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case embedded
    case center

    var testDescription: String { rawValue }
}

/// One test's way from a terminal to the store: the arguments that name it, the terminal the ledger will show, the
/// operator log the terminal writes, and the center, stopped when the test lets go of this.
final class TerminalConnection {
    let arguments: [String]
    let terminal: String
    let log: String
    let center: RunningCenter?

    /// `terminal` is one `ScratchStore` registered for the embedded store; on a center, a terminal of its own
    /// (`NET-` before the name) is added with a key file beside the database.
    init(_ backend: Backend, _ store: ScratchStore, terminal: String, kind: String = "kiosk") throws {
        switch backend {
        case .embedded:
            self.terminal = terminal
            arguments = ["--db", store.database, "--spool", store.spool.path, "--terminal", terminal]
            log = store.database + ".log"
            center = nil
        case .center:
            self.terminal = "NET-" + terminal
            let keyFile = store.directory.appendingPathComponent("\(self.terminal).token").path
            try Kofu.run(["center", "terminal", "add", "--db", store.database, "--id", self.terminal, "--kind", kind,
                          "--key-file", keyFile])
            let center = try RunningCenter(store)
            arguments = ["--center", center.url, "--terminal-key", keyFile, "--spool", store.spool.path]
            log = keyFile + ".log"
            self.center = center
        }
    }

    /// The arguments quoted for a shell command line.
    var quoted: String { arguments.map { "'\($0)'" }.joined(separator: " ") }

    deinit { _ = center?.stop() }
}
