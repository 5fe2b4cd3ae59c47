import KofuCore

/// A certificate with its options as it crosses the wire: `kind`, and the fields that kind uses.
public struct CertificateRequestBody: Codable, Sendable, Equatable {
    public var kind: CertificateKind
    /// 住民票の写し and 除票: `holderOnly`, `members` (then `members` lists resident ids) or `wholeHousehold`.
    public var scope: String?
    public var members: [String]?
    public var headAndRelationship: Bool?
    public var domicile: Bool?
    public var myNumber: Bool?
    /// 所得・課税証明書 and 納税証明書: the fiscal year (年度).
    public var fiscalYear: Int?
    /// 納税証明書: the tax.
    public var item: TaxItem?
    /// 営業証明書: the business.
    public var registrationID: String?

    private init(kind: CertificateKind) {
        self.kind = kind
    }

    public init(_ request: CertificateRequest) {
        self.init(kind: request.kind)
        switch request {
        case .residentRecord(let options): record(options)
        case .sealRegistration: break
        case .incomeTax(let year): fiscalYear = year
        }
    }

    public init(_ certificate: WindowCertificate) {
        switch certificate {
        case .kiosk(let request): self.init(request)
        case .taxPayment(let year, let item):
            self.init(kind: .taxPayment)
            fiscalYear = year
            self.item = item
        case .business(let id):
            self.init(kind: .business)
            registrationID = id
        case .removedResidentRecord(let options):
            self.init(kind: .removedResidentRecord)
            record(options)
        }
    }

    private mutating func record(_ options: ResidentRecordOptions) {
        switch options.scope {
        case .holderOnly: scope = "holderOnly"
        case .members(let ids): scope = "members"; members = ids
        case .wholeHousehold: scope = "wholeHousehold"
        }
        headAndRelationship = options.includeHeadAndRelationship
        domicile = options.includeDomicile
        myNumber = options.includeMyNumber
    }

    /// The kiosk's request it describes, or nil when the fields do not fit a kiosk certificate.
    public var request: CertificateRequest? {
        guard item == nil, registrationID == nil else { return nil }
        switch kind {
        case .residentRecord:
            return recordOptions.map { .residentRecord($0) }
        case .sealRegistration:
            guard scope == nil, members == nil, fiscalYear == nil else { return nil }
            return .sealRegistration
        case .incomeTax:
            guard scope == nil, members == nil, let year = fiscalYear else { return nil }
            return .incomeTax(fiscalYear: year)
        default:
            return nil
        }
    }

    /// The window's certificate it describes, or nil when the fields do not fit its kind.
    public var windowCertificate: WindowCertificate? {
        if let request { return .kiosk(request) }
        let recordFields = scope != nil || members != nil || headAndRelationship != nil || domicile != nil
            || myNumber != nil
        switch kind {
        case .taxPayment:
            guard !recordFields, registrationID == nil, let year = fiscalYear, let item else { return nil }
            return .taxPayment(fiscalYear: year, item: item)
        case .business:
            guard !recordFields, fiscalYear == nil, item == nil, let id = registrationID else { return nil }
            return .business(registrationID: id)
        case .removedResidentRecord:
            guard item == nil, registrationID == nil else { return nil }
            return recordOptions.map { .removedResidentRecord($0) }
        default:
            return nil
        }
    }

    private var recordOptions: ResidentRecordOptions? {
        guard fiscalYear == nil else { return nil }
        let householdScope: HouseholdScope
        switch (scope, members) {
        case ("holderOnly", nil): householdScope = .holderOnly
        case ("members", let ids?): householdScope = .members(ids)
        case ("wholeHousehold", nil): householdScope = .wholeHousehold
        default: return nil
        }
        return ResidentRecordOptions(scope: householdScope, includeHeadAndRelationship: headAndRelationship ?? false,
                                     includeDomicile: domicile ?? false, includeMyNumber: myNumber ?? false)
    }
}

/// `POST /v1/kiosk/issuances`, with the terminal's key for this payment in the `Idempotency-Key` header. The
/// terminal and the channel are not in it: the center takes them from the terminal's credentials.
public struct IssueBody: Codable, Sendable, Equatable {
    public var credentialID: String
    public var residentID: String
    public var request: CertificateRequestBody
    public var copies: Int
    /// The ticket the PIN check gave: a payment without a live one for its terminal, card and resident is refused.
    public var ticket: String

    public init(_ order: IssuanceOrder, ticket: String) {
        credentialID = order.credentialID
        residentID = order.residentID
        request = CertificateRequestBody(order.request)
        copies = order.copies
        self.ticket = ticket
    }
}

/// A committed, paid issuance: its id, one serial per copy, the fee and the business date.
public struct ReceiptBody: Codable, Sendable, Equatable {
    public var issuanceID: Int64
    public var serials: [String]
    public var amount: Int
    public var businessDate: String

    public init(_ receipt: IssuanceReceipt) {
        issuanceID = receipt.issuanceID
        serials = receipt.serials
        amount = receipt.amount
        businessDate = receipt.businessDate
    }

    public var receipt: IssuanceReceipt {
        IssuanceReceipt(issuanceID: issuanceID, serials: serials, amount: amount, businessDate: businessDate)
    }
}

/// The copies of an issuance as the terminal prints them, in serial order: the signed text of each, and the seal
/// the printer writes under it last.
public struct CopiesBody: Codable, Sendable, Equatable {
    public struct Copy: Codable, Sendable, Equatable {
        public var serial: String
        public var text: String
        public var seal: String

        public init(serial: String, text: String, seal: String) {
            self.serial = serial
            self.text = text
            self.seal = seal
        }
    }

    public var copies: [Copy]

    public init(copies: [Copy]) { self.copies = copies }
}

/// `POST …/printed`: the serials now on paper at the terminal.
public struct PrintedBody: Codable, Sendable, Equatable {
    public var serials: [String]

    public init(serials: [String]) { self.serials = serials }
}

/// `POST …/refund-unprinted`: why the copies could not be printed.
public struct RefundUnprintedBody: Codable, Sendable, Equatable {
    public var reason: String

    public init(reason: String) { self.reason = reason }
}

/// `POST /v1/kiosk/withdrawals`: a payment whose answer never came, given up by the terminal; and what became of it.
public struct WithdrawalBody: Codable, Sendable, Equatable {
    public var requestKey: String
    public var withdrawal: Withdrawal?

    public init(requestKey: String, withdrawal: Withdrawal? = nil) {
        self.requestKey = requestKey
        self.withdrawal = withdrawal
    }
}

/// Every refusal: a stable code a terminal can act on, and a message for the operator's log.
public struct ProblemBody: Codable, Sendable, Equatable {
    public var code: String
    public var message: String

    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }
}
