import Foundation

/// Where a printer gets what it prints and reports it on paper: the store itself, or the issuance center for a
/// terminal that does not hold the store.
public protocol PrintSource: Sendable {
    /// The id every serial of the store carries, which marks the spool folder as the store's.
    func storeID() throws -> String
    /// The copies of an issuance in serial order, each as signed text and the seal printed under it.
    func copies(issuanceID: Int64) throws -> [PrintedCopy]
    /// The copies are on paper: called only after their files and directory were flushed.
    func markPrinted(issuanceID: Int64, serials: [String], at date: Date) throws
}

extension KofuDatabase: PrintSource {
    public func copies(issuanceID: Int64) throws -> [PrintedCopy] {
        try printedDocuments(issuanceID: issuanceID)
    }

    public func markPrinted(issuanceID: Int64, serials: [String], at date: Date) throws {
        try markPrinted(serials, at: date)
    }
}
