/// The screens of a kiosk session, in the order a resident meets them.
public enum KioskScreen: Equatable, Sendable {
    case closed
    case start
    case terms
    case credentialKind
    case credentialEntry
    case pinEntry
    case authenticating
    case refused(Refusal)
    /// The certificate system could not be reached; nothing is known about the card.
    case systemUnavailable
    case takeCard
    case certificateMenu
    case residentScope
    case householdMembers
    case residentOptions
    case fiscalYear
    case copies
    case confirm
    case payment
    case issuing
    case printing
    case takeCertificate
    case issueFailed
    case printFailed

    /// The step indicator position (1…6), nil where no step applies.
    public var step: Int? {
        switch self {
        case .credentialKind, .credentialEntry: 1
        case .pinEntry, .authenticating: 2
        case .takeCard, .certificateMenu, .residentScope, .householdMembers, .residentOptions, .fiscalYear: 3
        case .copies: 4
        case .confirm: 5
        case .payment, .issuing, .printing: 6
        default: nil
        }
    }

    /// 中止 is possible until the fee is paid; afterwards the certificate is already being issued.
    public var isCancellable: Bool {
        switch self {
        case .terms, .credentialKind, .credentialEntry, .pinEntry, .refused, .systemUnavailable, .takeCard, .certificateMenu,
             .residentScope, .householdMembers, .residentOptions, .fiscalYear, .copies, .confirm, .payment:
            true
        default:
            false
        }
    }

    /// The card is on the reader (the smartphone held to it) from its number until the take-card screen: a
    /// session ending here must tell the resident to take it.
    public var holdsCredential: Bool {
        switch self {
        case .credentialEntry, .pinEntry, .authenticating, .refused, .systemUnavailable: true
        default: false
        }
    }

    /// Screens where a walked-away resident must not leave a session open for the next person.
    public var endsWhenIdle: Bool {
        switch self {
        case .closed, .start, .authenticating, .issuing, .printing: false
        default: true
        }
    }
}
