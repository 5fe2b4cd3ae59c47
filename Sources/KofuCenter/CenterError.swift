import Foundation
import HTTPTypes
import Hummingbird
import KofuCenterAPI
import KofuCore
import KofuStore

/// A refusal as the terminal receives it: an HTTP status and a `ProblemBody` with a stable code. Its message says
/// what was refused, never whose data it was.
struct CenterError: HTTPResponseError {
    let status: HTTPResponse.Status
    let code: String
    let message: String

    static let unauthorized = CenterError(status: .unauthorized, code: "unauthorized",
                                          message: "a registered terminal's token is required")
    static func forbidden(_ kind: Channel) -> CenterError {
        CenterError(status: .forbidden, code: "forbidden", message: "this operation is for \(kind.rawValue) terminals")
    }
    static let staffSessionRequired = CenterError(
        status: .forbidden, code: "staffSessionRequired",
        message: "a clerk must be logged in at this terminal (header \(CenterRoute.staffSessionHeader))")
    static let approvalRequired = CenterError(
        status: .forbidden, code: "approvalRequired",
        message: "this needs a supervisor's approval given at this terminal, not used before and not expired")
    static func badRequest(_ message: String) -> CenterError {
        CenterError(status: .badRequest, code: "badRequest", message: message)
    }

    /// The store's refusals keep their meaning; anything else is the center's own failure.
    static func from(_ error: any Error) -> CenterError {
        switch error {
        case let error as CenterError: error
        case IssuanceError.unknownIssuance: CenterError(status: .notFound, code: "unknownIssuance",
                                                         message: "no such issuance for this terminal")
        case WindowError.residentNotFound: CenterError(status: .notFound, code: "residentNotFound",
                                                       message: "no such resident in the register")
        // The store's rules against the state of things (a locked card, the hour, a refund made, a key used).
        case let error as IssuanceError: CenterError(status: .conflict, code: error.clerkReason,
                                                     message: error.operatorSummary)
        case let error as TerminalError: CenterError(status: .forbidden, code: error.clerkReason,
                                                     message: error.operatorSummary)
        // Staff ids and roles, never a password: what the clerk's screen says.
        case let error as StaffError: CenterError(status: .conflict, code: error.clerkReason, message: error.description)
        case let error as any ClerkExplained & OperatorLoggable:
            CenterError(status: .conflict, code: error.clerkReason, message: error.operatorSummary)
        case let error as any OperatorLoggable:
            CenterError(status: .serviceUnavailable, code: "unavailable", message: error.operatorSummary)
        // The store cannot take the request now (busy, full, read-only…): say so, without its file's path.
        case is StoreError:
            CenterError(status: .serviceUnavailable, code: "unavailable", message: "the store cannot answer now")
        default:
            CenterError(status: .internalServerError, code: "internal", message: "the center failed; see its log")
        }
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        var headers: HTTPFields = [.contentType: "application/json"]
        if status == .unauthorized { headers[.wwwAuthenticate] = "Bearer" }
        let body = try JSONEncoder().encode(ProblemBody(code: code, message: message))
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }
}
