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

    public func ledgerEntries(businessDate: String?) throws -> [LedgerEntry] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT * FROM ledger WHERE ?1 IS NULL OR business_date = ?1 ORDER BY id
                """, arguments: [businessDate]).map { row in
                LedgerEntry(
                    id: row["id"], entryType: LedgerEntry.EntryType(rawValue: row["entry_type"])!,
                    issuanceID: row["issuance_id"], referencesLedgerID: row["references_ledger_id"],
                    channel: Channel(rawValue: row["channel"])!, terminal: row["terminal"],
                    kind: CertificateKind(rawValue: row["kind"])!, copies: row["copies"], unitFee: row["unit_fee"],
                    amount: row["amount"], businessDate: row["business_date"], createdAt: row["created_at"],
                    reason: row["reason"])
            }
        }
    }
}
