/// Migrations of the staff accounts' safety rules, registered in `Schema.migrator`.
extension Schema {
    /// The last active supervisor is never locked out by wrong passwords (nobody would be left to unlock anyone):
    /// after the fifth in a row their account waits until `retry_after` (ISO-8601 UTC) instead.
    static let v9 = """
    ALTER TABLE staff ADD COLUMN retry_after TEXT;
    """
}
