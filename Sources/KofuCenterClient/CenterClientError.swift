import KofuCore

/// Why a call to the center did not give an answer the terminal can use. None of them carries personal data: the
/// center's refusal messages are written for the operator's log.
public enum CenterClientError: Error, Equatable, CustomStringConvertible, OperatorLoggable {
    /// No answer: the center is down, unreachable or too slow. A payment may or may not have been made.
    case unreachable(String)
    /// The center answered with a refusal (`ProblemBody`).
    case refused(status: Int, code: String, message: String)
    /// The center answered something this terminal does not understand.
    case unexpected(status: Int)
    /// A payment asked for before any PIN check at this terminal vouched for the card: nothing was sent.
    case noPINTicket
    /// An act a supervisor must approve, asked for without their approval given here: nothing was sent.
    case noApproval

    public var description: String {
        switch self {
        case .unreachable(let why): "the issuance center did not answer: \(why)"
        case .refused(let status, let code, let message): "the issuance center refused (\(status) \(code)): \(message)"
        case .unexpected(let status): "the issuance center answered \(status) with nothing this terminal understands"
        case .noPINTicket: "no PIN check at this terminal vouches for the card: the payment was not sent"
        case .noApproval: "no supervisor's approval given at this terminal: nothing was sent"
        }
    }

    public var operatorSummary: String { description }

    /// The center has said its last word on the request: it understood it and will answer it the same way again
    /// (400, 404, 409). A 401, a 403 or a 5xx may be different tomorrow.
    public var isFinal: Bool {
        if case .refused(let status, _, _) = self { return [400, 404, 409].contains(status) }
        return false
    }
}

/// What the window's clerk is told: the center's own word for a refusal (the store's reasons keep their names
/// across the wire), and for no answer at all, that the center could not be reached.
extension CenterClientError: ClerkExplained {
    public var clerkReason: String {
        switch self {
        case .refused(_, let code, _): code
        case .noApproval: "approvalRequired"
        case .unreachable, .unexpected, .noPINTicket: "centerUnavailable"
        }
    }
}
