/// The fee ledger as reports and the close of day read it. Appending happens only through `IssuanceDesk`, so that
/// a fee is never recorded apart from the certificates it pays for.
public protocol Ledger: Sendable {
    /// Entries in the order they were written; all of them when `businessDate` (`YYYY-MM-DD`) is nil.
    func ledgerEntries(businessDate: String?) throws -> [LedgerEntry]
}
