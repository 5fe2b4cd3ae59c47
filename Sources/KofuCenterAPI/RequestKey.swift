/// The key a terminal gives one payment (`Idempotency-Key`): 1 to 64 ASCII letters, digits, '-' or '_', so a
/// UUID or a counter fits and nothing personal does.
public enum RequestKey {
    public static func isValid(_ key: String) -> Bool {
        (1...64).contains(key.utf8.count) && key.utf8.allSatisfy {
            (48...57).contains($0) || (65...90).contains($0) || (97...122).contains($0) || $0 == 45 || $0 == 95
        }
    }
}
