import Foundation
import KofuStore
import KofuStorePostgres

/// What `--db` names: an SQLite file's path, or a PostgreSQL database's `postgres://user@host:port/dbname` URL. Every
/// command opens and makes stores through here, so each takes either.
enum StoreLocation {
    static func isServer(_ db: String) -> Bool { PostgresLocation.isURL(db) }

    static func open(_ db: String, readOnly: Bool = false) throws -> KofuDatabase {
        isServer(db) ? try PostgresStore.open(PostgresLocation(url: db), readOnly: readOnly)
            : try KofuDatabase.open(at: db, readOnly: readOnly)
    }

    /// A new, empty store. On a server, the database is made first when it does not exist yet.
    static func create(_ db: String, signingKey: SigningKey) throws -> KofuDatabase {
        guard isServer(db) else { return try KofuDatabase.create(at: db, signingKey: signingKey) }
        let database = try createEmpty(db)
        try database.recordPublicKey(of: signingKey)
        return database
    }

    /// A store on a server with its tables and nothing in them, for `create` or a store moved there.
    static func createEmpty(_ db: String) throws -> KofuDatabase {
        let place = try PostgresLocation(url: db)
        do {
            return try PostgresStore.createEmpty(place)
        } catch StoreError.missing {
            try PostgresServer.createDatabase(place.database, on: place.sibling("postgres"))
            return try PostgresStore.createEmpty(place)
        }
    }

    /// Undoes `create` after a failed load: removes the file, or drops what the store made in the server's
    /// database (never the database itself, which may hold more than Kofu's).
    static func remove(_ db: String) {
        if isServer(db) {
            if let place = try? PostgresLocation(url: db) { try? PostgresStore.drop(place) }
        } else {
            try? FileManager.default.removeItem(atPath: db)
        }
    }
}
