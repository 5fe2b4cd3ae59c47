import KofuCore

/// Every operation of the issuance center's API, version 1: its method, path and who may call it. The server
/// registers exactly these, and a test holds them to `Assets/center/openapi.yaml`, so the two cannot drift.
public enum CenterRoute: String, CaseIterable, Sendable {
    case health
    case openAPI
    case metrics
    case terminal
    case readCredential
    case authenticate
    case issue
    case copies
    case markPrinted
    case refundUnprinted
    case withdraw
    case staffLogin
    case residentByCard
    case residentSearch
    case residentProfile
    case sealCard
    case staffApprove
    case staffLogout
    case staffUnlock
    case windowIssue
    case refundable
    case windowRefund
    case receipt
    case receiptPrinted
    case windowRefundUnprinted
    case pinReset
    case till
    case tillClose
    case dailySummary
    case issuanceReport

    public var method: String {
        switch self {
        case .health, .openAPI, .metrics, .terminal, .copies, .refundable, .till, .dailySummary, .issuanceReport: "GET"
        case .readCredential, .authenticate, .issue, .markPrinted, .refundUnprinted, .withdraw, .staffLogin,
             .residentByCard, .residentSearch, .residentProfile, .sealCard, .staffApprove, .staffLogout, .staffUnlock,
             .windowIssue,
             .windowRefund, .receipt, .receiptPrinted, .windowRefundUnprinted, .pinReset, .tillClose: "POST"
        }
    }

    /// OpenAPI's path template: `{name}` for a parameter.
    public var path: String {
        switch self {
        case .health: "/healthz"
        case .openAPI: "/openapi.yaml"
        case .metrics: "/metrics"
        case .terminal: "/v1/terminal"
        case .readCredential: "/v1/kiosk/credentials/read"
        case .authenticate: "/v1/kiosk/credentials/authenticate"
        case .issue: "/v1/kiosk/issuances"
        case .copies: "/v1/issuances/{issuanceID}/copies"
        case .markPrinted: "/v1/issuances/{issuanceID}/printed"
        case .refundUnprinted: "/v1/kiosk/issuances/{issuanceID}/refund-unprinted"
        case .withdraw: "/v1/kiosk/withdrawals"
        case .staffLogin: "/v1/window/staff/login"
        case .residentByCard: "/v1/window/residents/by-card"
        case .residentSearch: "/v1/window/residents/search"
        case .residentProfile: "/v1/window/residents/profile"
        case .sealCard: "/v1/window/residents/seal-card"
        case .staffApprove: "/v1/window/staff/approve"
        case .staffLogout: "/v1/window/staff/logout"
        case .staffUnlock: "/v1/window/staff/unlock"
        case .windowIssue: "/v1/window/issuances"
        case .refundable: "/v1/window/refundable/{businessDate}"
        case .windowRefund: "/v1/window/refunds"
        case .receipt: "/v1/window/receipts"
        case .receiptPrinted: "/v1/window/receipts/printed"
        case .windowRefundUnprinted: "/v1/window/issuances/{issuanceID}/refund-unprinted"
        case .pinReset: "/v1/window/credentials/pin"
        case .till: "/v1/window/till/{businessDate}"
        case .tillClose: "/v1/window/till/{businessDate}/close"
        case .dailySummary: "/v1/window/daily-summary/{businessDate}"
        case .issuanceReport: "/v1/window/issuance-report/{businessDate}"
        }
    }

    /// Who may call it.
    public enum Audience: Sendable, Equatable {
        /// Anyone: health, metrics (no personal data, only counts) and the document itself.
        case open
        /// Any registered terminal, with its token.
        case anyTerminal
        /// Terminals of this kind only.
        case only(Channel)
        /// A window terminal with the session of the clerk logged in there (header `Kofu-Staff-Session`).
        case staff
        /// A terminal printing what it issued: any kiosk, a window with its clerk logged in (certificate texts are
        /// personal data, and a window's key alone reads none).
        case printing
    }

    /// The header naming the clerk of a window terminal, from the login's answer.
    public static let staffSessionHeader = "Kofu-Staff-Session"

    public var audience: Audience {
        switch self {
        case .health, .openAPI, .metrics: .open
        case .terminal: .anyTerminal
        // The issuance's own terminal is checked by the operation.
        case .copies, .markPrinted: .printing
        case .readCredential, .authenticate, .issue, .refundUnprinted, .withdraw: .only(.kiosk)
        case .staffLogin: .only(.window)
        case .residentByCard, .residentSearch, .residentProfile, .sealCard, .staffApprove, .staffLogout, .staffUnlock,
             .windowIssue,
             .refundable, .windowRefund, .receipt, .receiptPrinted, .windowRefundUnprinted, .pinReset, .till,
             .tillClose, .dailySummary, .issuanceReport: .staff
        }
    }

    /// The operationId in the OpenAPI document, and the operation's name in logs and metrics.
    public var operationID: String { rawValue }
}
