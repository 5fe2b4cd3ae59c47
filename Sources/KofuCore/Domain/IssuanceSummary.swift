/// One issuance as a clerk checks it before asking a supervisor to refund or void it.
public struct IssuanceSummary: Equatable, Codable, Sendable {
    public var issuanceID: Int64
    public var residentName: String
    public var kind: CertificateKind
    public var copies: Int
    public var channel: Channel
    public var businessDate: String
    /// What was taken for it: 0 when exempt.
    public var amount: Int
    public var isRefunded: Bool
    /// Receipts (領収書) printed for it, to be taken back with the certificates when it is refunded.
    public var receipts: Int

    public init(issuanceID: Int64, residentName: String, kind: CertificateKind, copies: Int, channel: Channel,
                businessDate: String, amount: Int, isRefunded: Bool = false, receipts: Int = 0) {
        self.issuanceID = issuanceID
        self.residentName = residentName
        self.kind = kind
        self.copies = copies
        self.channel = channel
        self.businessDate = businessDate
        self.amount = amount
        self.isRefunded = isRefunded
        self.receipts = receipts
    }
}
