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

/// The answer to a login: `loggedIn` with the clerk and the session every later request of the terminal carries
/// (header `Kofu-Staff-Session`), `rejected`, `locked`, or `coolingDown` with the instant passwords are taken again.
public struct LoginOutcomeBody: Codable, Sendable, Equatable {
    public var outcome: String
    public var member: StaffMember?
    public var session: String?
    /// ISO 8601 UTC.
    public var until: String?

    public init(_ outcome: LoginOutcome, session: String? = nil) {
        switch outcome {
        case .loggedIn(let member): self.outcome = "loggedIn"; self.member = member; self.session = session
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
