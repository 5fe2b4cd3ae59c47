import Foundation
import HTTPTypes
import Hummingbird
import KofuCenterAPI
import KofuCore
import KofuStore

/// The kiosk's operations: the same calls its embedded store answers, for the authenticated terminal.
struct KioskOperations {
    let services: CenterServices

    /// Any terminal's: who it is, and the store behind the center.
    func terminal(_ request: Request, _ context: CenterContext, _ caller: Caller) async throws -> Response {
        let terminal = try owner(caller)
        let store = try await Blocking.run { [services] in try services.storeID() }
        return try CenterRoutes.json(TerminalBody(id: terminal.id, kind: terminal.kind, site: terminal.site, store: store))
    }

    func readCredential(_ request: Request, _ context: CenterContext, _ caller: Caller) async throws -> Response {
        let body = try await CenterRoutes.body(ReadCredentialBody.self, request, context)
        let (authority, now) = (services.authority, services.now)
        let reading = try await Blocking.run { try authority.read(credentialID: body.credentialID, kind: body.kind, at: now()) }
        return try CenterRoutes.json(CredentialReadingBody(reading))
    }

    /// A right PIN comes back with a ticket for one payment by this terminal for this card's holder.
    func authenticate(_ request: Request, _ context: CenterContext, _ caller: Caller) async throws -> Response {
        let terminal = try owner(caller)
        let body = try await CenterRoutes.body(AuthenticateBody.self, request, context)
        guard body.pin.count == PIN.length, body.pin.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw CenterError.badRequest("a PIN is \(PIN.length) digits")
        }
        let (authority, tickets, now) = (services.authority, services.tickets, services.now)
        let (outcome, ticket) = try await Blocking.run {
            let outcome = try authority.authenticate(credentialID: body.credentialID, pin: PIN(body.pin), at: now())
            guard case .authenticated(let profile) = outcome else { return (outcome, String?.none) }
            return (outcome, try tickets.issue(terminal: terminal.id, credentialID: body.credentialID,
                                               residentID: profile.residentID, at: now()))
        }
        return try CenterRoutes.json(AuthenticationBody(outcome, ticket: ticket))
    }

    /// Pays and issues, once per `Idempotency-Key`: a retry gets the first receipt, never a second charge.
    func issue(_ request: Request, _ context: CenterContext, _ caller: Caller) async throws -> Response {
        let terminal = try owner(caller)
        let key = try CenterRoutes.requestKey(request)
        let body = try await CenterRoutes.body(IssueBody.self, request, context)
        guard PINTickets.isWellFormed(body.ticket) else { throw CenterError.badRequest("a ticket is 64 hex digits") }
        guard let certificate = body.request.request, CertificateKind.kioskKinds.contains(certificate.kind) else {
            throw CenterError.badRequest("the request's fields do not fit a certificate a kiosk issues")
        }
        let order = IssuanceOrder(credentialID: body.credentialID, residentID: body.residentID, request: certificate,
                                  copies: body.copies, channel: terminal.kind, terminal: terminal.id, requestKey: key,
                                  pinTicket: body.ticket)
        let (desk, now) = (services.desk, services.now)
        let (receipt, replayed) = try await Blocking.run {
            let payment = try desk.pay(order, at: now())
            CrashPoint.pass(.answer)
            return payment
        }
        if !replayed { services.metrics.issued(channel: terminal.kind, yen: receipt.amount) }
        return try CenterRoutes.json(ReceiptBody(receipt), status: replayed ? .ok : .created)
    }

    func copies(_ request: Request, _ context: CenterContext, _ caller: Caller) async throws -> Response {
        let (terminal, id) = (try owner(caller), try issuanceID(context))
        let issuances = services.issuances
        let copies = try await Blocking.run { try issuances.copies(issuanceID: id, terminal: terminal.id) }
        return try CenterRoutes.json(CopiesBody(copies: copies.map { .init(serial: $0.serial, text: $0.text, seal: $0.seal) }))
    }

    func markPrinted(_ request: Request, _ context: CenterContext, _ caller: Caller) async throws -> Response {
        let (terminal, id) = (try owner(caller), try issuanceID(context))
        let body = try await CenterRoutes.body(PrintedBody.self, request, context)
        let (issuances, now) = (services.issuances, services.now)
        try await Blocking.run { try issuances.markPrinted(issuanceID: id, serials: body.serials, terminal: terminal.id, at: now()) }
        return Response(status: .noContent)
    }

    func refundUnprinted(_ request: Request, _ context: CenterContext, _ caller: Caller) async throws -> Response {
        let (terminal, id) = (try owner(caller), try issuanceID(context))
        let body = try await CenterRoutes.body(RefundUnprintedBody.self, request, context)
        guard (1...200).contains(body.reason.unicodeScalars.count) else {
            throw CenterError.badRequest("a reason is 1 to 200 characters")
        }
        // The reason is kept in the ledger and printed in reports: what could not be shown as it is, is shown as �.
        let reason = PlainText.shown(body.reason)
        let (issuances, desk, now) = (services.issuances, services.desk, services.now)
        try await Blocking.run {
            try issuances.requireOwner(id, terminal: terminal.id)
            try desk.refundUnprinted(issuanceID: id, reason: reason, at: now())
        }
        return Response(status: .noContent)
    }

    /// The terminal gave the cash back without an answer: the payment under the key is refunded or barred.
    func withdraw(_ request: Request, _ context: CenterContext, _ caller: Caller) async throws -> Response {
        let terminal = try owner(caller)
        let body = try await CenterRoutes.body(WithdrawalBody.self, request, context)
        guard RequestKey.isValid(body.requestKey) else { throw CenterError.badRequest("not a request key") }
        let (desk, now) = (services.desk, services.now)
        let outcome = try await Blocking.run {
            try desk.withdraw(requestKey: body.requestKey, terminal: terminal.id, at: now())
        }
        return try CenterRoutes.json(WithdrawalBody(requestKey: body.requestKey, withdrawal: outcome))
    }

    private func owner(_ caller: Caller) throws -> Terminal {
        guard let terminal = caller.terminal else { throw CenterError.unauthorized }
        return terminal
    }

    private func issuanceID(_ context: CenterContext) throws -> Int64 {
        guard let id = context.parameters.get("issuanceID", as: Int64.self), id > 0 else {
            throw CenterError.badRequest("the issuance id is a positive whole number")
        }
        return id
    }
}
