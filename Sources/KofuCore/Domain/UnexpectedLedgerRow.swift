/// A ledger row that does not fit the ledger's rules (an unknown code, a missing or impossible value): left by an
/// older or newer Kofu, or by someone editing the file. Reports leave it out and name it, rather than stop.
public struct UnexpectedLedgerRow: Error, Equatable, Sendable, CustomStringConvertible {
    /// The row's id, when even that could not be read: nil.
    public var id: Int64?
    public var problem: String

    public init(id: Int64?, problem: String) {
        self.id = id
        self.problem = problem
    }

    /// One line for the operator: "ledger row 17: kind "stamp" is no certificate kind".
    public var description: String {
        "ledger row \(id.map(String.init) ?? "?"): \(PlainText.shown(problem))"
    }
}
