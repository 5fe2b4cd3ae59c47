import Foundation
import Hummingbird
import KofuCenterAPI
import KofuCore
import KofuStore

/// The window's money-moving steps on the center. The clerk is the one whose session the request carries and the
/// terminal the one its token proved, whatever the body says; what a supervisor approves takes their approval,
/// used up by that one act.
extension WindowOperations {
    /// A supervisor's password typed at this terminal: on success, one approval for one act.
    func approve(_ request: Request, _ context: CenterContext, _ caller: Caller) async throws -> Response {
        let (terminal, _) = try desk(caller)
        let body = try await Self.credentials(request, context)
        let (staff, sessions, now) = (services.staff, services.sessions, services.now)
        let (outcome, approval) = try await Blocking.run {
            let outcome = try staff.approve(supervisorID: body.staffID, password: body.password, at: now())
            guard case .loggedIn(let supervisor) = outcome else { return (outcome, String?.none) }
            return (outcome, try sessions.approve(terminal: terminal.id, supervisorID: supervisor.id, at: now()))
        }
        return try CenterRoutes.json(LoginOutcomeBody(outcome, approval: approval))
    }

    func unlock(_ request: Request, _ context: CenterContext, _ caller: Caller) async throws -> Response {
        let (terminal, _) = try desk(caller)
        let body = try await CenterRoutes.body(UnlockBody.self, request, context)
        let supervisor = try await approver(body.approval, terminal)
        let (staff, now) = (services.staff, services.now)
        try await Blocking.run { try staff.unlock(staffID: body.staffID, by: supervisor, at: now()) }
        return Response(status: .noContent)
    }

    /// Issues once per `Idempotency-Key`: a retry gets the first receipt (200), before any rule or approval is
    /// looked at again, since the approval was used up by the first.
    func issue(_ request: Request, _ context: CenterContext, _ caller: Caller) async throws -> Response {
        let (terminal, clerk) = try desk(caller)
        let key = try CenterRoutes.requestKey(request)
        let body = try await CenterRoutes.body(WindowIssueBody.self, request, context)
        guard let certificate = body.certificate.windowCertificate else {
            throw CenterError.badRequest("the certificate's fields do not fit its kind")
        }
        // An exemption is a supervisor's decision; without a valid approval the desk refuses it (approvalMissing),
        // unless the request repeats one already made.
        let supervisor = body.exemption == nil ? nil : try? await approver(body.approval, terminal)
        let order = WindowOrder(residentID: body.residentID, identity: body.identity, proxy: body.proxy,
                                request: certificate, copies: body.copies, sealCardNumber: body.sealCardNumber,
                                exemption: body.exemption, approvedBy: supervisor?.id, cashReceived: body.cashReceived,
                                staffID: clerk.id, terminal: terminal.id, requestKey: key)
        let (window, now) = (services.window, services.now)
        let (receipt, replayed) = try await Blocking.run { try window.pay(order, at: now()) }
        if !replayed { services.metrics.issued(channel: .window, yen: receipt.amount) }
        return try CenterRoutes.json(ReceiptBody(receipt), status: replayed ? .ok : .created)
    }

    func refundable(_ request: Request, _ context: CenterContext, _ caller: Caller) async throws -> Response {
        let date = try businessDate(context)
        let window = services.window
        return try CenterRoutes.json(IssuanceListBody(issuances: try await Blocking.run {
            try window.refundableIssuances(businessDate: date)
        }))
    }

    func refund(_ request: Request, _ context: CenterContext, _ caller: Caller) async throws -> Response {
        let (terminal, clerk) = try desk(caller)
        let body = try await CenterRoutes.body(RefundBody.self, request, context)
        let supervisor = try await approver(body.approval, terminal)
        let (window, now) = (services.window, services.now)
        try await Blocking.run {
            try window.refund(body.refund, approvedBy: supervisor.id, staffID: clerk.id, terminal: terminal.id, at: now())
        }
        return Response(status: .noContent)
    }

    func receipt(_ request: Request, _ context: CenterContext, _ caller: Caller) async throws -> Response {
        let (_, clerk) = try desk(caller)
        let body = try await CenterRoutes.body(ReceiptRequestBody.self, request, context)
        guard let reference = body.reference else { throw CenterError.badRequest("give an issuanceID or a serial") }
        let (window, now) = (services.window, services.now)
        return try CenterRoutes.json(try await Blocking.run {
            try window.receipt(for: reference, staffID: clerk.id, at: now())
        })
    }

