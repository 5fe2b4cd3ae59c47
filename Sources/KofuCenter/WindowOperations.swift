import Foundation
import Hummingbird
import KofuCenterAPI
import KofuCore
import KofuStore

/// The window's operations on the center. A clerk logs in at a window terminal and gets a session; the register
/// and the reports answer only requests carrying it (the route's audience is `.staff`).
struct WindowOperations {
    let services: CenterServices

    /// The same check as at an embedded window (wrong passwords counted, the account locked after five), and on
    /// success a session for this terminal.
    func login(_ request: Request, _ context: CenterContext, _ caller: Caller) async throws -> Response {
        guard let terminal = caller.terminal else { throw CenterError.unauthorized }
        let body = try await Self.credentials(request, context)
        let (staff, sessions, now) = (services.staff, services.sessions, services.now)
        let (outcome, session) = try await Blocking.run {
            let outcome = try staff.login(staffID: body.staffID, password: body.password, at: now())
            guard case .loggedIn(let member) = outcome else { return (outcome, String?.none) }
            return (outcome, try sessions.open(terminal: terminal.id, staffID: member.id, at: now()))
        }
        return try CenterRoutes.json(LoginOutcomeBody(outcome, session: session))
    }

    /// The clerk left: the terminal's session ends, and any approval given there with it.
    func logout(_ request: Request, _ context: CenterContext, _ caller: Caller) async throws -> Response {
        guard let terminal = caller.terminal else { throw CenterError.unauthorized }
        let sessions = services.sessions
        try await Blocking.run { try sessions.end(terminal: terminal.id) }
        return Response(status: .noContent)
    }

    /// A staff id and password as the document bounds them (in Unicode scalars, as JSON Schema counts).
    static func credentials(_ request: Request, _ context: CenterContext) async throws -> LoginBody {
        let body = try await CenterRoutes.body(LoginBody.self, request, context)
        guard (1...64).contains(body.staffID.unicodeScalars.count), (1...256).contains(body.password.unicodeScalars.count)
        else { throw CenterError.badRequest("a staff id is 1 to 64 characters, a password 1 to 256") }
        return body
    }

    func residentByCard(_ request: Request, _ context: CenterContext, _ caller: Caller) async throws -> Response {
        let body = try await CenterRoutes.body(CardNumberBody.self, request, context)
        let registry = services.registry
        let match = try await Blocking.run { try registry.find(cardNumber: body.cardNumber) }
        return try CenterRoutes.json(ResidentFoundBody(match: match))
    }

    func residentSearch(_ request: Request, _ context: CenterContext, _ caller: Caller) async throws -> Response {
        let body = try await CenterRoutes.body(ResidentSearchBody.self, request, context)
        guard JapaneseDate.parse(body.birthDate) != nil, body.birthDate.count == 10 else {
            throw CenterError.badRequest("the birth date is YYYY-MM-DD")
        }
        guard (1...64).contains(body.kana.unicodeScalars.count) else { throw CenterError.badRequest("the name part is 1 to 64 characters") }
        let registry = services.registry
        let matches = try await Blocking.run { try registry.search(kana: body.kana, birthDate: body.birthDate) }
        return try CenterRoutes.json(ResidentMatchesBody(matches: matches))
    }

    func residentProfile(_ request: Request, _ context: CenterContext, _ caller: Caller) async throws -> Response {
        let body = try await CenterRoutes.body(ResidentBody.self, request, context)
        let (registry, now) = (services.registry, services.now)
        return try CenterRoutes.json(try await Blocking.run {
            try registry.windowProfile(residentID: body.residentID, at: now())
        })
    }

    func sealCard(_ request: Request, _ context: CenterContext, _ caller: Caller) async throws -> Response {
        let body = try await CenterRoutes.body(SealCardBody.self, request, context)
        let registry = services.registry
        let matches = try await Blocking.run { try registry.sealCardMatches(residentID: body.residentID, number: body.number) }
        return try CenterRoutes.json(SealCardMatchBody(matches: matches))
    }

    func dailySummary(_ request: Request, _ context: CenterContext, _ caller: Caller) async throws -> Response {
        let date = try businessDate(context)
        let window = services.window
        return try CenterRoutes.json(try await Blocking.run { try window.dailySummary(businessDate: date) })
    }

    func issuanceReport(_ request: Request, _ context: CenterContext, _ caller: Caller) async throws -> Response {
        let date = try businessDate(context)
        let window = services.window
        return try CenterRoutes.json(try await Blocking.run { try window.issuanceReport(businessDate: date) })
    }
}
