/// A resident as the clerk finds them: enough to confirm identity and to offer certificates.
public struct ResidentMatch: Equatable, Codable, Sendable {
    public var residentID: String
    public var name: String
    public var kana: String
    /// `YYYY-MM-DD`.
    public var birthDate: String
    public var address: String

    public init(residentID: String, name: String, kana: String, birthDate: String, address: String) {
        self.residentID = residentID
        self.name = name
        self.kana = kana
        self.birthDate = birthDate
        self.address = address
    }
}

public struct TaxPaymentRecord: Equatable, Codable, Sendable {
    public var fiscalYear: Int
    public var item: TaxItem
    public var assessed: Int
    public var paid: Int

    public init(fiscalYear: Int, item: TaxItem, assessed: Int, paid: Int) {
        self.fiscalYear = fiscalYear
        self.item = item
        self.assessed = assessed
        self.paid = paid
    }

    public var unpaid: Int { assessed - paid }
}

public struct BusinessRegistration: Equatable, Codable, Sendable {
    public var registrationID: String
    public var name: String

    public init(registrationID: String, name: String) {
        self.registrationID = registrationID
        self.name = name
    }
}

/// What the window may issue for one resident; window staff also serve residents the kiosk refuses.
public struct WindowProfile: Equatable, Codable, Sendable {
    public var resident: ResidentMatch
    public var householdMembers: [HouseholdMember]
    public var hasSealRegistration: Bool
    public var incomeFiscalYears: [Int]
    public var taxPayments: [TaxPaymentRecord]
    public var businesses: [BusinessRegistration]
    /// Credentials of the resident, for a PIN reset.
    public var credentialIDs: [String]
    /// 支援措置: the clerk must see it as the record opens, and only the resident in person is served.
    public var protectionMeasure: Bool

    public init(resident: ResidentMatch, householdMembers: [HouseholdMember], hasSealRegistration: Bool,
                incomeFiscalYears: [Int], taxPayments: [TaxPaymentRecord], businesses: [BusinessRegistration],
                credentialIDs: [String], protectionMeasure: Bool = false) {
        self.resident = resident
        self.householdMembers = householdMembers
        self.hasSealRegistration = hasSealRegistration
        self.incomeFiscalYears = incomeFiscalYears
        self.taxPayments = taxPayments
        self.businesses = businesses
        self.credentialIDs = credentialIDs
        self.protectionMeasure = protectionMeasure
    }
}
