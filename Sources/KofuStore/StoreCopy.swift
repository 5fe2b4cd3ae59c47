/// A whole store copied into another, empty one on another engine (`kofu store migrate`): every table, row for
/// row, in one transaction on each side, then both ledgers verified and every table counted on both sides.
extension KofuDatabase {
    /// Every table of the store, each after the tables it refers to.
    public static let tables = ["municipality", "household", "resident", "credential", "seal_registration",
                                "income_record", "settings", "staff", "terminal", "issuance", "document", "ledger",
                                "audit", "tax_payment", "business", "window_close", "window_payment", "refund_record",
                                "receipt_print", "issue_request", "pin_ticket", "staff_session"]

    /// What both sides hold once the copy is made: the same verified ledger and the same number of rows in each
    /// table.
    public struct CopyReport: Sendable, Equatable {
        public var ledger: LedgerChainSummary
        public var rows: [String: Int]
    }

    /// Copies this store into `target`, a store on PostgreSQL made moments ago and holding nothing yet (its own
    /// settings give way to this store's: the same id, so serials go on as they were, and the same public key).
    /// Refused when this store's ledger does not verify: a copy would carry the damage over.
    public func copy(into target: KofuDatabase) throws -> CopyReport {
        guard case .intact(let chain) = try verifyLedger() else {
            throw StoreCopyError.sourceTampered(path: path, verdict: try verifyLedger().description)
        }
        guard target.backend.dialect == .postgres else { throw StoreCopyError.notToPostgres(path: target.path) }
        let rows = try read { source in
            try target.write { destination in
                try destination.execute(sql: "DELETE FROM settings")
                var rows: [String: Int] = [:]
                for table in Self.tables {
                    rows[table] = try Self.copy(table, from: source, to: destination)
                }
                // Ids handed out go on from where the source left them, deleted rows included.
                for table in ["issuance", "document", "ledger", "audit"] {
                    try destination.execute(sql: """
                        UPDATE chain_counter SET handed_out = GREATEST(?, (SELECT COALESCE(MAX(id), 0) FROM \(table)))
                        WHERE name = ?
                        """, arguments: [try ChainedTable.handedOut(table, source), table])
                }
                return rows
            }
        }
        let copied = try target.read { db in
            try Dictionary(uniqueKeysWithValues: Self.tables.map { table in
                (table, try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0)
            })
        }
        guard case .intact(let copiedChain) = try target.verifyLedger(), copiedChain == chain, copied == rows else {
            throw StoreCopyError.copyDiffers(path: target.path, verdict: try target.verifyLedger().description)
        }
        return CopyReport(ledger: chain, rows: rows)
    }

    /// One table's rows, chained ones in chain order (which the verified chain says is the order they were
    /// written in), so that the destination's insert rules see each as the next link.
    private static func copy(_ table: String, from source: any SQLConnection, to destination: any SQLConnection)
        throws -> Int {
        let columns = try source.columnNames(in: table)
        let missing = Set(columns).subtracting(try destination.columnNames(in: table))
        guard missing.isEmpty else {
            throw StoreCopyError.columnsMissing(table: table, columns: missing.sorted())
        }
        let chained = columns.contains("seq") && columns.contains("hash")
        let insert = destination.cachedStatement(sql: """
            INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(questionMarks(count: columns.count)))
            """)
        var count = 0
        try SQLRow.forEach(source.cachedStatement(sql: """
            SELECT \(columns.joined(separator: ", ")) FROM \(table)\(chained ? " ORDER BY seq" : "")
            """)) { row in
            try insert.execute(arguments: SQLArguments(row.values))
            count += 1
        }
        return count
    }
}

public enum StoreCopyError: Error, Equatable, CustomStringConvertible {
    case sourceTampered(path: String, verdict: String)
    case notToPostgres(path: String)
    case columnsMissing(table: String, columns: [String])
    case copyDiffers(path: String, verdict: String)

    public var description: String {
        switch self {
        case .sourceTampered(let path, let verdict):
            "\(path) does not verify, so it is not copied (the copy would carry the damage over): \(verdict)"
        case .notToPostgres(let path):
            "\(path) is not a PostgreSQL database: a store is moved from its file to a server"
        case .columnsMissing(let table, let columns):
            "the destination's \(table) lacks \(columns.joined(separator: ", ")): update Kofu where it runs"
        case .copyDiffers(let path, let verdict):
            "the copy in \(path) does not hold what the file holds (\(verdict)); it was removed"
        }
    }
}
