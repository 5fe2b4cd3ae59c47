/// What can go wrong with the database file itself, each said in one line that names the file and what to do.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    /// `--db ''`.
    case noPath
    case missing(path: String)
    case isADirectory(path: String)
    /// An SQLite file (or an empty one) that Kofu did not make: refused before anything is written to it.
    case notKofu(path: String, reason: String)
    case alreadyExists(path: String)
    case cannotOpen(path: String, reason: String)
    case notADatabase(path: String)
    case busy(path: String)
    case readOnly(path: String)
    case diskFull(path: String)
    case notInitialized(path: String)
    /// Made before databases recorded their city (the seed's `city`).
    case noCity
    case notDurable(path: String, journalMode: String, synchronous: Int)
    case sqlite(path: String, message: String)
    /// A change the schema's own rules refuse (a constraint, or a trigger keeping a table append-only).
    case refused(path: String, message: String)
    /// The database server cannot be reached, or went away in the middle of a transaction (nothing of it was kept).
    case unavailable(path: String, reason: String)
    /// The server went away while committing, and did not come back to say whether it had.
    case outcomeUnknown(path: String)

    public var description: String {
        switch self {
        case .noPath:
            "no database given: --db needs the path of a database file made by `kofu store init`"
        case .isADirectory(let p):
            "\(p) is a directory, not a database file — give the path of the database file itself"
        case .notKofu(let p, let reason):
            "\(p) is not a Kofu database (\(reason)); it was left as it is — check the path"
        case .missing(let p):
            "no database at \(p) — run `kofu store init --db \(p)`"
        case .alreadyExists(let p):
            "a database already exists at \(p) — remove it first or choose another path"
        case .cannotOpen(let p, let reason):
            "cannot open database \(p): \(reason)"
        case .notADatabase(let p):
            "\(p) is corrupt or not a Kofu database — restore it from a backup or create a new one"
        case .busy(let p):
            "database \(p) is busy: another process kept it locked too long — try again"
        case .readOnly(let p):
            "database \(p) is read-only — check the permissions of the file and of its directory"
        case .diskFull(let p):
            "database \(p): the disk is full — free some space and try again"
        case .notInitialized(let p):
            "database \(p) has no public signing key: it was made before documents were signed, or not by "
                + "`kofu store init` — make it again (`kofu store init`; the demo's: `make demo-reset`)"
        case .noCity:
            "the database does not name its city (made by an older Kofu) — make it again with `kofu store init`"
        case .notDurable(let p, let mode, let synchronous):
            "database \(p) runs in \(mode) mode with synchronous=\(synchronous), not WAL with synchronous=FULL: "
                + "no money is taken (move it to a local disk)"
        case .sqlite(let p, let message):
            "database \(p): \(message)"
        case .refused(let p, let message):
            "database \(p) refused the change: \(message)"
        case .unavailable(let p, let reason):
            "database \(p) is unavailable (\(reason)) — nothing was changed; try again once the server is back"
        case .outcomeUnknown(let p):
            "database \(p) went away while recording a change and has not said whether it kept it — check with "
                + "`kofu ledger list` before anything is charged or handed back again"
        }
    }
}
