import Foundation
import KofuCore

/// A staff row as login and approval read it, inside the caller's transaction.
struct StaffRecord {
    static let maxAttempts = 5
    /// How long the last active supervisor waits after each wrong password past `maxAttempts`, instead of a lock.
    static let cooldown: TimeInterval = 300
    /// A hash of a random secret nobody knows, at `PINHash.rounds`: what an unknown id is checked against.
    static let decoyHash = "pbkdf2-sha256$210000$LYj/a7AVQX9/FjgAwjr5iA==$hjiMT5m9Df14YI7wty6pOEo1LIUFfoHsc+vOrQHCvRs="

    var member: StaffMember
    var passwordHash: String
    var failedAttempts: Int
    var locked: Bool
    /// Set while the last active supervisor's account waits out a run of wrong passwords.
    var retryAfter: Date?

    static func fetch(_ db: any SQLConnection, id: String) throws -> StaffRecord? {
        try SQLRow.fetchOne(db, sql: "SELECT * FROM staff WHERE id = ?", arguments: [id]).map {
            StaffRecord(member: StaffMember(id: $0["id"], name: $0["name"], role: StaffRole(rawValue: $0["role"])!),
                        passwordHash: $0["password_hash"], failedAttempts: $0["failed_attempts"], locked: $0["locked"],
                        retryAfter: ($0["retry_after"] as String?).flatMap(Timestamp.date))
        }
    }

    /// Whether locking this account would leave the city with no supervisor able to unlock anyone.
    static func isLastActiveSupervisor(_ db: any SQLConnection, _ record: StaffRecord) throws -> Bool {
        guard record.member.role == .supervisor, !record.locked else { return false }
        return try Int.fetchOne(db, sql: """
            SELECT COUNT(*) FROM staff WHERE role = 'supervisor' AND locked = 0 AND id <> ?
            """, arguments: [record.member.id]) == 0
    }

    /// The account a step is done under must exist; a session outlives a later lock, so the lock is not checked.
    @discardableResult
    static func require(_ db: any SQLConnection, id: String) throws -> StaffRecord {
        guard let record = try fetch(db, id: id) else { throw StaffError.unknownStaff(id) }
        return record
    }

    /// An approval counts only from a supervisor whose account works: the role is read here, not taken from the caller.
    static func requireSupervisor(_ db: any SQLConnection, id: String) throws {
        let record = try require(db, id: id)
        guard record.member.role == .supervisor else { throw StaffError.notSupervisor(id) }
        guard !record.locked else { throw StaffError.locked(id) }
    }

    /// Four eyes: an exemption or a refund is approved by a supervisor other than the staff member doing it.
    static func requireApprover(_ db: any SQLConnection, id: String, of staffID: String) throws {
        guard id != staffID else { throw WindowError.ownApproval }
        try requireSupervisor(db, id: id)
    }
}
