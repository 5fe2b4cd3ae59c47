import Foundation
import KofuCore

/// What a terminal on the network may do with an issuance after paying for it: fetch its copies to print, say they
/// are on paper, or have the fee given back when they could not be printed. Only with the issuances it made
/// itself: any other id answers as unknown, so that no terminal can read another's certificates. Once the fee is
/// given back (refunded as unprinted, or withdrawn) the copies are void: they are neither handed out nor marked.
public struct TerminalIssuances: Sendable {
    let database: KofuDatabase

    public init(database: KofuDatabase) {
        self.database = database
    }

    public func copies(issuanceID: Int64, terminal: String) throws -> [PrintedCopy] {
        try requireOwner(issuanceID, terminal: terminal, paid: true)
        return try database.printedDocuments(issuanceID: issuanceID)
    }

    /// Marks the copies printed; serials of other issuances are ignored. Checked and written in one transaction,
    /// so that a refund cannot come between: a payment is either refunded or on paper, never both.
    public func markPrinted(issuanceID: Int64, serials: [String], terminal: String, at date: Date) throws {
        try database.write { db in
            try Self.requireOwner(db, issuanceID, terminal: terminal, paid: true)
            try KofuDatabase.markPrinted(db, serials, issuanceID: issuanceID, at: date)
        }
    }

    /// Refuses an issuance of another terminal as unknown; with `paid`, one whose fee was given back too.
    public func requireOwner(_ issuanceID: Int64, terminal: String, paid: Bool = false) throws {
        try database.read { db in try Self.requireOwner(db, issuanceID, terminal: terminal, paid: paid) }
    }

    static func requireOwner(_ db: any SQLConnection, _ issuanceID: Int64, terminal: String, paid: Bool) throws {
        let row = try SQLRow.fetchOne(db, sql: """
            SELECT i.terminal, EXISTS (SELECT 1 FROM ledger c JOIN ledger r ON r.references_ledger_id = c.id
                                       WHERE c.issuance_id = i.id) AS refunded
            FROM issuance i WHERE i.id = ?
            """, arguments: [issuanceID])
        guard let row, row["terminal"] == terminal else { throw IssuanceError.unknownIssuance(issuanceID) }
        if paid && row["refunded"] { throw IssuanceError.alreadyRefunded(issuanceID) }
    }
}
