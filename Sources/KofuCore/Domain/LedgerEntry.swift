/// One row of the fee ledger. It carries no personal data: the ledger is kept and shown to staff for years, while
/// the issuance it points to is what links a fee to a resident.
public struct LedgerEntry: Equatable, Codable, Sendable {
    public enum EntryType: String, Codable, Sendable {
        case charge
        case refund
        case exemption
    }

    public var id: Int64
    public var entryType: EntryType
    public var issuanceID: Int64?
    /// The charge a refund gives back; nil for charges and exemptions.
    public var referencesLedgerID: Int64?
    public var channel: Channel
    public var terminal: String
    public var kind: CertificateKind
    public var copies: Int
    public var unitFee: Int
    /// Yen; negative for refunds so that a plain sum gives the cash the till should hold.
    public var amount: Int
    public var businessDate: String
    public var createdAt: String
    public var reason: String?

    public init(id: Int64, entryType: EntryType, issuanceID: Int64?, referencesLedgerID: Int64? = nil,
                channel: Channel, terminal: String, kind: CertificateKind, copies: Int, unitFee: Int, amount: Int,
                businessDate: String, createdAt: String, reason: String? = nil) {
        self.id = id
        self.entryType = entryType
        self.issuanceID = issuanceID
        self.referencesLedgerID = referencesLedgerID
        self.channel = channel
        self.terminal = terminal
        self.kind = kind
        self.copies = copies
        self.unitFee = unitFee
        self.amount = amount
        self.businessDate = businessDate
        self.createdAt = createdAt
        self.reason = reason
    }

    /// Absent values are written as null rather than left out, so every JSON row has the same keys.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(entryType, forKey: .entryType)
        try c.encode(issuanceID, forKey: .issuanceID)
        try c.encode(referencesLedgerID, forKey: .referencesLedgerID)
        try c.encode(channel, forKey: .channel)
        try c.encode(terminal, forKey: .terminal)
        try c.encode(kind, forKey: .kind)
        try c.encode(copies, forKey: .copies)
        try c.encode(unitFee, forKey: .unitFee)
        try c.encode(amount, forKey: .amount)
        try c.encode(businessDate, forKey: .businessDate)
        try c.encode(createdAt, forKey: .createdAt)
        try c.encode(reason, forKey: .reason)
    }
}
