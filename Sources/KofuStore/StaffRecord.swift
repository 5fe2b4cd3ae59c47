import GRDB
import KofuCore

/// A staff row as login and approval read it, inside the caller's transaction.
struct StaffRecord {
    static let maxAttempts = 5
    /// A hash of a random secret nobody knows, at `PINHash.rounds`: what an unknown id is checked against.
    static let decoyHash = "pbkdf2-sha256$210000$LYj/a7AVQX9/FjgAwjr5iA==$hjiMT5m9Df14YI7wty6pOEo1LIUFfoHsc+vOrQHCvRs="

    var member: StaffMember
    var passwordHash: String
    var failedAttempts: Int
    var locked: Bool

    static func fetch(_ db: Database, id: String) throws -> StaffRecord? {
        try Row.fetchOne(db, sql: "SELECT * FROM staff WHERE id = ?", arguments: [id]).map {
            StaffRecord(member: StaffMember(id: $0["id"], name: $0["name"], role: StaffRole(rawValue: $0["role"])!),
                        passwordHash: $0["password_hash"], failedAttempts: $0["failed_attempts"], locked: $0["locked"])
        }
    }

    /// The account a step is done under must exist; a session outlives a later lock, so the lock is not checked.
    @discardableResult
    static func require(_ db: Database, id: String) throws -> StaffRecord {
        guard let record = try fetch(db, id: id) else { throw StaffError.unknownStaff(id) }
        return record
    }

    /// An approval counts only from a supervisor whose account works: the role is read here, not taken from the caller.
    static func requireSupervisor(_ db: Database, id: String) throws {
        let record = try require(db, id: id)
        guard record.member.role == .supervisor else { throw StaffError.notSupervisor(id) }
        guard !record.locked else { throw StaffError.locked(id) }
    }
}
