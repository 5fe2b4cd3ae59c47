/// What a simulation did, as it counted it itself; the store is then checked against it.
public struct SimulationTally: Equatable, Sendable {
    public var sessions = 0
    public var issuances = 0
    public var documents = 0
    /// Yen charged (refunds taken off).
    public var yen = 0
    public var cancels = 0
    public var timeouts = 0
    public var refusals = 0
    public var wrongPINs = 0
    public var locks = 0
    public var exemptions = 0
    public var refunds = 0
    public var closes = 0
    /// Sessions the store or center could not serve, when the run was told to expect it.
    public var outages = 0
    /// Each issuance this run made, with the name of the person it must name.
    public var issued: [Issued] = []
    /// Invariants that did not hold, each said in one line.
    public var broken: [String] = []

    public struct Issued: Equatable, Sendable {
        public var issuanceID: Int64
        /// The resident id of the person authenticated, or served at the window: the certificates name them or
        /// members of their household, and nobody else.
        public var holder: String
        public var serials: [String]
        /// Yen charged: 0 when exempt.
        public var amount: Int
        /// Given back (a failed print, a refund at the window): its paper is void.
        public var refunded: Bool
    }

    /// An issuance of this run was given back: its fee and paper no longer count.
    mutating func refund(_ issuanceID: Int64) {
        guard let index = issued.lastIndex(where: { $0.issuanceID == issuanceID && !$0.refunded }) else { return }
        issued[index].refunded = true
        issuances -= 1
        documents -= issued[index].serials.count
        yen -= issued[index].amount
        refunds += 1
    }

    /// Counts an issuance the store made for this run.
    mutating func record(_ issued: Issued) {
        self.issued.append(issued)
        guard !issued.refunded else { return }
        issuances += 1
        documents += issued.serials.count
        yen += issued.amount
    }

    public init() {}

    public var summary: String {
        "sessions \(sessions), issuances \(issuances), documents \(documents), yen \(yen), cancels \(cancels), "
            + "timeouts \(timeouts), refusals \(refusals), wrong PINs \(wrongPINs), locks \(locks), "
            + "exemptions \(exemptions), refunds \(refunds), till closes \(closes), outages \(outages)"
    }
}
