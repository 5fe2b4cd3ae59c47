import KofuCore

/// Read-only views for staff commands (`kofu store credentials`, `kofu ledger`).
extension KofuDatabase: Ledger {
    /// Every credential with its holder and state; PINs and their hashes never leave the database.
    public func listCredentials() throws -> [CredentialSummary] {
        try read { db in
            try SQLRow.fetchAll(db, sql: """
                SELECT c.id, c.kind, c.state, c.failed_attempts, c.expires_on, r.family_name || ' ' || r.given_name AS holder
                FROM credential c JOIN resident r ON r.id = c.resident_id ORDER BY c.id
                """).map { row in
                CredentialSummary(
                    id: row["id"], kind: CredentialKind(rawValue: row["kind"])!, holder: row["holder"],
                    state: CredentialSummary.State(rawValue: row["state"])!,
                    triesLeft: row["state"] == "active" ? Authentication.maxAttempts - (row["failed_attempts"] as Int) : 0,
                    expiresOn: row["expires_on"])
            }
        }
    }

    /// The engine's own check of its storage: "ok" when every page, index and constraint holds.
    public func integrityCheck() throws -> String {
        try backend.integrityCheck()
    }

    /// Issuances with no fee row (charge or exemption): none may exist, since both are written in one transaction.
    public func issuancesWithoutFee() throws -> [Int64] {
        try read { db in
            try Int64.fetchAll(db, sql: """
                SELECT i.id FROM issuance i WHERE NOT EXISTS (SELECT 1 FROM ledger l WHERE l.issuance_id = i.id
                    AND l.entry_type IN ('charge', 'exemption')) ORDER BY i.id
                """)
        }
    }

    /// The id of the last ledger row: where a run that wants to see only its own rows begins.
    public func lastLedgerID() throws -> Int64 {
        try read { db in try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) FROM ledger") ?? 0 }
    }

    /// The rows one terminal wrote after `id`, in order.
    public func ledgerEntries(after id: Int64, terminal: String) throws -> [LedgerEntry] {
        try read { db in
            try LedgerRowReader.read(db, where: "id > ? AND terminal = ?", arguments: [id, terminal]).entries
        }
    }

    /// The rows of business dates from `from` up to (not including) `before` that fit the ledger's rules, in
    /// order, and the rows that do not fit.
    public func ledgerEntries(from: String, before: String) throws -> (entries: [LedgerEntry], unexpected: [UnexpectedLedgerRow]) {
        try read { db in
            let reading = try LedgerRowReader.read(db, where: "business_date >= ? AND business_date < ?",
                                                   arguments: [from, before])
            return (reading.entries, reading.unexpected)
        }
    }

    /// The rows that fit the ledger's rules; `forEachLedgerEntry` also names the others.
    public func ledgerEntries(businessDate: String?) throws -> [LedgerEntry] {
        try read { db in try LedgerRowReader.read(db, businessDate: businessDate).entries }
    }

    /// Each row that fits the ledger's rules, in order, as it is read (an export of the whole ledger holds one row at
    /// a time); returns the rows that do not fit, which `entry` never sees.
    public func forEachLedgerEntry(businessDate: String?, _ entry: (LedgerEntry) throws -> Void) throws
        -> [UnexpectedLedgerRow] {
        try read { db in
            var unexpected: [UnexpectedLedgerRow] = []
            try LedgerRowReader.each(db, businessDate: businessDate, entry) { unexpected.append($0) }
            return unexpected
        }
    }
}
