import Foundation
import KofuCore

/// Staff accounts in the city database. Passwords are hashed like PINs (salted PBKDF2, `PINHash`); five consecutive
/// wrong ones lock the account until a supervisor unlocks it, and the counter survives restarts because it is a
/// column. The last active supervisor is never locked, since nobody could unlock anyone afterwards: from the fifth
/// wrong password on, each one makes the account wait `StaffRecord.cooldown` before it takes a password again.
/// Every check and every unlock is written to the audit trail.
public struct SQLiteStaffDirectory: StaffDirectory {
    let database: KofuDatabase

    public init(database: KofuDatabase) {
        self.database = database
    }

    public func login(staffID: String, password: String, at date: Date) throws -> LoginOutcome {
        try check(staffID: staffID, password: password, action: .login, at: date)
    }

    public func approve(supervisorID: String, password: String, at date: Date) throws -> LoginOutcome {
        try check(staffID: supervisorID, password: password, action: .approve, at: date)
    }

    private func check(staffID: String, password: String, action: Audit.Action, at date: Date) throws -> LoginOutcome {
        // The slow hash runs outside the write transaction, so one login does not hold up every other writer.
        let seen = try database.read { try StaffRecord.fetch($0, id: staffID) }
        // An unknown id costs the same hash as a known one: a quick answer would tell which ids exist.
        let matchedSeenHash = PINHash.verify(password, against: seen?.passwordHash ?? StaffRecord.decoyHash)
            && seen != nil
        return try database.write { db in
            guard let current = try StaffRecord.fetch(db, id: staffID) else {
                // What was typed as an id may have been a password: it is not written down.
                try Audit.write(db, staffID: nil, action, detail: "unknown staff id", at: date)
                return .rejected
            }
            func audit(_ detail: String) throws { try Audit.write(db, staffID: staffID, action, detail: detail, at: date) }
            if current.locked {
                try audit("refused: locked")
                return .locked
            }
            if let retryAfter = current.retryAfter, date < retryAfter {
                try audit("refused: waiting until \(Timestamp.text(retryAfter))")
                return .coolingDown(until: retryAfter)
            }
            // The password may have changed meanwhile: then only the hash stored now counts.
            let correct = current.passwordHash == seen?.passwordHash
                ? matchedSeenHash : PINHash.verify(password, against: current.passwordHash)
            guard correct else { return try recordFailure(db, current, audit: audit, at: date) }
            if current.failedAttempts != 0 || current.retryAfter != nil {
                try db.execute(sql: "UPDATE staff SET failed_attempts = 0, retry_after = NULL WHERE id = ?",
                               arguments: [staffID])
            }
            // Anyone but a supervisor is, for an approval, no supervisor by that id.
            if action == .approve && current.member.role != .supervisor {
                try audit("refused: not a supervisor")
                return .rejected
            }
            try audit("ok")
            return .loggedIn(current.member)
        }
    }

    private func recordFailure(_ db: any SQLConnection, _ record: StaffRecord, audit: (String) throws -> Void,
                               at date: Date) throws -> LoginOutcome {
        let attempts = min(record.failedAttempts + 1, StaffRecord.maxAttempts)
        guard attempts >= StaffRecord.maxAttempts else {
            try db.execute(sql: "UPDATE staff SET failed_attempts = ? WHERE id = ?",
                           arguments: [attempts, record.member.id])
            try audit("wrong password (\(attempts) of \(StaffRecord.maxAttempts))")
            return .rejected
        }
        if try StaffRecord.isLastActiveSupervisor(db, record) {
            let retryAfter = date.addingTimeInterval(StaffRecord.cooldown)
            try db.execute(sql: "UPDATE staff SET failed_attempts = ?, retry_after = ? WHERE id = ?",
                           arguments: [attempts, Timestamp.text(retryAfter), record.member.id])
            try audit("wrong password: the last active supervisor waits until \(Timestamp.text(retryAfter))")
            return .coolingDown(until: retryAfter)
        }
        try db.execute(sql: "UPDATE staff SET failed_attempts = ?, locked = 1 WHERE id = ?",
                       arguments: [attempts, record.member.id])
        try audit("wrong password: locked")
        return .locked
    }

    /// The window holding the store keeps its login in its own process, which forgets it: nothing here to end.
    public func logout(staffID: String, at date: Date) throws {}

    public func unlock(staffID: String, by supervisor: StaffMember, at date: Date) throws {
        try database.write { db in
            try StaffRecord.requireSupervisor(db, id: supervisor.id)
            try StaffRecord.require(db, id: staffID)
            try db.execute(sql: "UPDATE staff SET failed_attempts = 0, locked = 0, retry_after = NULL WHERE id = ?",
                           arguments: [staffID])
            try Audit.write(db, staffID: supervisor.id, .unlock, detail: "unlocked \(staffID)", at: date)
        }
    }

    /// A new account; the password is checked against `StaffPassword` and stored only as a hash.
    /// Whether an account may be added without a supervisor: only while the city has none (the first one).
    public func hasSupervisor() throws -> Bool {
        try database.read { db in try Self.hasSupervisor(db) }
    }

    /// Adds an account. Once any supervisor exists, `supervisor` must be one (whose password the caller checked
    /// with `approve`), so that holding the database file is not enough to make oneself a supervisor.
    public func add(_ member: StaffMember, password: String, by supervisor: StaffMember?, at date: Date) throws {
        if let problem = StaffPassword.problem(id: member.id, password: password) { throw StaffError.invalid(problem) }
        // The name is printed on screens and lists: plain text only.
        guard !member.name.isEmpty, member.name.unicodeScalars.count <= 40, PlainText.isPlain(member.name) else {
            throw StaffError.invalid("the name must be 1 to 40 characters, with no control characters")
        }
        let hash = try PINHash.make(password)
        try database.write { db in
            if try Self.hasSupervisor(db) {
                guard let supervisor else { throw StaffError.notSupervisor("(none given)") }
                try StaffRecord.requireSupervisor(db, id: supervisor.id)
            }
            guard try StaffRecord.fetch(db, id: member.id) == nil else { throw StaffError.alreadyExists(member.id) }
            try db.execute(sql: "INSERT INTO staff (id, name, role, password_hash) VALUES (?, ?, ?, ?)",
                           arguments: [member.id, member.name, member.role.rawValue, hash])
            try Audit.write(db, staffID: supervisor?.id ?? member.id, .staffAdded,
                            detail: "account \(member.id) added as \(member.role.rawValue)", at: date)
        }
    }

    private static func hasSupervisor(_ db: any SQLConnection) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM staff WHERE role = 'supervisor')") ?? false
    }

    /// Every account with its state, for `kofu staff list`; never a password hash.
    public func accounts() throws -> [StaffAccount] {
        try database.read { db in
            try SQLRow.fetchAll(db, sql: "SELECT id FROM staff ORDER BY id").compactMap { row in
                try StaffRecord.fetch(db, id: row["id"]).map {
                    StaffAccount(member: $0.member, failedAttempts: $0.failedAttempts, locked: $0.locked,
                                 retryAfter: $0.retryAfter)
                }
            }
        }
    }
}

/// A staff account as `kofu staff list` shows it.
public struct StaffAccount: Equatable, Sendable {
    public var member: StaffMember
    public var failedAttempts: Int
    public var locked: Bool
    /// The last active supervisor after too many wrong passwords: no password is taken before this time.
    public var retryAfter: Date?
}
