
/// The migration of the tamper-evident ledger, registered in `Schema.migrator` as "v6".
extension Schema {
    /// Every ledger row, audit row and till close carries its place in its chain, the hash of the row before and its
    /// own hash (`ChainedTable`); a till close also records the ledger's head when it was made. The columns are
    /// nullable only because SQLite adds no NOT NULL column without a default: the insert triggers of `v6Guards`
    /// refuse a row without them.
    static let v6 = """
    ALTER TABLE ledger ADD COLUMN seq INTEGER;
    ALTER TABLE ledger ADD COLUMN prev_hash TEXT;
    ALTER TABLE ledger ADD COLUMN hash TEXT;
    ALTER TABLE audit ADD COLUMN seq INTEGER;
    ALTER TABLE audit ADD COLUMN prev_hash TEXT;
    ALTER TABLE audit ADD COLUMN hash TEXT;
    ALTER TABLE window_close ADD COLUMN ledger_seq INTEGER;
    ALTER TABLE window_close ADD COLUMN ledger_head TEXT;
    ALTER TABLE window_close ADD COLUMN seq INTEGER;
    ALTER TABLE window_close ADD COLUMN prev_hash TEXT;
    ALTER TABLE window_close ADD COLUMN hash TEXT;
    """

    /// While the triggers stand, nothing but the next link of a chain goes in. The hash itself is SHA-256, which
    /// SQLite cannot compute: `kofu ledger verify` checks it.
    static let v6Guards = """
    CREATE UNIQUE INDEX ledger_seq ON ledger(seq);
    CREATE UNIQUE INDEX audit_seq ON audit(seq);
    CREATE UNIQUE INDEX window_close_seq ON window_close(seq);
    CREATE TRIGGER ledger_chained BEFORE INSERT ON ledger
    WHEN NEW.hash IS NULL OR NEW.seq IS NOT COALESCE((SELECT MAX(seq) FROM ledger), 0) + 1
        OR NEW.prev_hash IS NOT COALESCE((SELECT hash FROM ledger ORDER BY seq DESC LIMIT 1), '\(ChainEncoding.genesis)')
    BEGIN
        SELECT RAISE(ABORT, 'a ledger row is appended at the head of the chain');
    END;
    CREATE TRIGGER audit_chained BEFORE INSERT ON audit
    WHEN NEW.hash IS NULL OR NEW.seq IS NOT COALESCE((SELECT MAX(seq) FROM audit), 0) + 1
        OR NEW.prev_hash IS NOT COALESCE((SELECT hash FROM audit ORDER BY seq DESC LIMIT 1), '\(ChainEncoding.genesis)')
    BEGIN
        SELECT RAISE(ABORT, 'an audit row is appended at the head of the chain');
    END;
    CREATE TRIGGER window_close_chained BEFORE INSERT ON window_close
    WHEN NEW.hash IS NULL OR NEW.ledger_seq IS NULL OR NEW.ledger_head IS NULL
        OR NEW.seq IS NOT COALESCE((SELECT MAX(seq) FROM window_close), 0) + 1
        OR NEW.prev_hash IS NOT COALESCE((SELECT hash FROM window_close ORDER BY seq DESC LIMIT 1),
                                         '\(ChainEncoding.genesis)')
    BEGIN
        SELECT RAISE(ABORT, 'a till close is appended at the head of the chain, with the ledger head it saw');
    END;
    """

    /// Rows written before v6 (demo databases only) are chained in the order they were written. Till closes made
    /// before v6 never saw a chain: they record the ledger's head as it stands at the migration, the earliest head
    /// there is, which still holds every row they counted.
    static func migrateToV6(_ db: any SQLConnection) throws {
        try db.script(v6)
        try chainRowsWrittenBefore(db, .ledger)
        let head = try ChainedTable.ledger.head(db)
        try chainRowsWrittenBefore(db, .tillClose, adding: ["ledger_seq": head.seq.sqlValue,
                                                            "ledger_head": head.hash.sqlValue])
        try chainRowsWrittenBefore(db, .audit)
        try db.script(v6Guards)
    }

    /// Fills in the chain of rows in rowid order. The table's no-update trigger is lifted for this one transaction
    /// and put back exactly as it was shipped.
    private static func chainRowsWrittenBefore(_ db: any SQLConnection, _ table: ChainedTable,
                                               adding extra: [String: SQLValue] = [:]) throws {
        let trigger = "\(table.name)_no_update"
        let shipped = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                                          arguments: [trigger])
        try db.execute(sql: "DROP TRIGGER IF EXISTS \(trigger)")
        var link = ChainedTable.Link.start
        for record in try ChainWalk.read(db, table).records.sorted(by: { $0.rowID < $1.rowID }) {
            var fields = record.fields.merging(extra) { _, added in added }
            fields["seq"] = (link.seq + 1).sqlValue
            fields["prev_hash"] = link.hash.sqlValue
            link = ChainedTable.Link(seq: link.seq + 1, hash: table.hash(fields))
            fields["hash"] = link.hash.sqlValue
            let columns = ["seq", "prev_hash", "hash"] + extra.keys.sorted()
            try db.execute(sql: """
                UPDATE \(table.name) SET \(columns.map { "\($0) = ?" }.joined(separator: ", ")) WHERE rowid = ?
                """, arguments: SQLArguments(columns.map { fields[$0]! } + [record.rowID.sqlValue]))
        }
        if let shipped { try db.script(shipped) }
    }
}

/// The migration of signed till closes, registered in `Schema.migrator` as "v10".
extension Schema {
    /// Each close made from now on carries the city's signature (`AnchorSignature`); the closes before have none,
    /// so `kofu ledger verify` asks a signature of the closes from the next seq on.
    static let v10 = """
    ALTER TABLE window_close ADD COLUMN signature TEXT;
    INSERT INTO settings (key, value)
        SELECT 'signed_closes_from', COALESCE(MAX(seq), 0) + 1 FROM window_close;
    """
}
