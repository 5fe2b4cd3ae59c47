/// What a staff account's id and password must be, checked alike when an account is added and when a seed is loaded.
public enum StaffPassword {
    public static let minimumLength = 8
    public static let maxIDLength = 32

    /// Why the id or password cannot be used; nil when both are acceptable.
    public static func problem(id: String, password: String) -> String? {
        guard !id.isEmpty, id.count <= maxIDLength, id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
        else { return "the staff id must be 1 to \(maxIDLength) ASCII letters, digits or hyphens" }
        guard password.count >= minimumLength else {
            return "the password must have at least \(minimumLength) characters"
        }
        return nil
    }
}
