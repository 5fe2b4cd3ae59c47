import Foundation

/// The staff window flow, pure like the kiosk's: `(state, action) -> (state, effects)`.
public enum WindowReducer {
    public static func reduce(_ state: inout WindowState, _ action: WindowAction) -> [WindowEffect] {
        let effects = step(&state, action)
        state.cursor = MenuCursor.settle(state.cursor, WindowMenu.items(for: state).map(\.isEnabled))
        return effects
    }

    static func step(_ state: inout WindowState, _ action: WindowAction) -> [WindowEffect] {
        switch action {
        case .key(let key):
            state.lastActivity = state.now
            return handle(key, &state)
        case .tick(let date):
            state.now = date
            if state.staff != nil, date.timeIntervalSince(state.lastActivity) >= state.config.idleTimeout {
                return logout(&state, message: WindowMessage("window.message.idleLogout", isError: false))
            }
            return []
        case .loggedIn(let outcome):
            switch outcome {
            case .loggedIn(let member):
                state.staff = member
                state.message = nil
                show(.home, &state)
                return [.loadClose(businessDate: CityClock.japan.businessDate(state.now))]
            case .rejected:
                failLogin(WindowMessage("window.message.rejected"), &state)
            case .locked:
                failLogin(WindowMessage("window.message.locked"), &state)
            case .coolingDown(let until):
                failLogin(coolingDown(until), &state)
            }
            return []
        case .closeLoaded(let close):
            state.close = close
            return []
        case .approved(let outcome):
            return approved(outcome, &state)
        case .found(let matches):
            return found(matches, &state)
        case .profileLoaded(let profile):
            state.customer.profile = profile
            // A PIN is reset for the card holder in person, and only on a card of this city's current register.
            guard state.task == .serve || !profile.credentialIDs.isEmpty else {
                state.message = WindowMessage("window.message.noCardToReset")
                show(.findMethod, &state)
                return []
            }
            show(state.task == .resetPIN ? .identity : .applicant, &state)
            return []
        case .sealCardChecked(let number, let matches):
            guard matches else {
                state.message = WindowMessage("window.refusal.sealCardMismatch")
                show(.sealCard, &state)
                return []
            }
            state.customer.sealCardNumber = number
            state.customer.certificate = .kiosk(.sealRegistration)
            show(.copies, &state)
            return []
        case .issued(let receipt):
            state.receipt = receipt
            show(.issued, &state)
            return []
        case .printFailed(let receipt, let refunded):
            // Back to the menu: the confirm screen must not offer to charge the same order again.
            finish(WindowMessage(refunded ? "window.message.printFailedRefunded" : "window.message.printFailedRefundByHand",
                                 [String(receipt.issuanceID)]), &state)
            return []
        case .refundableLoaded, .refunded, .receiptPrinted, .tillCounted, .closed:
            return money(action, &state)
        case .pinReset:
            finish(WindowMessage("window.message.pinReset", isError: false), &state)
            return []
        case .summaryLoaded(let summary):
            state.summary = summary
            state.close = summary.closes.first { $0.terminal == state.config.terminal }
            show(.daily, &state)
            return []
        case .reportLoaded(let report):
            state.report = report
            show(.reports, &state)
            return []
        case .refused(let reason):
            refuse(WindowMessage("window.refusal.\(reason)"), &state)
            return []
        case .failed(let reason):
            refuse(WindowMessage("window.message.failed", [reason]), &state)
            return []
        case .interrupt:
            state.isFinished = true
            return []
        }
    }

    static func show(_ screen: WindowScreen, _ state: inout WindowState) {
        state.screen = screen
        state.cursor = 0
        state.input = ""
    }

    /// Never leave the clerk on a password screen after a refusal: what they type next is not for it.
    static func refuse(_ message: WindowMessage, _ state: inout WindowState) {
        state.message = message
        if state.screen == .supervisorPassword { show(.supervisorID, &state) }
    }

    static func failLogin(_ message: WindowMessage, _ state: inout WindowState) {
        state.message = message
        show(.staffID, &state)
    }

    static func logout(_ state: inout WindowState, message: WindowMessage? = nil) -> [WindowEffect] {
        let leaving = state.staff
        state.staff = nil
        state.approvalFor = nil
        state.approvingSupervisor = ""
        state.refundable = []
        state.refundTarget = nil
        state.staffID = ""
        state.customer = WindowCustomer()
        state.summary = nil
        state.report = nil
        state.close = nil
        state.receipt = nil
        state.message = message
        show(.staffID, &state)
        return leaving.map { [.logout(staffID: $0.id)] } ?? []
    }

    /// A customer's business is done (or abandoned): back to the menu with nothing of theirs kept.
    static func finish(_ message: WindowMessage?, _ state: inout WindowState) {
        state.customer = WindowCustomer()
        state.receipt = nil
        state.approvalFor = nil
        state.message = message
        show(.home, &state)
    }

    static func found(_ matches: [ResidentMatch], _ state: inout WindowState) -> [WindowEffect] {
        state.customer.matches = matches
        switch matches.count {
        case 0:
            // What was typed stays, to be corrected rather than typed again.
            state.message = WindowMessage("window.message.notFound")
            if state.screen == .birthDate {
                show(.kana, &state)
                state.input = state.customer.kana
            } else {
                state.input = state.customer.cardNumber
            }
            return []
        case 1:
            return [.loadProfile(residentID: matches[0].residentID)]
        default:
            show(.results, &state)
            return []
        }
    }

    static func coolingDown(_ until: Date) -> WindowMessage {
        WindowMessage("window.message.coolingDown", [CityClock.japan.hourMinute(until)])
    }

    static func approved(_ outcome: LoginOutcome, _ state: inout WindowState) -> [WindowEffect] {
        guard case .loggedIn(let supervisor) = outcome, supervisor.role == .supervisor else {
            if case .coolingDown(let until) = outcome {
                state.message = coolingDown(until)
            } else {
                state.message = WindowMessage("window.message.notApproved")
            }
            show(.supervisorID, &state)
            return []
        }
        state.message = nil
        switch state.approvalFor {
        case .refundIssuance?:
            guard let target = state.refundTarget, let reason = state.refundReason else { return [] }
            // The approval screen was reached only through the take-back (回収) step.
            return [.refund(RefundRequest(issuanceID: target.issuanceID, reason: reason, note: state.refundNote,
                                          copiesCollected: true), approvedBy: supervisor.id)]
        default:
            state.customer.approvedBy = supervisor.id
            show(.confirm, &state)
            return []
        }
    }

    /// The order as the clerk has prepared it, once everything it needs is chosen.
    public static func order(_ state: WindowState) -> WindowOrder? {
        guard let staff = state.staff, let profile = state.customer.profile,
              let certificate = state.customer.certificate else { return nil }
        return WindowOrder(residentID: profile.resident.residentID, identity: state.customer.identity,
                           proxy: state.customer.proxy, request: certificate, copies: state.customer.copies,
                           sealCardNumber: state.customer.sealCardNumber, exemption: state.customer.exemption,
                           approvedBy: state.customer.approvedBy, cashReceived: state.customer.cashReceived,
                           staffID: staff.id, terminal: state.config.terminal, requestKey: state.customer.requestKey)
    }
}
