import Foundation
import KofuCore

/// A clerk logged in at a window terminal on the network, and a supervisor's approval given there. Every later
/// request of that terminal names its clerk by the session, so that a window's key alone neither searches the
/// register nor acts as whichever clerk it names; a refund, an exemption or an unlock takes an approval, used up
/// by that one act. Each is 32 random bytes as hex, of which only the SHA-256 is kept. A session lasts a working
/// day, an approval a few minutes; both end early when the account is locked.
public struct StaffSessions: Sendable {
    enum Purpose: String {
        case session
        case approval

        var lifetime: TimeInterval {
            switch self {
            case .session: 12 * 60 * 60
            case .approval: 5 * 60
            }
        }
    }

    let database: KofuDatabase

    public init(database: KofuDatabase) {
        self.database = database
    }

    /// A session for `staffID`, who has just logged in at `terminal`: one clerk at a time serves at a window, so
    /// whoever was logged in there before is logged out, approvals given there with it.
    public func open(terminal: String, staffID: String, at date: Date) throws -> String {
        try end(terminal: terminal)
        return try issue(.session, terminal: terminal, staffID: staffID, at: date)
    }

    /// The clerk at `terminal` left: their session and the approvals given there end.
    public func end(terminal: String) throws {
        try database.write { db in
            try db.execute(sql: "DELETE FROM staff_session WHERE terminal = ?", arguments: [terminal])
        }
    }

    /// An approval by `supervisorID`, whose password was just checked at `terminal`.
    public func approve(terminal: String, supervisorID: String, at date: Date) throws -> String {
        try issue(.approval, terminal: terminal, staffID: supervisorID, at: date)
    }

    /// The clerk the session names at this terminal, or nil: unknown, another terminal's, past its time, or the
    /// account locked since.
    public func staff(session: String, terminal: String, at date: Date) throws -> StaffMember? {
        try database.read { db in try Self.member(db, .session, session, terminal: terminal, at: date) }
    }

    /// The supervisor who gave the approval at this terminal, the approval used up; nil when it is none of theirs.
    public func redeem(approval: String, terminal: String, at date: Date) throws -> StaffMember? {
        try database.write { db in
            guard let supervisor = try Self.member(db, .approval, approval, terminal: terminal, at: date),
                  supervisor.role == .supervisor else { return nil }
            try db.execute(sql: "DELETE FROM staff_session WHERE session_hash = ?", arguments: [Self.hash(approval)])
            return supervisor
        }
    }

    private func issue(_ purpose: Purpose, terminal: String, staffID: String, at date: Date) throws -> String {
        let secret = Hex.randomSecret()
        try database.write { db in
            try db.execute(sql: "DELETE FROM staff_session WHERE expires_at < ?", arguments: [Timestamp.text(date)])
            try db.execute(sql: """
                INSERT INTO staff_session (session_hash, purpose, terminal, staff_id, expires_at) VALUES (?, ?, ?, ?, ?)
                """, arguments: [Self.hash(secret), purpose.rawValue, terminal, staffID,
                                 Timestamp.text(date.addingTimeInterval(purpose.lifetime))])
        }
        return secret
    }

    private static func member(_ db: any SQLConnection, _ purpose: Purpose, _ secret: String, terminal: String, at date: Date)
        throws -> StaffMember? {
        guard Hex.isRandomSecret(secret) else { return nil }
        return try SQLRow.fetchOne(db, sql: """
            SELECT s.id, s.name, s.role FROM staff_session x JOIN staff s ON s.id = x.staff_id
            WHERE x.session_hash = ? AND x.purpose = ? AND x.terminal = ? AND x.expires_at >= ? AND s.locked = 0
            """, arguments: [hash(secret), purpose.rawValue, terminal, Timestamp.text(date)])
            .flatMap { row in StaffRole(rawValue: row["role"]).map { StaffMember(id: row["id"], name: row["name"], role: $0) } }
    }

    static func hash(_ secret: String) -> String {
        Hex.hashOfSecret(secret)
    }
}
