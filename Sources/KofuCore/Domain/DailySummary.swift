/// 日計表: one business day's ledger, totalled the way the till is closed.
public struct DailySummary: Equatable, Codable, Sendable {
    public struct Line: Equatable, Codable, Sendable {
        public var channel: Channel
        public var kind: CertificateKind
        /// Charged issuances, their copies and yen.
        public var issued: Int
        public var copies: Int
        public var amount: Int
        public var exemptions: Int
        public var refunds: Int
        /// Negative: yen given back.
        public var refunded: Int

        public init(channel: Channel, kind: CertificateKind, issued: Int, copies: Int, amount: Int, exemptions: Int,
                    refunds: Int, refunded: Int) {
            self.channel = channel
            self.kind = kind
            self.issued = issued
            self.copies = copies
            self.amount = amount
            self.exemptions = exemptions
            self.refunds = refunds
            self.refunded = refunded
        }
    }

    /// A window terminal's close: the cash counted against what the till should hold, its change float (釣銭準備金)
    /// plus what the ledger says it took in.
    public struct Close: Equatable, Codable, Sendable {
        public var terminal: String
        public var staffID: String
        public var changeFloat: Int
        /// The change float plus the day's window charges less refunds paid at this till.
        public var expectedCash: Int
        public var countedCash: Int
        public var closedAt: String

        public init(terminal: String, staffID: String, changeFloat: Int, expectedCash: Int, countedCash: Int,
                    closedAt: String) {
            self.terminal = terminal
            self.staffID = staffID
            self.changeFloat = changeFloat
            self.expectedCash = expectedCash
            self.countedCash = countedCash
            self.closedAt = closedAt
        }

        public var difference: Int { countedCash - expectedCash }
    }

    public var businessDate: String
    public var lines: [Line]
    public var closes: [Close]

    public init(businessDate: String, lines: [Line], closes: [Close]) {
        self.businessDate = businessDate
        self.lines = lines
        self.closes = closes
    }

    /// Net yen for one channel: charges plus (negative) refunds.
    public func net(_ channel: Channel) -> Int {
        lines.filter { $0.channel == channel }.reduce(0) { $0 + $1.amount + $1.refunded }
    }
}
