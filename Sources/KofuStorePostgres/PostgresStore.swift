import KofuStore

/// A Kofu store on a PostgreSQL server: made by `kofu store init --db postgres://…`, then opened by every center,
/// staff command and report that names the same URL.
public enum PostgresStore {
    /// Makes the store in `place`'s database, which must exist and hold no Kofu store yet.
    public static func create(_ place: PostgresLocation, signingKey: SigningKey) throws -> KofuDatabase {
        let database = try createEmpty(place)
        try database.recordPublicKey(of: signingKey)
        return database
    }

    /// The store's tables in `place`'s database, with nothing in them yet, not even the city's public key.
    public static func createEmpty(_ place: PostgresLocation) throws -> KofuDatabase {
        let backend = try PostgresBackend(place)
        guard try !isKofu(backend) else { throw StoreError.alreadyExists(path: place.description) }
        try migrate(backend)
        return KofuDatabase(backend: backend)
    }

    /// Opens the store in `place`'s database, bringing its schema up to date unless `readOnly`.
    public static func open(_ place: PostgresLocation, readOnly: Bool = false) throws -> KofuDatabase {
        let backend = try PostgresBackend(place)
        guard try isKofu(backend) else {
            throw StoreError.notKofu(path: place.description, reason: "it holds no Kofu tables; make the store with "
                                     + "`kofu store init --db \(place.description)`")
        }
        if !readOnly { try migrate(backend) }
        return KofuDatabase(backend: backend)
    }

    /// Removes every table and function the store made in `place`'s database, leaving whatever else it holds.
    public static func drop(_ place: PostgresLocation) throws {
        let backend = try PostgresBackend(place)
        defer { try? backend.close() }
        try backend.exclusive { session in
            try session.script("""
                DROP TABLE IF EXISTS \((PostgresSchema.tables + ["kofu_migrations"]).joined(separator: ", ")) CASCADE;
                DROP FUNCTION IF EXISTS kofu_refuse(), kofu_chained(), kofu_next_id(TEXT)
                """)
        }
    }

    static func isKofu(_ backend: PostgresBackend) throws -> Bool {
        try backend.read { db in !(try db.columnNames(in: "kofu_migrations")).isEmpty }
    }

    /// Applies the migrations not yet applied, all in one transaction (a failed one leaves the database as it was,
    /// not even the migrations' table), with every other writer waiting: the first of several centers started at
    /// once migrates, the others find it done.
    static func migrate(_ backend: PostgresBackend) throws {
        do {
            try backend.exclusive { session in
                try session.script("BEGIN")
                do {
                    try session.script("CREATE TABLE IF NOT EXISTS kofu_migrations (identifier TEXT PRIMARY KEY)")
                    let applied = Set(try String.fetchAll(session, sql: "SELECT identifier FROM kofu_migrations"))
                    for migration in PostgresSchema.migrations where !applied.contains(migration.identifier) {
                        try session.script(migration.sql)
                        try session.execute(sql: "INSERT INTO kofu_migrations (identifier) VALUES (?)",
                                            arguments: [migration.identifier])
                    }
                    try session.script("COMMIT")
                } catch {
                    try? session.script("ROLLBACK")
                    throw error
                }
            }
        } catch {
            throw backend.mapping(error)
        }
    }
}
