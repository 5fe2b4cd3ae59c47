/// Migrations of registered terminals, the store's own id and the print journal, registered in `Schema.migrator`.
extension Schema {
    /// Terminals a kiosk or window may run as; the store id every serial carries, so that two databases never make
    /// the same serial (a database made before gets one here); and the print journal: when each copy was known to
    /// be on paper, and how many times it had to be printed again.
    static let v8 = """
    CREATE TABLE terminal (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('kiosk', 'window')),
        site TEXT NOT NULL,
        registered_at TEXT NOT NULL,
        revoked_at TEXT
    );
    CREATE TRIGGER terminal_no_delete BEFORE DELETE ON terminal
    BEGIN
        SELECT RAISE(ABORT, 'a terminal is revoked, never deleted: its rows in the ledger name it');
    END;
    INSERT OR IGNORE INTO settings (key, value) VALUES ('store_id', upper(hex(randomblob(3))));
    ALTER TABLE document ADD COLUMN printed_at TEXT;
    ALTER TABLE document ADD COLUMN reprints INTEGER NOT NULL DEFAULT 0 CHECK (reprints >= 0);
    """
}
