/// The identity document the clerk checked: one photo ID, or two documents without a photo.
public enum IdentityDocument: String, Codable, Sendable, CaseIterable {
    case myNumberCard
    case driversLicence
    case passport
    case twoNonPhotoDocuments
}

/// Someone at the counter for the resident: a member of the same household, picked from the register; an heir of a
/// deceased resident; or a proxy with a power of attorney (委任状), who states what the certificate is for and where
/// it goes.
public struct Proxy: Equatable, Codable, Sendable {
    public enum Standing: String, Codable, Sendable {
        case householdMember
        case heir
        /// A power of attorney was checked at the counter.
        case attorney
    }

    public var standing: Standing
    public var name: String
    /// The household member's resident id, as the register knows them.
    public var memberID: String?
    /// How the applicant is related to a deceased resident (子, 配偶者 …), recorded with a 除票.
    public var relationship: String
    /// 使用目的 and 提出先, as a proxy states them on the request.
    public var purpose: String
    public var submitTo: String

    public init(standing: Standing, name: String, memberID: String? = nil, relationship: String = "", purpose: String = "",
                submitTo: String = "") {
        self.standing = standing
        self.name = name
        self.memberID = memberID
        self.relationship = relationship
        self.purpose = purpose
        self.submitTo = submitTo
    }

    /// A household member picked from the register.
    public static func member(_ member: HouseholdMember) -> Proxy {
        Proxy(standing: .householdMember, name: member.name, memberID: member.residentID)
    }

    /// A member of the resident's own household needs no power of attorney and may take a My Number.
    public var sameHousehold: Bool { standing == .householdMember }

    /// How an heir or a household member says they are related to a deceased resident, as recorded.
    public static let heirRelationships = ["配偶者", "子", "父母", "兄弟姉妹", "孫", "その他の親族"]
}

/// How the certificate reaches the resident. A resident record with My Number asked for by a proxy from outside
/// the household is not handed over: it is mailed to the resident's registered address.
public enum Delivery: String, Codable, Sendable {
    case counter
    case mailToRegisteredAddress

    /// Only a current record is ever mailed: a 除票 with My Number goes to no one but its owner in person.
    public static func of(_ request: WindowCertificate, proxy: Proxy?) -> Delivery {
        guard let proxy, !proxy.sameHousehold, case .kiosk(.residentRecord(let options)) = request,
              options.includeMyNumber else { return .counter }
        return .mailToRegisteredAddress
    }
}

/// Tax items a 納税証明書 can certify.
public enum TaxItem: String, Codable, Sendable, CaseIterable {
    case inhabitantTax
    case fixedAssetTax
    case lightVehicleTax
    case nationalHealthInsuranceTax
}

/// Fee exemptions the city grants at the window, always with a supervisor's approval.
public enum ExemptionReason: String, Codable, Sendable, CaseIterable {
    case publicAssistance
    case officialUse
    case disasterVictim
    case pensionClaim
}

/// One issuance at the window: who asked, who was checked, what for, and who served.
public struct WindowOrder: Equatable, Sendable {
    public var residentID: String
    public var identity: IdentityDocument
    public var proxy: Proxy?
    public var request: WindowCertificate
    public var copies: Int
    /// 印鑑登録証明書 at the window needs the seal registration card (印鑑登録証), not the My Number card.
    public var sealCardNumber: String?
    public var exemption: ExemptionReason?
    /// The supervisor who approved the exemption; required with one.
    public var approvedBy: String?
    /// Cash handed over for the fee; nil when exempt. The change is what it leaves over the amount.
    public var cashReceived: Int?
    public var staffID: String
    public var terminal: String
    /// The terminal's own name for this payment when it reaches the store over a network, as for a kiosk's: a
    /// retry after a lost answer gets the first receipt.
    public var requestKey: String?

    public init(residentID: String, identity: IdentityDocument, proxy: Proxy?, request: WindowCertificate, copies: Int,
                sealCardNumber: String? = nil, exemption: ExemptionReason? = nil, approvedBy: String? = nil,
                cashReceived: Int? = nil, staffID: String, terminal: String, requestKey: String? = nil) {
        self.requestKey = requestKey
        self.residentID = residentID
        self.identity = identity
        self.proxy = proxy
        self.request = request
        self.copies = copies
        self.sealCardNumber = sealCardNumber
        self.exemption = exemption
        self.approvedBy = approvedBy
        self.cashReceived = cashReceived
        self.staffID = staffID
        self.terminal = terminal
    }

    /// 300 yen a copy, nothing when exempted.
    public var amount: Int { Channel.window.fee(copies: copies, exempt: exemption != nil) }

    public var delivery: Delivery { Delivery.of(request, proxy: proxy) }

    public var change: Int { max(0, (cashReceived ?? 0) - amount) }
}

/// What the window issues: the kiosk's certificates with the same options, and two of its own.
public enum WindowCertificate: Equatable, Codable, Sendable {
    case kiosk(CertificateRequest)
    case taxPayment(fiscalYear: Int, item: TaxItem)
    case business(registrationID: String)
    case removedResidentRecord(ResidentRecordOptions)

    public var kind: CertificateKind {
        switch self {
        case .kiosk(let request): request.kind
        case .taxPayment: .taxPayment
        case .business: .business
        case .removedResidentRecord: .removedResidentRecord
        }
    }

    /// The options of a resident record, current or removed.
    public var recordOptions: ResidentRecordOptions? {
        switch self {
        case .kiosk(.residentRecord(let options)), .removedResidentRecord(let options): options
        default: nil
        }
    }
}
