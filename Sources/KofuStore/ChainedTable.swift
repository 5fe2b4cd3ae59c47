
/// A table whose rows form a hash chain: each row carries its place (`seq`, gapless from 1), the hash of the row
/// before it (`prev_hash`, `ChainEncoding.genesis` for the first) and its own `hash` over every other column,
/// `id`, `seq` and `prev_hash` included. The ledger, the audit trail and the till closes are three chains, each
/// counted on its own so that `kofu ledger verify` speaks of ledger rows by their own numbers; a till close also
/// records the ledger's head when it was made, which ties the ledger chain to the close chain.
///
/// Rows are appended inside the caller's write transaction, and writers take turns (`SQLBackend.write`: SQLite's
/// file lock, or PostgreSQL's advisory lock that every center's writers take), so the head read here is the head
/// the new row follows.
///
/// A column added by a later migration must be nullable with no default (a NULL is not hashed), or the rows hashed
/// before it stop verifying.
struct ChainedTable: Sendable {
    /// The table, and the name its rows are hashed under.
    let name: String
    /// How a person calls one row: "ledger row", "audit row", "till close".
    let noun: String
    /// The columns that name a row to a person, e.g. `id`, or a till close's terminal and day.
    let labelColumns: [String]
    /// Whether rows have an id that is never handed out twice (SQLite's `AUTOINCREMENT`, PostgreSQL's
    /// `chain_counter`): it is hashed too, so it is chosen before the insert, as SQLite would choose it.
    let numbered: Bool

    static let ledger = ChainedTable(name: "ledger", noun: "ledger row", labelColumns: ["id"], numbered: true)
    static let audit = ChainedTable(name: "audit", noun: "audit row", labelColumns: ["id"], numbered: true)
    static let tillClose = ChainedTable(name: "window_close", noun: "till close",
                                        labelColumns: ["terminal", "business_date"], numbered: false)

    /// A place in a chain: the start (seq 0, the genesis hash) or a row.
    struct Link: Equatable, Sendable {
        var seq: Int64
        var hash: String

        static let start = Link(seq: 0, hash: ChainEncoding.genesis)
    }

    func head(_ db: any SQLConnection) throws -> Link {
        let last = db.cachedStatement(sql: """
            SELECT seq, hash FROM \(name) WHERE seq IS NOT NULL ORDER BY seq DESC LIMIT 1
            """)
        guard let row = try SQLRow.fetchOne(last) else {
            return .start
        }
        return Link(seq: row["seq"], hash: row["hash"])
    }

    /// Appends one row after the current head; returns its id (0 for a table without). `values` holds every column
    /// but the chain's.
    /// With `key`, the row also carries the city's signature over the hash of everything else (`AnchorSignature`).
    @discardableResult
    func append(_ db: any SQLConnection, _ values: [String: (any SQLValueConvertible)?],
                signedWith key: SigningKey? = nil) throws -> Int64 {
        let head = try head(db)
        var fields = values.mapValues { $0?.sqlValue ?? .null }
        if numbered {
            fields["id"] = try nextID(db).sqlValue
        }
        fields["seq"] = (head.seq + 1).sqlValue
        fields["prev_hash"] = head.hash.sqlValue
        if let key {
            fields[AnchorSignature.column] = try AnchorSignature.sign(closeHash: hash(fields), with: key).sqlValue
        }
        fields["hash"] = hash(fields).sqlValue
        let columns = fields.keys.sorted()
        try db.cachedStatement(sql: """
            INSERT INTO \(name) (\(columns.joined(separator: ", ")))
            VALUES (\(questionMarks(count: columns.count)))
            """).execute(arguments: SQLArguments(columns.map { fields[$0]! }))
        return fields["id"].flatMap(Int64.fromSQLValue) ?? 0
    }

    /// The next id, which is past every id handed out before, even of rows deleted since.
    private func nextID(_ db: any SQLConnection) throws -> Int64 {
        switch db.dialect {
        case .sqlite:
            try Int64.fetchOne(db.cachedStatement(sql: """
                SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = ?), 0),
                           COALESCE((SELECT MAX(id) FROM \(name)), 0)) + 1
                """), arguments: [name])!
        case .postgres:
            try Int64.fetchOne(db.cachedStatement(sql: """
                UPDATE chain_counter SET handed_out = GREATEST(handed_out, (SELECT COALESCE(MAX(id), 0) FROM \(name))) + 1
                WHERE name = ? RETURNING handed_out
                """), arguments: [name])!
        }
    }

    /// The highest id handed out so far, which a deletion at the end leaves behind.
    func handedOut(_ db: any SQLConnection) throws -> Int64 {
        try Self.handedOut(name, db)
    }

    /// The highest id `table` (with SQLite's `AUTOINCREMENT`, or a `chain_counter` row on PostgreSQL) handed out.
    static func handedOut(_ table: String, _ db: any SQLConnection) throws -> Int64 {
        let counter = switch db.dialect {
        case .sqlite: "SELECT seq FROM sqlite_sequence WHERE name = ?"
        case .postgres: "SELECT handed_out FROM chain_counter WHERE name = ?"
        }
        return try Int64.fetchOne(db, sql: counter, arguments: [table]) ?? 0
    }

    /// What tells the order rows were written in: SQLite's rowid, or PostgreSQL's `chain_rowid` identity column.
    static func rowIDExpression(_ dialect: SQLDialect) -> String {
        switch dialect {
        case .sqlite: "rowid"
        case .postgres: rowIDColumn
        }
    }

    /// The hash a row's fields give; `hash` itself and anything not a column of the table are left out.
    func hash(_ fields: [String: SQLValue]) -> String {
        ChainEncoding.hash(table: name, fields: fields.filter { $0.key != "hash" && $0.key != Self.rowIDColumn })
    }

    /// What verification reads the rowid under: a till close has no `id`, and `SELECT rowid` would be called `id`
    /// on the tables that have one.
    static let rowIDColumn = "chain_rowid"
}
