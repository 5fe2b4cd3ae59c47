import Foundation
import KofuStore
import Logging
import NIOCore
import NIOPosix
import PostgresNIO

/// The store on a PostgreSQL server that several centers share.
///
/// Writers take turns through one transaction-scoped advisory lock, taken first in every write transaction by every
/// process on the database: the same one-writer-at-a-time order SQLite's file lock gives, so the rules written for
/// SQLite (the chains' heads, gapless serials, a refund checked against its charge) hold unchanged with many
/// centers. SERIALIZABLE would give the same answers, but every two payments conflict on the ledger's head, so one
/// of them would fail and be retried; the lock makes the second wait instead, for the few milliseconds a payment's
/// transaction lasts. Readers take a REPEATABLE READ snapshot and never wait for writers.
public final class PostgresBackend: SQLBackend, @unchecked Sendable {
    public let location: String
    public var dialect: SQLDialect { .postgres }
    public let place: PostgresLocation
    private let logger: Logger
    private let condition = NSCondition()
    private var idle: [PostgresConnection] = []
    private var opened = 0
    private let limit: Int
    private var nextID = 0
    private var closed = false

    /// The advisory lock every writer of a Kofu database takes (an arbitrary constant: "KOFU" in ASCII).
    static let writerLock: Int64 = 0x4B4F_4655

    /// Connects once, so that a wrong URL or a server that is down is told at once.
    public init(_ place: PostgresLocation, connections: Int = 8) throws {
        self.place = place
        self.location = place.description
        self.limit = max(1, connections)
        var logger = Logger(label: "kofu.postgres")
        logger.logLevel = .critical
        self.logger = logger
        let first = try connect()
        condition.lock()
        idle.append(first)
        opened = 1
        condition.unlock()
    }

    public func read<T>(_ body: (any SQLConnection) throws -> T) throws -> T {
        try transaction(begin: "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", writes: false, body)
    }

    public func write<T>(_ body: (any SQLConnection) throws -> T) throws -> T {
        try transaction(begin: "BEGIN ISOLATION LEVEL READ COMMITTED; SELECT pg_advisory_xact_lock(\(Self.writerLock))",
                        writes: true, body)
    }

    /// Runs `body` outside any transaction of ours, under the writers' lock held for the session (migrations, which
    /// make their own transaction).
    func exclusive<T>(_ body: (PostgresSession) throws -> T) throws -> T {
        try withConnection { connection in
            let session = PostgresSession(connection, logger: logger)
            try session.script("SELECT pg_advisory_lock(\(Self.writerLock))")
            defer { try? session.script("SELECT pg_advisory_unlock(\(Self.writerLock))") }
            return try body(session)
        }
    }

    private func transaction<T>(begin: String, writes: Bool, _ body: (any SQLConnection) throws -> T) throws -> T {
        do {
            var idleConnectionLost = false
            repeat {
                let connection = try checkOut()
                defer { checkIn(connection) }
                let session = PostgresSession(connection, logger: logger)
                do {
                    try session.script(begin)
                } catch where connection.isClosed && !idleConnectionLost {
                    // The server went away while this connection sat idle (a restart): nothing of the transaction
                    // reached it, so it starts again on a new connection, once.
                    idleConnectionLost = true
                    continue
                } catch {
                    // Begun but not locked (a lock timeout, a cancel): the connection goes back without it.
                    if !connection.isClosed { try? session.script("ROLLBACK") }
                    throw error
                }
                let result: T
                let transaction: Int64?
                do {
                    result = try body(session)
                    transaction = writes
                        ? try Int64.fetchOne(session, sql: "SELECT pg_current_xact_id_if_assigned()::text::bigint") : nil
                } catch {
                    if !connection.isClosed { try? session.script("ROLLBACK") }
                    throw error
                }
                do {
                    try session.script("COMMIT")
                } catch where connection.isClosed && transaction != nil {
                    // The connection went with the COMMIT: whether it was made is asked of the server, since a payment
                    // must not be called failed (and its cash handed back) when it was recorded.
                    try settle(transaction!, after: error)
                }
                return result
            } while true
        } catch {
            throw mapping(error)
        }
    }

