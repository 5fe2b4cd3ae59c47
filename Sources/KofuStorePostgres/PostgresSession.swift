import Foundation
import KofuStore
import Logging
import NIOCore
import Synchronization
import PostgresNIO

/// One server connection lent to a transaction. Statements arrive written with `?` placeholders; each is sent with
/// `$1…$n` in their place and its values bound, never spliced into the text. Calls wait for the server on the
/// calling thread, which is never one of NIO's event loops (the store's callers block by design).
final class PostgresSession: SQLConnection {
    let connection: PostgresConnection
    var dialect: SQLDialect { .postgres }
    private let logger: Logger

    init(_ connection: PostgresConnection, logger: Logger) {
        self.connection = connection
        self.logger = logger
    }

    func each(_ sql: String, _ arguments: SQLArguments, _ body: (SQLRow) throws -> Void) throws {
        var bindings = PostgresBindings(capacity: arguments.values.count)
        for value in arguments.values {
            switch value {
            case .null: bindings.appendNull()
            case .integer(let number): bindings.append(number)
            case .real(let number): bindings.append(number)
            case .text(let text): bindings.append(text)
            case .blob(let data): bindings.append(ByteBuffer(bytes: data))
            }
        }
        let query = PostgresQuery(unsafeSQL: Placeholders.numbered(sql), binds: bindings)
        let result = try answer(connection.query(query, logger: logger))
        for row in result.rows {
            var columns: [String] = []
            var values: [SQLValue] = []
            for cell in row {
                columns.append(cell.columnName)
                values.append(try Self.value(cell))
            }
            try body(SQLRow(columns: columns, values: values))
        }
    }

    /// Runs each statement of `sql` in turn (the driver sends one statement per message).
    func script(_ sql: String) throws {
        for statement in Statements.split(sql) {
            _ = try answer(connection.query(PostgresQuery(unsafeSQL: statement), logger: logger))
        }
    }

    /// The server's answer, or the connection's end: a query sent while the server was closing the connection (a
    /// restart) may never be answered, and waiting for it would hold the caller, and a center's shutdown, for ever.
    /// No answer within `patience` ends the connection too (a server that vanished without closing it).
    private func answer<T: Sendable>(_ future: EventLoopFuture<T>) throws -> T {
        let loop = future.eventLoop
        let connection = self.connection
        let settled = FirstAnswer(loop.makePromise(of: T.self))
        future.whenComplete { settled.complete($0) }
        connection.closeFuture.whenComplete { _ in settled.complete(.failure(ConnectionLost())) }
        let patience = loop.scheduleTask(in: Self.patience) { let _: EventLoopFuture<Void> = connection.close() }
        defer { patience.cancel() }
        return try settled.promise.futureResult.wait()
    }

    /// The connection ended before the server answered.
    struct ConnectionLost: Error {}

    /// A promise kept by whichever comes first, the answer or the connection's end.
    final class FirstAnswer<T: Sendable>: Sendable {
        let promise: EventLoopPromise<T>
        private let done = Mutex(false)

        init(_ promise: EventLoopPromise<T>) { self.promise = promise }

        func complete(_ result: Result<T, any Error>) {
            if !done.withLock({ done in defer { done = true }; return done }) { promise.completeWith(result) }
        }
    }

    /// Longer than any statement may run (`statement_timeout`) or wait for the writers' lock (`lock_timeout`).
    static let patience = TimeAmount.seconds(75)

    func columnNames(in table: String) throws -> [String] {
        try String.fetchAll(self, sql: """
            SELECT column_name FROM information_schema.columns
            WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position
            """, arguments: [table])
    }

    /// A cell read into SQLite's storage classes: integers (and booleans, 0 or 1) as integers, whole numerics
    /// (what SUM gives) as integers, texts as texts, bytea as blobs.
    static func value(_ cell: PostgresCell) throws -> SQLValue {
        guard cell.bytes != nil else { return .null }
        switch cell.dataType {
        case .int2, .int4, .int8, .oid:
            return .integer(try cell.decode(Int64.self))
        case .bool:
            return .integer(try cell.decode(Bool.self) ? 1 : 0)
        case .float4, .float8:
            return .real(try cell.decode(Double.self))
        case .numeric:
            let text = "\(try cell.decode(Decimal.self))"
            return Int64(text).map(SQLValue.integer) ?? .real(Double(text) ?? .nan)
        case .bytea:
            return .blob(try cell.decode(Data.self))
        default:
            return .text(try cell.decode(String.self))
        }
    }
}

/// The store's `?` placeholders as PostgreSQL's `$1…$n` (and SQLite's numbered `?NNN` as `$NNN`), leaving alone a
/// `?` inside a quoted text, a quoted name or a comment. A statement uses one kind or the other, as SQLite requires.
enum Placeholders {
    /// NSCache locks itself; the texts are the store's own statements, a few hundred at most.
    nonisolated(unsafe) private static let cache = NSCache<NSString, NSString>()

    static func numbered(_ sql: String) -> String {
        if let cached = cache.object(forKey: sql as NSString) { return cached as String }
        var result = ""
        var count = 0
        var quote: Character?
        var comment = false
        let characters = Array(sql)
        for (index, character) in characters.enumerated() {
            if comment {
                if character == "\n" { comment = false }
            } else if let open = quote {
                if character == open { quote = nil }
            } else if character == "'" || character == "\"" {
                quote = character
            } else if character == "-", index > 0, characters[index - 1] == "-" {
                comment = true
            } else if character == "?" {
                let numbered = index + 1 < characters.count && characters[index + 1].isASCII
                    && characters[index + 1].isNumber
                count += 1
                result += numbered ? "$" : "$\(count)"
                continue
            }
            result.append(character)
        }
        cache.setObject(result as NSString, forKey: sql as NSString)
        return result
    }
}

/// A script cut into its statements at each `;` outside a quoted text or name, a comment, or a `$$` body.
enum Statements {
    static func split(_ sql: String) -> [String] {
        var statements: [String] = []
        var current = ""
        var quote: Character?
        var comment = false
        var dollar = false
        var previous: Character?
        for character in sql {
            current.append(character)
            if comment {
                if character == "\n" { comment = false }
            } else if dollar {
                if character == "$", previous == "$" { dollar = false; previous = nil; continue }
            } else if let open = quote {
                if character == open { quote = nil }
            } else if character == "'" || character == "\"" {
                quote = character
            } else if character == "-", previous == "-" {
                comment = true
            } else if character == "$", previous == "$" {
                dollar = true
                previous = nil
                continue
            } else if character == ";" {
                statements.append(String(current.dropLast()))
                current = ""
            }
            previous = character
        }
        statements.append(current)
        return statements.filter { !$0.allSatisfy { $0.isWhitespace || $0 == ";" } }
    }
}
