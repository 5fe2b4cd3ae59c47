/// The first place where a chain shows tampering: which row, how it came to be there, and what differs.
public struct ChainFault: Equatable, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        /// Its fields no longer give its hash.
        case edited
        /// Its hash was recomputed after an edit: the next row still links to the old one.
        case rehashed
        /// A place in the chain is empty, or the chain ends before rows that were written.
        case deleted
        /// A row that was never appended to the chain: a second holder of a place, or one written last that
        /// stands among older rows.
        case inserted
        /// A row written after others that now stands before them.
        case reordered
        /// The ledger up to a till close's recorded head no longer hashes to that head: changed, every later hash
        /// recomputed.
        case rewrittenAfterClose
        /// A window row of a till and day that was closed before it.
        case addedAfterClose
        /// A till close without the city's valid signature where one is due: made or remade without the key.
        case notSignedByCity
    }

    public var kind: Kind
    /// Who, as a person reads it: "ledger row 5 (seq 5)", "till close W-01 2026-11-25 (seq 2)", "the ledger row at
    /// seq 5" for one that is gone.
    public var row: String
    /// The place in the chain the fault is found at.
    public var seq: Int64?
    public var detail: String

    public var description: String {
        let verb = switch kind {
        case .edited: "was edited"
        case .rehashed: "was edited and its hash recomputed"
        case .deleted: "was deleted"
        case .inserted: "was inserted"
        case .reordered: "was moved"
        case .rewrittenAfterClose: "was rewritten after a till close"
        case .addedAfterClose: "was added after its till's close"
        case .notSignedByCity: "was not signed by the city"
        }
        return "\(row) \(verb): \(detail)"
    }
}
