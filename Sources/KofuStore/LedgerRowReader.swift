import KofuCore

/// Ledger rows read without trusting them. The schema's checks hold for rows Kofu writes, but a file edited with
/// another tool (triggers dropped, schema rewritten) may hold anything: such a row is set aside with the reason
/// instead of stopping `kofu ledger list` or `kofu report daily` halfway.
enum LedgerRowReader {
    struct Reading {
        var entries: [LedgerEntry] = []
        var unexpected: [UnexpectedLedgerRow] = []
    }

    static func read(_ db: any SQLConnection, businessDate: String?) throws -> Reading {
        var reading = Reading()
        try each(db, businessDate: businessDate) { reading.entries.append($0) } unexpected: { reading.unexpected.append($0) }
        return reading
    }

    /// The rows `filter` (an SQL condition on the ledger) selects, in order.
    static func read(_ db: any SQLConnection, where filter: String, arguments: SQLArguments) throws -> Reading {
        var reading = Reading()
        try each(db, where: filter, arguments: arguments) { reading.entries.append($0) } unexpected: {
            reading.unexpected.append($0)
        }
        return reading
    }

    /// One day's rows, or all of them, one at a time: a whole ledger is never held in memory. Two statements rather
    /// than `?1 IS NULL OR business_date = ?1`, which SQLite cannot answer from the date index.
    static func each(_ db: any SQLConnection, businessDate: String?, _ entry: (LedgerEntry) throws -> Void,
                     unexpected: (UnexpectedLedgerRow) throws -> Void) throws {
        if let businessDate {
            try each(db, where: "business_date = ?", arguments: [businessDate], entry, unexpected: unexpected)
        } else {
            try each(db, where: "TRUE", arguments: [], entry, unexpected: unexpected)
        }
    }

    static func each(_ db: any SQLConnection, where filter: String, arguments: SQLArguments,
                     _ entry: (LedgerEntry) throws -> Void, unexpected: (UnexpectedLedgerRow) throws -> Void) throws {
        // A file whose schema was rewritten may lack a column: it reads as NULL, and the row is then set aside.
        let present = Set(try db.columnNames(in: "ledger"))
        let selected = Column.allCases.map { present.contains($0.name) ? $0.name : "NULL AS \($0.name)" }
        try SQLRow.forEach(db.cachedStatement(sql: """
            SELECT \(selected.joined(separator: ", ")) FROM ledger WHERE \(filter) ORDER BY id
            """), arguments: arguments) { row in
            switch Self.entry(row) {
            case .success(let value): try entry(value)
            case .failure(let problem): try unexpected(problem)
            }
        }
    }

    /// The most one row can move: ten copies at the window's fee, far below any sum that could overflow.
    static let maxAmount = IssuanceLimits.maxCopies * Channel.window.unitFee

    /// The columns read, in this order, so that a value is found by its place rather than looked up by name in
    /// every row (which cost as much as the rest of an export).
    enum Column: Int, CaseIterable {
        case id, entryType, issuanceID, referencesLedgerID, channel, terminal, kind, copies, unitFee, amount,
             businessDate, createdAt, reason

        var name: String {
            switch self {
            case .id: "id"
            case .entryType: "entry_type"
            case .issuanceID: "issuance_id"
            case .referencesLedgerID: "references_ledger_id"
            case .channel: "channel"
            case .terminal: "terminal"
            case .kind: "kind"
            case .copies: "copies"
            case .unitFee: "unit_fee"
            case .amount: "amount"
            case .businessDate: "business_date"
            case .createdAt: "created_at"
            case .reason: "reason"
            }
        }
    }

    static func value(_ row: SQLRow, _ column: Column) -> SQLValue {
        row[column.rawValue]
    }

    /// A row of `Column`s, in their order.
    static func entry(_ row: SQLRow) -> Result<LedgerEntry, UnexpectedLedgerRow> {
        let id = Int64.fromSQLValue(value(row, .id))
        func problem(_ text: String) -> Result<LedgerEntry, UnexpectedLedgerRow> {
            .failure(UnexpectedLedgerRow(id: id, problem: text))
        }
        func text(_ column: Column) -> String? { String.fromSQLValue(value(row, column)) }
        func number(_ column: Column) -> Int? { Int.fromSQLValue(value(row, column)) }
        guard let id else { return problem("no id") }
        guard let type = text(.entryType).flatMap(LedgerEntry.EntryType.init(rawValue:)) else {
            return problem("type \(quoted(row, .entryType)) is no ledger entry type")
        }
        guard let channel = text(.channel).flatMap(Channel.init(rawValue:)) else {
            return problem("channel \(quoted(row, .channel)) is no channel")
        }
        guard let kind = text(.kind).flatMap(CertificateKind.init(rawValue:)) else {
            return problem("kind \(quoted(row, .kind)) is no certificate kind")
        }
        guard let copies = number(.copies), (1...IssuanceLimits.maxCopies).contains(copies) else {
            return problem("copies \(quoted(row, .copies)) is not 1 to \(IssuanceLimits.maxCopies)")
        }
        guard let unitFee = number(.unitFee), (0...Channel.window.unitFee).contains(unitFee),
              let amount = number(.amount), abs(amount) <= maxAmount else {
            return problem("fee \(quoted(row, .unitFee)) or amount \(quoted(row, .amount)) is beyond any fee")
        }
        guard let terminal = text(.terminal), let businessDate = text(.businessDate),
              let createdAt = text(.createdAt) else {
            return problem("terminal, business date or time is missing")
        }
        let issuanceID = Int64.fromSQLValue(value(row, .issuanceID))
        let referencesLedgerID = Int64.fromSQLValue(value(row, .referencesLedgerID))
        return .success(LedgerEntry(id: id, entryType: type, issuanceID: issuanceID,
                                    referencesLedgerID: referencesLedgerID, channel: channel, terminal: terminal,
                                    kind: kind, copies: copies, unitFee: unitFee, amount: amount,
                                    businessDate: businessDate, createdAt: createdAt, reason: text(.reason)))
    }

    /// A stored value as the operator should read it: text in quotes, anything else as SQLite holds it.
    static func quoted(_ row: SQLRow, _ column: Column) -> String {
        value(row, column).description
    }
}
