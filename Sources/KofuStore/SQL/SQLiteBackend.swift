import Foundation
import GRDB

/// The store in one SQLite file: WAL, so kiosks, the window and reports can share it; writers take the file's
/// lock (GRDB opens every write transaction IMMEDIATE), one at a time across every process.
final class SQLiteBackend: SQLBackend {
    let location: String
    var dialect: SQLDialect { .sqlite }
    /// A pool of connections (WAL) for reading and writing; one read-only connection for the read-only commands.
    let pool: any DatabaseWriter

    init(path: String, pool: any DatabaseWriter) {
        self.location = path
        self.pool = pool
    }

    func read<T>(_ body: (any SQLConnection) throws -> T) throws -> T {
        do { return try pool.read { try body(GRDBConnection($0)) } } catch { throw mapping(error) }
    }

    func write<T>(_ body: (any SQLConnection) throws -> T) throws -> T {
        do { return try pool.write { try body(GRDBConnection($0)) } } catch { throw mapping(error) }
    }

    /// SQLite's result codes turned into `StoreError`; errors that are not SQLite's pass through unchanged.
    func mapping(_ error: any Error) -> any Error { Self.mapping(error, path: location) }

    static func mapping(_ error: any Error, path: String) -> any Error {
        guard let e = error as? DatabaseError else { return error }
        switch e.resultCode {
        case .SQLITE_CORRUPT, .SQLITE_NOTADB: return StoreError.notADatabase(path: path)
        case .SQLITE_BUSY, .SQLITE_LOCKED: return StoreError.busy(path: path)
        case .SQLITE_READONLY: return StoreError.readOnly(path: path)
        case .SQLITE_FULL: return StoreError.diskFull(path: path)
        case .SQLITE_CONSTRAINT: return StoreError.refused(path: path, message: e.message ?? e.description)
        case .SQLITE_CANTOPEN:
            return StoreError.cannotOpen(path: path, reason: "its directory is missing or not writable")
        default: return StoreError.sqlite(path: path, message: e.message ?? e.description)
        }
    }

    /// WAL, and every commit synced to disk. Asked of the connection that writes: it is the one whose commits must
    /// reach the disk. A file on a filesystem without WAL support silently falls back to another mode.
    func requireDurability() throws {
        let (mode, synchronous) = try write { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "", try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? 0)
        }
        guard mode.lowercased() == "wal", synchronous == 2 else {
            throw StoreError.notDurable(path: location, journalMode: mode, synchronous: synchronous)
        }
    }

    func integrityCheck() throws -> String {
        try read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "; ") }
    }

    func close() throws {
        if let pool = pool as? DatabasePool { try pool.close() } else if let queue = pool as? DatabaseQueue { try queue.close() }
    }
}
