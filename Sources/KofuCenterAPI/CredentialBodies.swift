import KofuCore

/// `POST /v1/kiosk/credentials/read`: the card (or phone) the resident placed.
public struct ReadCredentialBody: Codable, Sendable, Equatable {
    public var credentialID: String
    public var kind: CredentialKind

    public init(credentialID: String, kind: CredentialKind) {
        self.credentialID = credentialID
        self.kind = kind
    }
}

/// What reading a credential told: `ready` with the PIN tries left, or `refused` with why.
public struct CredentialReadingBody: Codable, Sendable, Equatable {
    public var state: String
    public var triesLeft: Int?
    public var refusal: Refusal?

    public init(_ reading: CredentialReading) {
        switch reading {
        case .ready(let tries): state = "ready"; triesLeft = tries
        case .refused(let why): state = "refused"; refusal = why
        }
    }

    public var reading: CredentialReading? {
        switch (state, triesLeft, refusal) {
        case ("ready", let tries?, nil): .ready(triesLeft: tries)
        case ("refused", nil, let why?): .refused(why)
        default: nil
        }
    }
}

/// `POST /v1/kiosk/credentials/authenticate`. The PIN crosses the wire only inside TLS and is never logged.
public struct AuthenticateBody: Codable, Sendable, Equatable, CustomStringConvertible {
    public var credentialID: String
    public var pin: String

    public init(credentialID: String, pin: PIN) {
        self.credentialID = credentialID
        self.pin = pin.digits
    }

    public var description: String { "AuthenticateBody(credentialID: \(credentialID), pin: ****)" }
}

/// The outcome of a PIN check: `authenticated` with the holder's profile and the ticket the payment must present,
/// `wrongPIN` with the tries left, or `refused` with why.
public struct AuthenticationBody: Codable, Sendable, Equatable {
    public var outcome: String
    public var profile: KioskProfile?
    public var ticket: String?
    public var triesLeft: Int?
    public var refusal: Refusal?

    public init(_ outcome: AuthenticationOutcome, ticket: String? = nil) {
        switch outcome {
        case .authenticated(let profile): self.outcome = "authenticated"; self.profile = profile; self.ticket = ticket
        case .wrongPIN(let tries): self.outcome = "wrongPIN"; triesLeft = tries
        case .refused(let why): self.outcome = "refused"; refusal = why
        }
    }

    public var authentication: AuthenticationOutcome? {
        switch (outcome, profile, triesLeft, refusal) {
        case ("authenticated", let profile?, nil, nil): .authenticated(profile)
        case ("wrongPIN", nil, let tries?, nil): .wrongPIN(triesLeft: tries)
        case ("refused", nil, nil, let why?): .refused(why)
        default: nil
        }
    }
}

/// `GET /v1/terminal`: the calling terminal as registered, and the id of the store behind the center.
public struct TerminalBody: Codable, Sendable, Equatable {
    public var id: String
    public var kind: Channel
    public var site: String
    public var store: String

    public init(id: String, kind: Channel, site: String, store: String) {
        self.id = id
        self.kind = kind
        self.site = site
        self.store = store
    }
}
