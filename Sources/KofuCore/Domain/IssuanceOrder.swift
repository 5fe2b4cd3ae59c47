/// Everything needed to issue and charge in one transaction. The resident comes from the authentication, never from
/// what was typed afterwards, so a certificate always matches the person who proved who they are.
public struct IssuanceOrder: Equatable, Sendable {
    public var credentialID: String
    public var residentID: String
    public var request: CertificateRequest
    public var copies: Int
    public var channel: Channel
    public var terminal: String
    /// The terminal's own name for this payment, when it reaches the store over a network: a retry with the same
    /// key gets the first answer back instead of a second charge.
    public var requestKey: String?
    /// The proof a terminal on the network got for its PIN check (see the center's authentication): an order with
    /// a request key pays only with one, and uses it up. Nil for terminals that reach the store in their own
    /// process, where the PIN was checked by the same program that pays.
    public var pinTicket: String?

    public init(credentialID: String, residentID: String, request: CertificateRequest, copies: Int,
                channel: Channel, terminal: String, requestKey: String? = nil, pinTicket: String? = nil) {
        self.requestKey = requestKey
        self.pinTicket = pinTicket
        self.credentialID = credentialID
        self.residentID = residentID
        self.request = request
        self.copies = copies
        self.channel = channel
        self.terminal = terminal
    }

    public var amount: Int { channel.fee(copies: copies) }
}

/// What a committed issuance gives back: the journal id and one serial per copy.
public struct IssuanceReceipt: Equatable, Sendable {
    public var issuanceID: Int64
    public var serials: [String]
    public var amount: Int
    public var businessDate: String

    public init(issuanceID: Int64, serials: [String], amount: Int, businessDate: String) {
        self.issuanceID = issuanceID
        self.serials = serials
        self.amount = amount
        self.businessDate = businessDate
    }
}
