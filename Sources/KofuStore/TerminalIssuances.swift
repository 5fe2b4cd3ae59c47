import Foundation
import GRDB
import KofuCore

/// What a terminal on the network may do with an issuance after paying for it: fetch its copies to print, say they
/// are on paper, or have the fee given back when they could not be printed. Only with the issuances it made
/// itself: any other id answers as unknown, so that no terminal can read another's certificates.
public struct TerminalIssuances: Sendable {
    let database: KofuDatabase

    public init(database: KofuDatabase) {
        self.database = database
    }

    public func copies(issuanceID: Int64, terminal: String) throws -> [PrintedCopy] {
        try requireOwner(issuanceID, terminal: terminal)
        return try database.printedDocuments(issuanceID: issuanceID)
    }

    /// Marks the copies printed; serials of other issuances are ignored.
    public func markPrinted(issuanceID: Int64, serials: [String], terminal: String, at date: Date) throws {
        try requireOwner(issuanceID, terminal: terminal)
        let own = Set(try database.printedDocuments(issuanceID: issuanceID).map(\.serial))
        try database.markPrinted(serials.filter(own.contains), at: date)
    }

    public func requireOwner(_ issuanceID: Int64, terminal: String) throws {
        let owner = try database.read { db in
            try String.fetchOne(db, sql: "SELECT terminal FROM issuance WHERE id = ?", arguments: [issuanceID])
        }
        guard owner == terminal else { throw IssuanceError.unknownIssuance(issuanceID) }
    }
}