    /// Asks the server, over new connections, for up to `outcomeWait`, how transaction `id` ended: returns when it was
    /// committed; throws `error` when it was not; throws `StoreError.outcomeUnknown` when the server never says.
    func settle(_ id: Int64, after error: any Error) throws {
        let deadline = Date().addingTimeInterval(Self.outcomeWait)
        repeat {
            if let connection = try? connect() {
                defer { _ = try? connection.close().wait() }
                let status = try? String.fetchOne(PostgresSession(connection, logger: logger),
                                                  sql: "SELECT pg_xact_status(?::text::xid8)", arguments: [id])
                switch status {
                case "committed": return
                case "aborted": throw error
                default: break
                }
            }
            Thread.sleep(forTimeInterval: 0.5)
        } while Date() < deadline
        throw StoreError.outcomeUnknown(path: location)
    }

    /// How long the outcome of a cut-off COMMIT is asked for: long enough for a server to restart.
    static let outcomeWait: TimeInterval = 30

    /// Lends an open connection (opening one when none is idle and fewer than `limit` are open), and takes it back
    /// unless it closed meanwhile (a server restarted: the next caller connects anew).
    private func withConnection<T>(_ body: (PostgresConnection) throws -> T) throws -> T {
        let connection = try checkOut()
        defer { checkIn(connection) }
        return try body(connection)
    }

    private func checkOut() throws -> PostgresConnection {
        condition.lock()
        while true {
            while let connection = idle.popLast() {
                if !connection.isClosed { condition.unlock(); return connection }
                opened -= 1
            }
            if opened < limit { break }
            condition.wait()
        }
        opened += 1
        condition.unlock()
        do {
            return try connect()
        } catch {
            condition.lock()
            opened -= 1
            condition.signal()
            condition.unlock()
            throw error
        }
    }

    private func checkIn(_ connection: PostgresConnection) {
        condition.lock()
        let keep = !connection.isClosed && !closed
        if keep { idle.append(connection) } else { opened -= 1 }
        condition.signal()
        condition.unlock()
        if !keep, !connection.isClosed { _ = try? connection.close().wait() }
    }

    /// Set on every connection: a writer waits for the writers' lock as long as an SQLite writer waits for the file
    /// (then `StoreError.busy`); a statement or a transaction left open by a stuck process does not hold the lock
    /// (and every center's writers) for ever.
    static let sessionSettings = [("lock_timeout", "30s"), ("statement_timeout", "60s"),
                                  ("idle_in_transaction_session_timeout", "60s")]

    private func connect() throws -> PostgresConnection {
        condition.lock()
        nextID += 1
        let id = nextID
        condition.unlock()
        do {
            var configuration = place.configuration
            configuration.options.additionalStartupParameters = Self.sessionSettings
            return try PostgresConnection.connect(on: MultiThreadedEventLoopGroup.singleton.next(),
                                                  configuration: configuration, id: id, logger: logger).wait()
        } catch {
            let mapped = mapping(error)
            if case StoreError.unavailable = mapped {
                throw StoreError.unavailable(path: location, reason: "no answer from \(place.host):\(place.port)")
            }
            throw mapped
        }
    }

    public func mapping(_ error: any Error) -> any Error {
        PostgresErrors.mapping(error, location: location)
    }

    /// Every commit flushed to the server's disk before it is answered.
    public func requireDurability() throws {
        let (fsync, synchronous) = try read { db in
            (try String.fetchOne(db, sql: "SELECT current_setting('fsync')") ?? "",
             try String.fetchOne(db, sql: "SELECT current_setting('synchronous_commit')") ?? "")
        }
        guard fsync == "on", synchronous != "off" else {
            throw StoreError.notDurable(path: location, journalMode: "fsync=\(fsync)",
                                        synchronous: synchronous == "off" ? 0 : 2)
        }
    }

    /// The server checks its pages itself; what Kofu can see is whether its schema is whole.
    public func integrityCheck() throws -> String {
        let missing = try read { db in
            try PostgresSchema.tables.filter { try db.columnNames(in: $0).isEmpty }
        }
        return missing.isEmpty ? "ok" : "missing tables: \(missing.joined(separator: ", "))"
    }

    /// Closes the idle connections now and the others as they come back.
    public func close() throws {
        condition.lock()
        closed = true
        let connections = idle
        idle.removeAll()
        opened -= connections.count
        condition.unlock()
        for connection in connections { try? connection.close().wait() }
    }

    deinit { try? close() }
}
