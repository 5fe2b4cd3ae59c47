import Foundation
import GRDB
import KofuCore
import KofuStore
import Testing

/// What `--db` and the other arguments may name, said in a line the operator can act on; files that are not the
/// city's database are never changed; read-only commands work where nothing can be written.
@Suite struct DatabaseFileEndToEndTests {
    let store: ScratchStore

    init() throws {
        store = try ScratchStore()
    }

    func refusal(_ arguments: [String]) throws -> String {
        let result = try Kofu.outcome(arguments)
        #expect(result.status != 0, "kofu \(arguments.joined(separator: " ")) must fail")
        #expect(!result.errors.contains("Foundation") && !result.errors.contains("NSCocoaErrorDomain"))
        return result.errors
    }

    @Test func clearMessagesForBadArguments() throws {
        #expect(try refusal(["ledger", "list", "--db", ""]).contains("--db needs the path of a database file"))
        #expect(try refusal(["store", "init", "--db", ""]).contains("--db needs the path of a database file"))
        #expect(try refusal(["kiosk", "--db", store.directory.path]).contains("is a directory, not a database file"))
        #expect(try refusal(["store", "init", "--db", store.directory.path]).contains("is a directory"))
        let seed = store.directory.appendingPathComponent("missing.json").path
        #expect(try refusal(["store", "init", "--db", store.directory.appendingPathComponent("new.sqlite").path,
                             "--seed", seed]) .contains("seed file \(seed) cannot be read: there is no such file"))
        for now in ["2026-02-30T10:00:00+09:00", "2026-11-25T10:00:00+25:00", "2026-11-25T24:00"] {
            #expect(try refusal(["kiosk", "--db", store.database, "--now", now]).contains("is not a real date and time"))
            #expect(try refusal(["window", "--db", store.database, "--now", now]).contains("is not a real date and time"))
        }
        #expect(try refusal(["kiosk", "--db", store.database, "--terminal", "K\u{1b}[2J"])
            .contains("no control characters"))
    }

    /// An empty file and another program's SQLite database are refused by every command, and left byte for byte.
    @Test func aFileKofuDidNotMakeIsNeverMigrated() throws {
        let empty = store.directory.appendingPathComponent("empty.sqlite").path
        FileManager.default.createFile(atPath: empty, contents: Data())
        let foreign = store.directory.appendingPathComponent("foreign.sqlite").path
        do {
            let queue = try DatabaseQueue(path: foreign)
            try queue.write { db in try db.execute(sql: "CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('x')") }
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: foreign))
        for path in [empty, foreign] {
            for command in [["kiosk"], ["window"], ["ledger", "list"], ["staff", "list"],
                            ["staff", "unlock", "--id", "S001", "--supervisor", "S101"]] {
                #expect(try refusal(command + ["--db", path]).contains("is not a Kofu database"))
            }
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: empty)).isEmpty)
        #expect(try Data(contentsOf: URL(fileURLWithPath: foreign)) == before, "not even its journal mode changed")
        for suffix in ["-wal", "-shm"] { #expect(!FileManager.default.fileExists(atPath: foreign + suffix)) }
    }

    /// The reports read the database read-only: in a directory where nothing can be written (for root, run as
    /// nobody) they work and leave no file behind.
    @Test func readOnlyCommandsWorkInAReadOnlyDirectory() throws {
        try store.issueAtTheWindow()
        chmod(store.database, 0o644)
        chmod(store.directory.path, 0o555)
        defer { chmod(store.directory.path, 0o755) }
        let before = try FileManager.default.contentsOfDirectory(atPath: store.directory.path).sorted()
        let commands = [["ledger", "list"], ["report", "daily", "--date", "2026-11-25"], ["store", "cards"],
                        ["staff", "list"]]
        for command in commands {
            let result = try Self.runWithoutWriteAccess(command + ["--db", store.database])
            #expect(result.status == 0, "\(command): \(result.errors)")
            #expect(!result.output.isEmpty)
        }
        #expect(try Self.runWithoutWriteAccess(["ledger", "list", "--db", store.database]).output.contains("300"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: store.directory.path).sorted() == before)
    }

    /// Root may write anywhere, so the command then runs as nobody; anyone else is already kept out by the mode.
    static func runWithoutWriteAccess(_ arguments: [String]) throws -> ChildProcess.Result {
        let environment = ["LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"]
        guard getuid() == 0 else { return try ChildProcess.run(try Kofu.binary(), arguments, environment: environment) }
        return try ChildProcess.run("/usr/bin/setpriv", ["--reuid=nobody", "--regid=nogroup", "--clear-groups",
                                                         try Kofu.binary()] + arguments, environment: environment)
    }

    /// A row no Kofu wrote is named on standard error; the list and the report still print, and exit 1.
    @Test func anUnexpectedLedgerRowIsReportedNotCrashedOn() throws {
        try store.issueAtTheWindow()
        do {
            let queue = try DatabaseQueue(path: store.database)
            try queue.write { db in
                // Another tool, used by someone who first dropped the chain's guard.
                try db.execute(sql: "DROP TRIGGER ledger_chained")
                try db.execute(sql: """
                    INSERT INTO ledger (entry_type, channel, terminal, kind, copies, unit_fee, amount, business_date,
                        created_at)
                    VALUES ('charge', 'window', 'W-01'||char(27)||'[2J', 'stamp', 1, 300, 300, '2026-11-25',
                        '2026-11-25T01:00:00Z')
                    """)
            }
        }
        for command in [["ledger", "list"], ["report", "daily", "--date", "2026-11-25"]] {
            let result = try Kofu.outcome(command + ["--db", store.database])
            #expect(result.status == 1)
            #expect(result.output.contains("300"), "the rows that fit are printed")
            #expect(!result.output.contains("stamp") && !result.output.contains("\u{1b}"))
            #expect(result.errors.contains("ledger row 2: kind \"stamp\" is no certificate kind"))
            #expect(result.errors.contains("1 unexpected ledger row was left out"))
        }
    }
}
