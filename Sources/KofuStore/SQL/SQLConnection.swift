/// One connection of the store's engine, lent to a transaction (`SQLBackend.read`/`write`). Statements are written
/// once, with `?` placeholders, in the SQL both engines share; where a dialect forces two spellings, `dialect` says
/// which to use.
public protocol SQLConnection: AnyObject {
    var dialect: SQLDialect { get }
    /// Runs one statement and calls `body` with each row it returns, in order.
    func each(_ sql: String, _ arguments: SQLArguments, _ body: (SQLRow) throws -> Void) throws
    /// Runs statements that take no arguments (a migration's script), several separated by `;`.
    func script(_ sql: String) throws
    /// The columns `table` has now, in their order.
    func columnNames(in table: String) throws -> [String]
}

/// A statement's text, run on the connection it was made for. The SQLite backend keeps each text's prepared
/// statement for the life of the connection; the PostgreSQL one sends it with its values each time.
public struct SQLStatement {
    let connection: any SQLConnection
    let sql: String

    public func execute(arguments: SQLArguments = []) throws {
        try connection.each(sql, arguments) { _ in }
    }
}

extension SQLConnection {
    public func cachedStatement(sql: String) -> SQLStatement { SQLStatement(connection: self, sql: sql) }

    public func execute(sql: String, arguments: SQLArguments = []) throws {
        try each(sql, arguments) { _ in }
    }

    public func rows(_ sql: String, _ arguments: SQLArguments = []) throws -> [SQLRow] {
        var rows: [SQLRow] = []
        try each(sql, arguments) { rows.append($0) }
        return rows
    }
}

extension SQLRow {
    public static func fetchAll(_ db: any SQLConnection, sql: String, arguments: SQLArguments = []) throws -> [SQLRow] {
        try db.rows(sql, arguments)
    }

    public static func fetchOne(_ db: any SQLConnection, sql: String, arguments: SQLArguments = []) throws -> SQLRow? {
        try db.rows(sql, arguments).first
    }

    public static func fetchAll(_ statement: SQLStatement, arguments: SQLArguments = []) throws -> [SQLRow] {
        try fetchAll(statement.connection, sql: statement.sql, arguments: arguments)
    }

    public static func fetchOne(_ statement: SQLStatement, arguments: SQLArguments = []) throws -> SQLRow? {
        try fetchOne(statement.connection, sql: statement.sql, arguments: arguments)
    }

    /// Calls `body` with each row as it is read, for results too long to hold at once.
    public static func forEach(_ statement: SQLStatement, arguments: SQLArguments = [],
                               _ body: (SQLRow) throws -> Void) throws {
        try statement.connection.each(statement.sql, arguments, body)
    }
}

/// The first column of each row, as GRDB's `Int.fetchAll` and friends read it.
extension SQLValueConvertible {
    public static func fetchAll(_ db: any SQLConnection, sql: String, arguments: SQLArguments = []) throws -> [Self] {
        var values: [Self] = []
        try db.each(sql, arguments) { row in
            if let first = row.values.first, let value = fromSQLValue(first) { values.append(value) }
        }
        return values
    }

    /// The first column of the first row; nil when there is no row or it is NULL.
    public static func fetchOne(_ db: any SQLConnection, sql: String, arguments: SQLArguments = []) throws -> Self? {
        try SQLRow.fetchOne(db, sql: sql, arguments: arguments).flatMap { $0.values.first }.flatMap(fromSQLValue)
    }

    public static func fetchAll(_ statement: SQLStatement, arguments: SQLArguments = []) throws -> [Self] {
        try fetchAll(statement.connection, sql: statement.sql, arguments: arguments)
    }

    public static func fetchOne(_ statement: SQLStatement, arguments: SQLArguments = []) throws -> Self? {
        try fetchOne(statement.connection, sql: statement.sql, arguments: arguments)
    }
}

/// "?, ?, ?" for `count` placeholders.
func questionMarks(count: Int) -> String {
    Array(repeating: "?", count: count).joined(separator: ", ")
}
