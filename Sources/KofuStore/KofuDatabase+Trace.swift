import GRDB

/// What the benchmark asks of an SQLite file in particular; on another engine there is nothing to trace or copy.
extension KofuDatabase {
    /// Reports every statement the writing connection runs, with placeholders and with its values written in, for
    /// `kofu bench` to replay the same work in C. The values are what is written, personal data included: only for
    /// a throw-away database.
    public func traceWrites(_ report: @escaping @Sendable (_ sql: String, _ expanded: String) -> Void) throws {
        try sqliteFile().writeWithoutTransaction { db in
            db.trace(options: .statement) { event in
                if case .statement(let statement) = event { report(statement.sql, statement.expandedSQL) }
            }
        }
    }

    /// A consistent copy of the whole database at `path` (which must not exist), while other connections may write.
    public func snapshot(to path: String) throws {
        try sqliteFile().writeWithoutTransaction { db in try db.execute(sql: "VACUUM INTO ?", arguments: [path]) }
    }

    private func sqliteFile() throws -> any DatabaseWriter {
        guard let sqlite = backend as? SQLiteBackend else {
            throw StoreError.sqlite(path: path, message: "only an SQLite file can be traced or copied this way")
        }
        return sqlite.pool
    }
}
