/// Migrations for terminals reaching the store through the issuance center, registered in `Schema.migrator`.
extension Schema {
    /// A terminal on the network proves itself with a secret; only its hash is kept. A paid issuance asked for
    /// by a terminal carries the terminal's own key for that payment, so that the retry of a request whose answer
    /// was lost finds the issuance already made instead of charging twice; the key is written in the issuance's
    /// own transaction.
    static let v11 = """
    ALTER TABLE terminal ADD COLUMN secret_hash TEXT;
    CREATE TABLE issue_request (
        terminal TEXT NOT NULL REFERENCES terminal(id),
        request_key TEXT NOT NULL,
        issuance_id INTEGER NOT NULL UNIQUE REFERENCES issuance(id),
        PRIMARY KEY (terminal, request_key)
    ) WITHOUT ROWID;
    """
}
