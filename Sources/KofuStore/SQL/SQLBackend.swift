/// The engine behind a `KofuDatabase`: SQLite in a file (`SQLiteBackend`), or a PostgreSQL server that many centers
/// share (KofuStorePostgres). The store's rules run the same statements on either.
public protocol SQLBackend: Sendable {
    /// What the store's messages call the database: a file's path, or a server's URL without its password.
    var location: String { get }
    var dialect: SQLDialect { get }
    /// A consistent reading of the database.
    func read<T>(_ body: (any SQLConnection) throws -> T) throws -> T
    /// One transaction that writes: everything in `body` is committed together, or nothing if it throws. Writers
    /// are serialized across every process sharing the database, so what `body` reads stays true until it commits.
    func write<T>(_ body: (any SQLConnection) throws -> T) throws -> T
    /// The engine's own error in the store's words (`StoreError`); other errors pass through unchanged.
    func mapping(_ error: any Error) -> any Error
    /// Whether a committed payment survives a power cut; throws `StoreError.notDurable` when it would not.
    func requireDurability() throws
    /// The engine's own consistency check of its storage: "ok", or what it found.
    func integrityCheck() throws -> String
    func close() throws
}

/// The two SQL spellings the store's statements are written in, where they differ.
public enum SQLDialect: Sendable {
    case sqlite
    case postgres

    /// Whether `needle` occurs in `haystack`, both SQL expressions.
    func contains(_ haystack: String, _ needle: String) -> String {
        switch self {
        case .sqlite: "instr(\(haystack), \(needle)) > 0"
        case .postgres: "strpos(\(haystack), \(needle)) > 0"
        }
    }
}
