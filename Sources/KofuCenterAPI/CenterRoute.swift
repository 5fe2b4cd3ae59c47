import KofuCore

/// Every operation of the issuance center's API, version 1: its method, path and who may call it. The server
/// registers exactly these, and a test holds them to `Assets/center/openapi.yaml`, so the two cannot drift.
public enum CenterRoute: String, CaseIterable, Sendable {
    case health
    case openAPI
    case readCredential
    case authenticate
    case issue
    case copies
    case markPrinted
    case refundUnprinted
    case dailySummary

    public var method: String {
        switch self {
        case .health, .openAPI, .copies, .dailySummary: "GET"
        case .readCredential, .authenticate, .issue, .markPrinted, .refundUnprinted: "POST"
        }
    }

    /// OpenAPI's path template: `{name}` for a parameter.
    public var path: String {
        switch self {
        case .health: "/healthz"
        case .openAPI: "/openapi.yaml"
        case .readCredential: "/v1/kiosk/credentials/read"
        case .authenticate: "/v1/kiosk/credentials/authenticate"
        case .issue: "/v1/kiosk/issuances"
        case .copies: "/v1/kiosk/issuances/{issuanceID}/copies"
        case .markPrinted: "/v1/kiosk/issuances/{issuanceID}/printed"
        case .refundUnprinted: "/v1/kiosk/issuances/{issuanceID}/refund-unprinted"
        case .dailySummary: "/v1/window/daily-summary/{businessDate}"
        }
    }

    /// The kind of terminal that may call it; nil for the open ones (health, the document itself).
    public var audience: Channel? {
        switch self {
        case .health, .openAPI: nil
        case .readCredential, .authenticate, .issue, .copies, .markPrinted, .refundUnprinted: .kiosk
        case .dailySummary: .window
        }
    }

    /// The operationId in the OpenAPI document, and the operation's name in logs and metrics.
    public var operationID: String { rawValue }
}
