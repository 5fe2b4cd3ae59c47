import Foundation
import GRDB
import KofuCore

/// The city's database file: residents, credentials, the issuance journal, documents and the fee ledger.
/// Several processes (kiosks, the window, reports) may share it, hence WAL and a busy timeout.
public final class KofuDatabase: Sendable {
    public let backend: any SQLBackend
    /// What messages call the database: its file, or its server's URL without the password.
    public var path: String { backend.location }

    /// A database on `backend`, whose schema the backend has brought up to date.
    public init(backend: any SQLBackend) {
        self.backend = backend
    }

    /// Makes a new, empty database that knows the public half of `signingKey`, never the key itself. Refuses to
    /// touch an existing file.
    public static func create(at path: String, signingKey: SigningKey) throws -> KofuDatabase {
        guard !path.isEmpty else { throw StoreError.noPath }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            throw isDirectory.boolValue ? StoreError.isADirectory(path: path) : StoreError.alreadyExists(path: path)
        }
        try checkDirectory(of: path)
        let database = try connect(path: path, busyTimeout: busyTimeout)
        try database.recordPublicKey(of: signingKey)
        return database
    }

    /// Records the public half of `signingKey` in a store just made, on whichever backend.
    public func recordPublicKey(of signingKey: SigningKey) throws {
        try write { db in
            try db.execute(sql: "INSERT INTO settings (key, value) VALUES (?, ?)",
                           arguments: [Settings.publicKey, signingKey.publicKey.base64])
        }
    }

    /// Opens an existing Kofu database, bringing its schema up to date unless `readOnly`. A file that is not one
    /// (empty, not SQLite, another program's database) is refused before anything is written to it.
    public static func open(at path: String, readOnly: Bool = false) throws -> KofuDatabase {
        try open(at: path, readOnly: readOnly, busyTimeout: busyTimeout)
    }

    /// How long a writer waits for another process's transaction. Transactions last milliseconds, but a loaded
    /// machine can deschedule the process holding one: a customer waits a little longer rather than being turned away.
    static let busyTimeout: TimeInterval = 30

    static func open(at path: String, readOnly: Bool, busyTimeout: TimeInterval) throws -> KofuDatabase {
        try DatabaseFileCheck.existing(path)
        let reader = try connectReadOnly(path: path, busyTimeout: busyTimeout)
        try DatabaseFileCheck.isKofu(reader, path: path)
        if readOnly { return reader }
        try reader.backend.close()
        return try connect(path: path, busyTimeout: busyTimeout)
    }

    private static func connect(path: String, busyTimeout: TimeInterval) throws -> KofuDatabase {
        var config = Configuration()
        config.busyMode = BusyWait.mode(giveUpAfter: busyTimeout)
        config.label = "kofu"
        do {
            let pool = try DatabasePool(path: path, configuration: config)
            // A paid issuance must survive a power cut, not only a crash of the process: a full sync per commit.
            // Set on the pool's one writing connection once it is open, since opening it in WAL mode sets NORMAL.
            try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
            try Schema.migrator.migrate(pool)
            return KofuDatabase(backend: SQLiteBackend(path: path, pool: pool))
        } catch {
            throw SQLiteBackend.mapping(error, path: path)
        }
    }

    /// One read-only connection, which changes nothing in the file, not even its journal mode. In a directory the
    /// process may not write to, SQLite cannot make the shared-memory file a WAL database is read with: as no
    /// writer can be at work there either (it would have made that file), the database is read as immutable.
    private static func connectReadOnly(path: String, busyTimeout: TimeInterval) throws -> KofuDatabase {
        var config = Configuration()
        config.busyMode = BusyWait.mode(giveUpAfter: busyTimeout)
        config.readonly = true
        config.label = "kofu"
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let immutable = !FileManager.default.isWritableFile(atPath: directory)
            && !FileManager.default.fileExists(atPath: path + "-shm")
        do {
            let queue = try DatabaseQueue(path: immutable ? DatabaseFileCheck.immutableURI(path) : path,
                                          configuration: config)
            return KofuDatabase(backend: SQLiteBackend(path: path, pool: queue))
        } catch {
            throw SQLiteBackend.mapping(error, path: path)
        }
    }

    /// SQLite only says "unable to open" when the directory is wrong; say which directory and why.
    private static func checkDirectory(of path: String) throws {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else {
            throw StoreError.cannotOpen(path: path, reason: "directory \(directory) does not exist")
        }
        guard isDirectory.boolValue else {
            throw StoreError.cannotOpen(path: path, reason: "\(directory) is not a directory")
        }
        guard FileManager.default.isWritableFile(atPath: directory) else {
            throw StoreError.readOnly(path: path)
        }
    }

    func read<T>(_ body: (any SQLConnection) throws -> T) throws -> T {
        try backend.read(body)
    }

    /// One transaction, serialized with every other writer: everything in `body` is committed together, or nothing
    /// if it throws.
    func write<T>(_ body: (any SQLConnection) throws -> T) throws -> T {
        try backend.write(body)
    }

    /// What taking money needs from the database: every commit on disk before it is answered. Checked by the desks
    /// before they take anything.
    public func requireDurability() throws {
        try backend.requireDurability()
    }

    /// The id every serial of this store carries (set by migration v8).
    public func storeID() throws -> String {
        let id = try read { db in
            try String.fetchOne(db, sql: "SELECT value FROM settings WHERE key = ?", arguments: [Settings.storeID])
        }
        guard let id else { throw StoreError.notInitialized(path: path) }
        return id
    }

}

enum Settings {
    static let publicKey = "signing_public_key"
    static let storeID = "store_id"
}

/// Instants are stored as ISO-8601 UTC text, readable by people and sortable as text.
enum Timestamp {
    static func text(_ date: Date) -> String {
        InstantText.utc(date)
    }

    static func date(_ text: String) -> Date? {
        InstantText.lenientSeconds(text).map { Date(timeIntervalSince1970: TimeInterval($0)) }
    }
}
