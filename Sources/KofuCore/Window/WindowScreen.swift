/// The clerk's screens. Text screens take typed input; the others are numbered menus or notices.
public enum WindowScreen: Equatable, Sendable {
    case staffID
    case password
    case home
    case findMethod
    case cardNumber
    case kana
    case birthDate
    case results
    case applicant
    /// Which member of the resident's household came, picked from the register.
    case householdApplicant
    /// How the household member or heir is related to a deceased resident.
    case applicantRelationship
    case proxyName
    case proxyPurpose
    case proxySubmitTo
    /// The document of whoever came to the counter.
    case identity
    case certificate
    case residentScope
    case householdMembers
    case residentOptions
    case sealCard
    case fiscalYear
    case taxRecord
    case business
    case copies
    case fee
    case exemptionReason
    case supervisorID
    case supervisorPassword
    case confirm
    case issued
    case pinCredential
    case newPIN
    case newPINAgain
    /// Today's window issuances that can still be refunded; one already refunded is not offered.
    case refundIssuance
    case refundReason
    case refundNote
    /// The issuance, the reason, and the copies to take back (回収) before a supervisor approves.
    case confirmRefund
    /// The cash handed over for the fee, before anything is issued.
    case cashReceived
    /// Which paid issuance, kiosk or window, a receipt (領収書) is for.
    case receiptIssuance
    case daily
    /// Bar charts of issuances: the day by hour, the month by day, twelve months by month.
    case reports
    case countedCash
    /// The counted cash against the ledger, before the till is closed for good.
    case confirmClose

    /// Screens where keys are text (or digits) for a field rather than menu numbers.
    public var isTextEntry: Bool {
        switch self {
        case .staffID, .password, .cardNumber, .kana, .birthDate, .proxyName, .proxyPurpose, .proxySubmitTo, .sealCard,
             .copies, .supervisorID,
             .supervisorPassword, .newPIN, .newPINAgain, .refundNote, .cashReceived, .receiptIssuance, .countedCash:
            true
        default:
            false
        }
    }

    /// What is typed here is never shown.
    public var isSecret: Bool {
        self == .password || self == .supervisorPassword || self == .newPIN || self == .newPINAgain
    }
}
