import Foundation
import GRDB

/// What `--db` must name before Kofu reads or migrates it: an existing, non-empty SQLite file that Kofu made. A
/// migration run on anything else would change a file that is not the city's (an empty file made by mistake,
/// another program's database).
enum DatabaseFileCheck {
    static let sqliteHeader = Data("SQLite format 3\u{0}".utf8)

    static func existing(_ path: String) throws {
        guard !path.isEmpty else { throw StoreError.noPath }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw StoreError.missing(path: path)
        }
        guard !isDirectory.boolValue else { throw StoreError.isADirectory(path: path) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw StoreError.cannotOpen(path: path, reason: "it cannot be read (permission denied)")
        }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: sqliteHeader.count)) ?? nil
        guard let header, !header.isEmpty else { throw StoreError.notKofu(path: path, reason: "the file is empty") }
        guard header == sqliteHeader else { throw StoreError.notADatabase(path: path) }
    }

    /// Kofu's first migration made these tables; another program's database lacks them.
    static func isKofu(_ database: KofuDatabase, path: String) throws {
        let found = try database.read { db in
            try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM sqlite_master
                WHERE type = 'table' AND name IN ('grdb_migrations', 'settings', 'ledger')
                """) == 3
                && (try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM grdb_migrations WHERE identifier = 'v1')")
                    ?? false)
        }
        guard found else { throw StoreError.notKofu(path: path, reason: "it holds no Kofu tables") }
    }

    /// An SQLite URI for reading a file that cannot change while it is open (nobody can write its directory).
    static func immutableURI(_ path: String) -> String {
        let absolute = URL(fileURLWithPath: path).path
        var escaped = ""
        for scalar in absolute.unicodeScalars {
            switch scalar {
            case "%", "?", "#": escaped += String(format: "%%%02X", scalar.value)
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return "file:" + escaped + "?immutable=1"
    }
}
