/// The append-only rules of migration "p1", as triggers calling `kofu_refuse`.
extension PostgresSchema {
    /// (trigger, table, event, message): each change refused, in SQLite's words.
    private static let refused: [(String, String, String, String)] = [
        ("ledger_no_update", "ledger", "UPDATE", "the ledger is append-only: add a refund row instead of editing"),
        ("ledger_no_delete", "ledger", "DELETE", "the ledger is append-only: rows are never deleted"),
        ("audit_no_update", "audit", "UPDATE", "the audit trail is append-only"),
        ("audit_no_delete", "audit", "DELETE", "the audit trail is append-only: rows are never deleted"),
        ("window_close_no_update", "window_close", "UPDATE", "a closed till stays closed as counted"),
        ("window_close_no_delete", "window_close", "DELETE", "a closed till stays closed: rows are never deleted"),
        ("window_payment_no_change", "window_payment", "UPDATE", "a payment stays as it was taken"),
        ("window_payment_no_delete", "window_payment", "DELETE", "a payment stays as it was taken"),
        ("refund_record_no_change", "refund_record", "UPDATE", "a refund stays as it was approved"),
        ("refund_record_no_delete", "refund_record", "DELETE", "a refund stays as it was approved"),
        ("terminal_no_delete", "terminal", "DELETE",
         "a terminal is revoked, never deleted: its rows in the ledger name it"),
    ]

    /// The triggers of `refused`, and one refusing TRUNCATE on each of their tables.
    static var refusals: String {
        let rows = refused.map { name, table, event, message in
            "CREATE TRIGGER \(name) BEFORE \(event) ON \(table) FOR EACH ROW EXECUTE FUNCTION kofu_refuse('\(message)');"
        }
        let tables = Set(refused.map(\.1)).sorted().map { table in
            "CREATE TRIGGER \(table)_no_truncate BEFORE TRUNCATE ON \(table) FOR EACH STATEMENT "
                + "EXECUTE FUNCTION kofu_refuse('\(table) is never emptied');"
        }
        return (rows + tables).joined(separator: "\n")
    }
}
