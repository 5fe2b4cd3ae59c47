import GRDB
import KofuCore

/// Read-only views for staff commands (`kofu store credentials`, `kofu ledger`).
extension KofuDatabase: Ledger {
    /// Every credential with its holder and state; PINs and their hashes never leave the database.
    public func listCredentials() throws -> [CredentialSummary] {
        try read { db in
            try Row.fetchAll(db, sql: """
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

    /// The rows that fit the ledger's rules; `unexpectedLedgerRows` names the others.
    public func ledgerEntries(businessDate: String?) throws -> [LedgerEntry] {
        try read { db in try LedgerRowReader.read(db, businessDate: businessDate).entries }
    }

    /// Rows no Kofu writes (an unknown code, an impossible amount), which reports leave out and name.
    public func unexpectedLedgerRows(businessDate: String?) throws -> [UnexpectedLedgerRow] {
        try read { db in try LedgerRowReader.read(db, businessDate: businessDate).unexpected }
    }
}