    func receiptPrinted(_ request: Request, _ context: CenterContext, _ caller: Caller) async throws -> Response {
        let (terminal, clerk) = try desk(caller)
        let body = try await CenterRoutes.body(FeeReceipt.self, request, context)
        let (window, now) = (services.window, services.now)
        try await Blocking.run { try window.receiptPrinted(body, staffID: clerk.id, terminal: terminal.id, at: now()) }
        return Response(status: .noContent)
    }

    func refundUnprinted(_ request: Request, _ context: CenterContext, _ caller: Caller) async throws -> Response {
        let (terminal, clerk) = try desk(caller)
        guard let id = context.parameters.get("issuanceID", as: Int64.self), id > 0 else {
            throw CenterError.badRequest("the issuance id is a positive whole number")
        }
        let (issuances, window, now) = (services.issuances, services.window, services.now)
        try await Blocking.run {
            try issuances.requireOwner(id, terminal: terminal.id)
            try window.refundUnprinted(issuanceID: id, staffID: clerk.id, terminal: terminal.id, at: now())
        }
        return Response(status: .noContent)
    }

    func resetPIN(_ request: Request, _ context: CenterContext, _ caller: Caller) async throws -> Response {
        let (_, clerk) = try desk(caller)
        let body = try await CenterRoutes.body(PINResetBody.self, request, context)
        guard body.pin.count == PIN.length, body.pin.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw CenterError.badRequest("a PIN is \(PIN.length) digits")
        }
        let (window, now) = (services.window, services.now)
        try await Blocking.run {
            try window.resetPIN(credentialID: body.credentialID, newPIN: PIN(body.pin), identity: body.identity,
                                staffID: clerk.id, at: now())
        }
        return Response(status: .noContent)
    }

    /// This terminal's till: the one its token proved, never one the request names.
    func till(_ request: Request, _ context: CenterContext, _ caller: Caller) async throws -> Response {
        let (terminal, _) = try desk(caller)
        let date = try businessDate(context)
        let window = services.window
        return try CenterRoutes.json(try await Blocking.run {
            TillBody(takings: try window.takings(businessDate: date, terminal: terminal.id),
                     close: try window.closeOf(businessDate: date, terminal: terminal.id))
        })
    }

    func closeTill(_ request: Request, _ context: CenterContext, _ caller: Caller) async throws -> Response {
        let (terminal, clerk) = try desk(caller)
        let date = try businessDate(context)
        // A day is closed once it has begun: closing tomorrow's till would shut this window for it in advance.
        guard date <= CityClock().businessDate(services.now()) else {
            throw CenterError.badRequest("a till is closed on its business day or later, not before it")
        }
        let body = try await CenterRoutes.body(TillCloseBody.self, request, context)
        let (window, now) = (services.window, services.now)
        return try CenterRoutes.json(try await Blocking.run {
            try window.close(businessDate: date, terminal: terminal.id, countedCash: body.countedCash,
                             changeFloat: body.changeFloat, staffID: clerk.id, at: now())
        })
    }

    private func desk(_ caller: Caller) throws -> (Terminal, StaffMember) {
        guard let terminal = caller.terminal, let clerk = caller.clerk else { throw CenterError.staffSessionRequired }
        return (terminal, clerk)
    }

    /// The supervisor whose approval, given at this terminal, the request presents; used up here.
    private func approver(_ approval: String?, _ terminal: Terminal) async throws -> StaffMember {
        let (sessions, now) = (services.sessions, services.now)
        guard let approval,
              let supervisor = try await Blocking.run({ try sessions.redeem(approval: approval, terminal: terminal.id, at: now()) })
        else { throw CenterError.approvalRequired }
        return supervisor
    }

    func businessDate(_ context: CenterContext) throws -> String {
        guard let date = context.parameters.get("businessDate"), JapaneseDate.parse(date) != nil, date.count == 10 else {
            throw CenterError.badRequest("the business date is YYYY-MM-DD")
        }
        return date
    }
}
