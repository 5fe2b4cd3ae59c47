import Foundation
import KofuCore

/// `POST /v1/window/staff/login`. The password crosses the wire only inside TLS and is never logged.
public struct LoginBody: Codable, Sendable, Equatable, CustomStringConvertible {
    public var staffID: String
    public var password: String

    public init(staffID: String, password: String) {
        self.staffID = staffID
        self.password = password
    }

    public var description: String { "LoginBody(staffID: \(staffID), password: ****)" }
}

/// The answer to a login (or a supervisor's approval): `loggedIn` with the member and, for a login, the session
/// every later request of the terminal carries (header `Kofu-Staff-Session`), for an approval, the approval the
/// approved act presents; `rejected`, `locked`, or `coolingDown` with the instant passwords are taken again.
public struct LoginOutcomeBody: Codable, Sendable, Equatable {
    public var outcome: String
    public var member: StaffMember?
    public var session: String?
    public var approval: String?
    /// ISO 8601 UTC.
    public var until: String?

    public init(_ outcome: LoginOutcome, session: String? = nil, approval: String? = nil) {
        switch outcome {
        case .loggedIn(let member):
            self.outcome = "loggedIn"
            self.member = member
            self.session = session
            self.approval = approval
        case .rejected: self.outcome = "rejected"
        case .locked: self.outcome = "locked"
        case .coolingDown(let until): self.outcome = "coolingDown"; self.until = InstantText.utc(until)
        }
    }

    public var login: LoginOutcome? {
        switch (outcome, member, until) {
        case ("loggedIn", let member?, nil): .loggedIn(member)
        case ("rejected", nil, nil): .rejected
        case ("locked", nil, nil): .locked
        case ("coolingDown", nil, let until?):
            InstantText.lenientSeconds(until).map { .coolingDown(until: Date(timeIntervalSince1970: TimeInterval($0))) }
        default: nil
        }
    }
}

/// `POST /v1/window/residents/by-card`: the number of a My Number card shown at the counter.
public struct CardNumberBody: Codable, Sendable, Equatable {
    public var cardNumber: String

    public init(cardNumber: String) { self.cardNumber = cardNumber }
}

/// The resident a card belongs to, if the register knows the card.
public struct ResidentFoundBody: Codable, Sendable, Equatable {
    public var match: ResidentMatch?

    public init(match: ResidentMatch?) { self.match = match }
}

/// `POST /v1/window/residents/search`: a part of the name in katakana and the birth date, `YYYY-MM-DD`.
public struct ResidentSearchBody: Codable, Sendable, Equatable {
    public var kana: String
    public var birthDate: String

    public init(kana: String, birthDate: String) {
        self.kana = kana
        self.birthDate = birthDate
    }
}

public struct ResidentMatchesBody: Codable, Sendable, Equatable {
    public var matches: [ResidentMatch]

    public init(matches: [ResidentMatch]) { self.matches = matches }
}

/// `POST /v1/window/residents/profile`: the resident whose record the clerk opens.
public struct ResidentBody: Codable, Sendable, Equatable {
    public var residentID: String

    public init(residentID: String) { self.residentID = residentID }
}

/// `POST /v1/window/residents/seal-card`: whether `number` is the resident's 印鑑登録証.
public struct SealCardBody: Codable, Sendable, Equatable {
    public var residentID: String
    public var number: String

    public init(residentID: String, number: String) {
        self.residentID = residentID
        self.number = number
    }
}

public struct SealCardMatchBody: Codable, Sendable, Equatable {
    public var matches: Bool

    public init(matches: Bool) { self.matches = matches }
}

/// `POST /v1/window/staff/unlock`: a supervisor's approval unlocks a clerk's account.
public struct UnlockBody: Codable, Sendable, Equatable {
    public var staffID: String
    public var approval: String

    public init(staffID: String, approval: String) {
        self.staffID = staffID
        self.approval = approval
    }
}

/// `POST /v1/window/issuances`: an order at the counter. The clerk and the terminal are not in it (the session and
/// the token say who they are); an exemption presents a supervisor's approval.
public struct WindowIssueBody: Codable, Sendable, Equatable {
    public var residentID: String
    public var identity: IdentityDocument
    public var proxy: Proxy?
    public var certificate: CertificateRequestBody
    public var copies: Int
    public var sealCardNumber: String?
    public var exemption: ExemptionReason?
    public var approval: String?
    public var cashReceived: Int?

    public init(_ order: WindowOrder, approval: String?) {
        residentID = order.residentID
        identity = order.identity
        proxy = order.proxy
        certificate = CertificateRequestBody(order.request)
        copies = order.copies
        sealCardNumber = order.sealCardNumber
        exemption = order.exemption
        self.approval = approval
        cashReceived = order.cashReceived
    }
}

/// `GET /v1/window/refundable/{businessDate}`: the window issuances of the day not yet refunded, newest first.
public struct IssuanceListBody: Codable, Sendable, Equatable {
    public var issuances: [IssuanceSummary]

    public init(issuances: [IssuanceSummary]) { self.issuances = issuances }
}

/// `POST /v1/window/refunds`: the refund a supervisor approved.
public struct RefundBody: Codable, Sendable, Equatable {
    public var refund: RefundRequest
    public var approval: String

    public init(refund: RefundRequest, approval: String) {
        self.refund = refund
        self.approval = approval
    }
}

/// `POST /v1/window/receipts`: the issuance a 領収書 is for, by its number or a serial on one of its copies.
public struct ReceiptRequestBody: Codable, Sendable, Equatable {
    public var issuanceID: Int64?
    public var serial: String?

    public init(_ reference: ReceiptReference) {
        switch reference {
        case .issuance(let id): issuanceID = id
        case .serial(let serial): self.serial = serial
        }
    }

    public var reference: ReceiptReference? {
        switch (issuanceID, serial) {
        case (let id?, nil): .issuance(id)
        case (nil, let serial?): .serial(serial)
        default: nil
        }
    }
}

/// `POST /v1/window/credentials/pin`: a new PIN after the identity check. Never logged.
public struct PINResetBody: Codable, Sendable, Equatable, CustomStringConvertible {
    public var credentialID: String
    public var pin: String
    public var identity: IdentityDocument

    public init(credentialID: String, pin: PIN, identity: IdentityDocument) {
        self.credentialID = credentialID
        self.pin = pin.digits
        self.identity = identity
    }

    public var description: String { "PINResetBody(credentialID: \(credentialID), pin: ****)" }
}

/// `GET /v1/window/till/{businessDate}`: this terminal's takings of the day, and its close if made.
public struct TillBody: Codable, Sendable, Equatable {
    public var takings: Int
    public var close: DailySummary.Close?

    public init(takings: Int, close: DailySummary.Close?) {
        self.takings = takings
        self.close = close
    }
}

/// `POST /v1/window/till/{businessDate}/close`: the cash counted and the change float.
public struct TillCloseBody: Codable, Sendable, Equatable {
    public var countedCash: Int
    public var changeFloat: Int

    public init(countedCash: Int, changeFloat: Int) {
        self.countedCash = countedCash
        self.changeFloat = changeFloat
    }
}
