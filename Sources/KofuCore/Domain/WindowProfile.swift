/// Where someone stands in the city's register, which decides what its window may issue for them.
public enum Registration: Equatable, Codable, Sendable {
    case current
    /// Registered in another town (its name): the city's window gives only a 広域交付住民票 (住基法12条の4).
    case otherTown(String)
    /// A 除票 is kept: `on` is the day of the move or death, `YYYY-MM-DD`.
    case movedOut(on: String)
    case deceased(on: String)

    public var isRemoved: Bool {
        switch self {
        case .movedOut, .deceased: true
        case .current, .otherTown: false
        }
    }
}

/// As the center sends it: `{"state": "current" | "otherTown" | "movedOut" | "deceased"}`, with `town` for another
/// town and `on` for a removal, so that the wire says what each field is.
extension Registration {
    private enum Key: String, CodingKey { case state, town, on }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        switch try container.decode(String.self, forKey: .state) {
        case "current": self = .current
        case "otherTown": self = .otherTown(try container.decode(String.self, forKey: .town))
        case "movedOut": self = .movedOut(on: try container.decode(String.self, forKey: .on))
        case "deceased": self = .deceased(on: try container.decode(String.self, forKey: .on))
        case let state:
            throw DecodingError.dataCorruptedError(forKey: .state, in: container, debugDescription: "no state \(state)")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        switch self {
        case .current: try container.encode("current", forKey: .state)
        case .otherTown(let town): try container.encode("otherTown", forKey: .state); try container.encode(town, forKey: .town)
        case .movedOut(let on): try container.encode("movedOut", forKey: .state); try container.encode(on, forKey: .on)
        case .deceased(let on): try container.encode("deceased", forKey: .state); try container.encode(on, forKey: .on)
        }
    }
}

/// A resident as the clerk finds them: enough to confirm identity and to offer certificates.
public struct ResidentMatch: Equatable, Codable, Sendable {
    public var residentID: String
    public var name: String
    public var kana: String
    /// `YYYY-MM-DD`.
    public var birthDate: String
    public var address: String
    public var registration: Registration

    public init(residentID: String, name: String, kana: String, birthDate: String, address: String,
                registration: Registration = .current) {
        self.residentID = residentID
        self.name = name
        self.kana = kana
        self.birthDate = birthDate
        self.address = address
        self.registration = registration
    }
}

/// One tax of one year as the clerk sees it on the day: what is unpaid past its due dates (未納) apart from what is
/// not due yet (納期未到来), as the 納税証明書 will print them.
public struct TaxPaymentRecord: Equatable, Codable, Sendable {
    public var fiscalYear: Int
    public var item: TaxItem
    public var assessed: Int
    public var paid: Int
    public var notYetDue: Int

    public init(fiscalYear: Int, item: TaxItem, assessed: Int, paid: Int, notYetDue: Int = 0) {
        self.fiscalYear = fiscalYear
        self.item = item
        self.assessed = assessed
        self.paid = paid
        self.notYetDue = notYetDue
    }

    public var unpaid: Int { assessed - paid - notYetDue }
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
