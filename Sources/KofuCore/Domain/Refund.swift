/// Why a window issuance is refunded and voided: one of the reasons the city accepts, always named.
public enum RefundReason: String, Codable, Sendable, CaseIterable {
    /// The counter issued the wrong certificate or wrong content.
    case clericalError
    /// The resident asked for the wrong certificate and returns it the same day.
    case wrongRequest
    case duplicate
    case printDefect
    case other
}

/// What a supervisor approves: the issuance, the reason with the clerk's words, and that every copy came back (回収),
/// since a refunded certificate must not stay in anyone's hands.
public struct RefundRequest: Equatable, Codable, Sendable {
    public var issuanceID: Int64
    public var reason: RefundReason
    /// Free text; required for `.other`.
    public var note: String
    public var copiesCollected: Bool

    public init(issuanceID: Int64, reason: RefundReason, note: String, copiesCollected: Bool) {
        self.issuanceID = issuanceID
        self.reason = reason
        self.note = note
        self.copiesCollected = copiesCollected
    }
}
