import Foundation
import KofuCore

/// The way back when no supervisor can approve anything (every one locked, or the last one's password forgotten):
/// whoever holds the city's signing key file, which only its owner may read and which is never in the database,
/// unlocks a supervisor account and gives it a new password. Holding the database alone is not enough, and the
/// audit trail records every recovery.
extension SQLiteStaffDirectory {
    /// `signingKey` must be the key this database publishes (`SigningKeyError.notThisDatabase` otherwise).
    public func recover(supervisorID: String, newPassword: String, signingKey: SigningKey, at date: Date) throws {
        if let problem = StaffPassword.problem(id: supervisorID, password: newPassword) {
            throw StaffError.invalid(problem)
        }
        _ = try database.requireOwn(signingKey)
        let hash = try PINHash.make(newPassword)
        try database.write { db in
            let record = try StaffRecord.require(db, id: supervisorID)
            guard record.member.role == .supervisor else { throw StaffError.notSupervisor(supervisorID) }
            try db.execute(sql: """
                UPDATE staff SET password_hash = ?, failed_attempts = 0, locked = 0, retry_after = NULL WHERE id = ?
                """, arguments: [hash, supervisorID])
            try Audit.write(db, staffID: supervisorID, .recover,
                            detail: "recovered with the signing key file: unlocked, password replaced", at: date)
        }
    }
}
