/// Migrations for terminals reaching the store through the issuance center, registered in `Schema.migrator`.
extension Schema {
    /// A terminal on the network proves itself with a secret; only its hash is kept. A paid issuance asked for
    /// by a terminal carries the terminal's own key for that payment, so that the retry of a request whose answer
    /// was lost finds the issuance already made instead of charging twice; the key is written in the issuance's
    /// own transaction. A terminal that never got an answer withdraws the key: the issuance made under it is
    /// refunded, or, when none was made, the key is kept without one so that a request still on its way is refused.
    static let v11 = """
    ALTER TABLE terminal ADD COLUMN secret_hash TEXT;
    CREATE TABLE issue_request (
        terminal TEXT NOT NULL REFERENCES terminal(id),
        request_key TEXT NOT NULL,
        issuance_id INTEGER UNIQUE REFERENCES issuance(id),
        withdrawn_at TEXT,
        PRIMARY KEY (terminal, request_key),
        CHECK (issuance_id IS NOT NULL OR withdrawn_at IS NOT NULL)
    ) WITHOUT ROWID;
    """
}

extension Schema {
    /// A PIN proved at a terminal on the network earns one payment for that credential at that terminal, for a few
    /// minutes: the ticket's hash is kept until the payment uses it up, in the payment's own transaction, so a
    /// terminal key alone never pays for anyone's certificate.
    static let v12 = """
    CREATE TABLE pin_ticket (
        ticket_hash TEXT PRIMARY KEY,
        terminal TEXT NOT NULL REFERENCES terminal(id),
        credential_id TEXT NOT NULL REFERENCES credential(id),
        resident_id TEXT NOT NULL REFERENCES resident(id),
        expires_at TEXT NOT NULL
    ) WITHOUT ROWID;
    """
}

extension Schema {
    /// A clerk's login at a window terminal on the network opens a session for that terminal, and a supervisor's
    /// password typed there gives one approval; only their hashes are kept, with their ends; see `StaffSessions`.
    static let v13 = """
    CREATE TABLE staff_session (
        session_hash TEXT PRIMARY KEY,
        purpose TEXT NOT NULL CHECK (purpose IN ('session', 'approval')),
        terminal TEXT NOT NULL REFERENCES terminal(id),
        staff_id TEXT NOT NULL REFERENCES staff(id),
        expires_at TEXT NOT NULL
    ) WITHOUT ROWID;
    """
}
