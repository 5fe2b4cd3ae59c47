import Foundation
import GRDB
import KofuCore

/// A clerk logged in at a window terminal on the network. Every later request of that terminal names its clerk by
/// the session, so that a window's key alone neither searches the register nor acts as whichever clerk it names.
/// The session is 32 random bytes as hex, of which only the SHA-256 is kept; it lasts a working day and ends
/// early when the account is locked.
public struct StaffSessions: Sendable {
    static let lifetime: TimeInterval = 12 * 60 * 60
    let database: KofuDatabase

    public init(database: KofuDatabase) {
        self.database = database
    }

    /// A session for `staffID`, who has just logged in at `terminal`. Sessions past their time go at once.
    public func open(terminal: String, staffID: String, at date: Date) throws -> String {
        let session = Hex.randomSecret()
        try database.write { db in
            try db.execute(sql: "DELETE FROM staff_session WHERE expires_at < ?", arguments: [Timestamp.text(date)])
            try db.execute(sql: """
                INSERT INTO staff_session (session_hash, terminal, staff_id, expires_at) VALUES (?, ?, ?, ?)
                """, arguments: [Self.hash(session), terminal, staffID,
                                 Timestamp.text(date.addingTimeInterval(Self.lifetime))])
        }
        return session
    }

    /// The clerk the session names at this terminal, or nil: unknown, another terminal's, past its time, or the
    /// account locked since.
    public func staff(session: String, terminal: String, at date: Date) throws -> StaffMember? {
        guard Hex.isRandomSecret(session) else { return nil }
        return try database.read { db in
            try Row.fetchOne(db, sql: """
                SELECT s.id, s.name, s.role FROM staff_session x JOIN staff s ON s.id = x.staff_id
                WHERE x.session_hash = ? AND x.terminal = ? AND x.expires_at >= ? AND s.locked = 0
                """, arguments: [Self.hash(session), terminal, Timestamp.text(date)])
                .flatMap { row in
                    StaffRole(rawValue: row["role"]).map { StaffMember(id: row["id"], name: row["name"], role: $0) }
                }
        }
    }

    static func hash(_ session: String) -> String {
        Hex.hashOfSecret(session)
    }
}
