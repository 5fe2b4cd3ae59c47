import Foundation
import KofuCore

/// Proof, for a terminal on the network, that the resident it pays for typed the right PIN there a moment ago. The
/// center hands a ticket out with each successful PIN check; the payment presents it and uses it up in its own
/// transaction. A terminal's key alone thus pays for nobody: it takes the card and its PIN, once per payment.
///
/// The ticket is 32 random bytes as hex and only its SHA-256 is kept, as with terminal secrets. It lasts
/// `lifetime`, far longer than a kiosk session's screens take between the PIN and the fee, short enough that a
/// ticket copied from a terminal's memory is worth little.
public struct PINTickets: Sendable {
    static let lifetime: TimeInterval = 10 * 60
    let database: KofuDatabase

    public init(database: KofuDatabase) {
        self.database = database
    }

    /// A ticket for one payment by `terminal` for the holder of `credentialID`. Tickets past their time, any
    /// terminal's, are dropped in the same transaction, so the table holds only live ones.
    public func issue(terminal: String, credentialID: String, residentID: String, at date: Date) throws -> String {
        let ticket = Hex.randomSecret()
        try database.write { db in
            try db.execute(sql: "DELETE FROM pin_ticket WHERE expires_at < ?", arguments: [Timestamp.text(date)])
            try db.execute(sql: """
                INSERT INTO pin_ticket (ticket_hash, terminal, credential_id, resident_id, expires_at)
                VALUES (?, ?, ?, ?, ?)
                """, arguments: [Self.hash(ticket), terminal, credentialID, residentID,
                                 Timestamp.text(date.addingTimeInterval(Self.lifetime))])
        }
        return ticket
    }

    /// Uses the ticket up for `order`, or refuses the order: a ticket unknown, spent, past its time, or given for
    /// another terminal, card or resident proves nothing for it. A refused ticket is left as it was.
    static func redeem(_ db: any SQLConnection, _ ticket: String, for order: IssuanceOrder, at date: Date) throws {
        let hash = hash(ticket)
        guard let row = try SQLRow.fetchOne(db.cachedStatement(sql: """
            SELECT terminal, credential_id, resident_id, expires_at FROM pin_ticket WHERE ticket_hash = ?
            """), arguments: [hash]),
              row["terminal"] == order.terminal, row["credential_id"] == order.credentialID,
              row["resident_id"] == order.residentID, row["expires_at"] as String >= Timestamp.text(date) else {
            throw IssuanceError.pinNotProven
        }
        try db.cachedStatement(sql: "DELETE FROM pin_ticket WHERE ticket_hash = ?").execute(arguments: [hash])
    }

    /// What `issue` hands out: 64 lowercase hex digits.
    public static func isWellFormed(_ ticket: String) -> Bool {
        Hex.isRandomSecret(ticket)
    }

    static func hash(_ ticket: String) -> String {
        Hex.hashOfSecret(ticket)
    }
}
