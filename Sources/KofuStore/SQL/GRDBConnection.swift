import GRDB

/// A GRDB connection lent to one transaction, spoken to through `SQLConnection`. It must not outlive the closure
/// GRDB lent the connection to.
final class GRDBConnection: SQLConnection {
    let db: Database
    var dialect: SQLDialect { .sqlite }

    init(_ db: Database) { self.db = db }

    func each(_ sql: String, _ arguments: SQLArguments, _ body: (SQLRow) throws -> Void) throws {
        let statement = try db.cachedStatement(sql: sql)
        let columns = statement.columnNames
        let rows = try Row.fetchCursor(statement, arguments: StatementArguments(arguments.values.map(\.databaseValue)))
        while let row = try rows.next() {
            // One array per row, read column by column from the statement (an export reads a million rows).
            var values: [SQLValue] = []
            values.reserveCapacity(columns.count)
            for index in columns.indices { values.append(SQLValue(row[index] as DatabaseValue)) }
            try body(SQLRow(columns: columns, values: values))
        }
    }

    func script(_ sql: String) throws {
        try db.execute(sql: sql)
    }

    func columnNames(in table: String) throws -> [String] {
        try db.columns(in: table).map(\.name)
    }
}

extension SQLValue {
    init(_ value: DatabaseValue) {
        switch value.storage {
        case .null: self = .null
        case .int64(let number): self = .integer(number)
        case .double(let number): self = .real(number)
        case .string(let text): self = .text(text)
        case .blob(let data): self = .blob(data)
        }
    }

    var databaseValue: DatabaseValue {
        switch self {
        case .null: .null
        case .integer(let number): number.databaseValue
        case .real(let number): number.databaseValue
        case .text(let text): text.databaseValue
        case .blob(let data): data.databaseValue
        }
    }
}
