import Foundation

/// The kiosk flow: `(state, action) -> (state, effects)`, with no I/O. Screens follow DESIGN.md §1.
public enum KioskReducer {
    public static func reduce(_ state: inout KioskState, _ action: KioskAction) -> [KioskEffect] {
        let effects = step(&state, action)
        state.cursor = MenuCursor.settle(state.cursor, KioskMenu.items(for: state).map(\.isEnabled))
        return effects
    }

    static func step(_ state: inout KioskState, _ action: KioskAction) -> [KioskEffect] {
        switch action {
        case .key(let key):
            let wasAskingToContinue = state.idleCountdown != nil
            state.lastActivity = state.now
            state.message = nil
            // The key that answers 「操作を続けますか」 only continues, so nothing typed before is changed; Q still
            // cancels, and a coin or note put in is counted like any other.
            let insertsCash = state.screen == .payment && key.isDigit
            if wasAskingToContinue, !insertsCash, key != .character("q"), key != .character("Q") { return [] }
            return handle(key, &state)
        case .tick(let date):
            state.now = date
            return tick(&state)
        case .credentialRead(let reading):
            guard state.screen == .authenticating, state.session != nil else { return [] }
            switch reading {
            case .ready(let triesLeft):
                state.session!.triesLeft = triesLeft
                state.session!.lastPINWasWrong = false
                show(.pinEntry, &state)
            case .refused(let refusal):
                show(.refused(refusal), &state)
            }
            return []
        case .authenticated(let outcome):
            return authenticated(outcome, &state)
        case .authenticationUnavailable:
            state.session?.pin = PIN()
            show(.systemUnavailable, &state)
            return []
        case .issued(let receipt):
            state.session?.receipt = receipt
            state.session?.printStartedAt = state.now
            show(.printing, &state)
            let change = (state.session?.inserted ?? 0) - receipt.amount
            state.returnedCash = max(0, change)
            return (change > 0 ? [.dispenseCash(change)] : []) + [.print(receipt)]
        case .issueFailed:
            let inserted = state.session?.inserted ?? 0
            state.returnedCash = inserted
            show(.issueFailed, &state)
            return inserted > 0 ? [.dispenseCash(inserted)] : []
        case .printed:
            state.session?.printed = true
            return []
        case .printFailed:
            show(.printFailed, &state)
            guard let receipt = state.session?.receipt else { return [] }
            state.returnedCash = receipt.amount
            return [.refundUnprinted(issuanceID: receipt.issuanceID), .dispenseCash(receipt.amount)]
        case .printedRead(let copies):
            guard state.screen == .takeCertificate, state.session != nil else { return [] }
            state.session!.printedView = PrintedView(copies: copies)
            return []
        case .printedUnreadable:
            state.message = .printedUnreadable
            return []
        case .interrupt:
            state.isFinished = true
            return endSession(.interrupted(returned: unpaid(state), onReader: onReader(state)), &state)
        }
    }

    static func show(_ screen: KioskScreen, _ state: inout KioskState) {
        state.screen = screen
        state.cursor = 0
        state.helpPage = nil
    }

    /// The card or smartphone a session ending now leaves on the reader.
    static func onReader(_ state: KioskState) -> CredentialKind? {
        state.screen.holdsCredential ? state.session?.credentialKind : nil
    }

    /// The cash a session ending now gives back: what was put in, as long as none of it has paid a fee.
    static func unpaid(_ state: KioskState) -> Int {
        state.screen == .payment ? state.session?.inserted ?? 0 : 0
    }

    /// Ends the session: everything entered is dropped, inserted cash goes back, the start screen returns.
    static func endSession(_ notice: KioskNotice?, _ state: inout KioskState) -> [KioskEffect] {
        let inserted = unpaid(state)
        state.session = nil
        state.notice = notice
        // The notice is timed from here, however long the resident had been away.
        state.lastActivity = state.now
        if inserted > 0 { state.returnedCash = inserted }
        show(KioskHours().isOpen(at: state.now, clock: .japan) ? .start : .closed, &state)
        return inserted > 0 ? [.dispenseCash(inserted)] : []
    }

    static func tick(_ state: inout KioskState) -> [KioskEffect] {
        let open = KioskHours().isOpen(at: state.now, clock: .japan)
        if state.notice != nil, state.now.timeIntervalSince(state.lastActivity) >= state.config.noticeDuration {
            state.notice = nil
        }
        if state.screen == .start, !open {
            // What happened to an earlier customer is nobody's business on the closed screen.
            state.notice = nil
            show(.closed, &state)
        }
        if state.screen == .closed, open { show(.start, &state) }
        let inserted = unpaid(state)
        // At closing time a session that has not paid ends like a cancel; one already paid runs to its end.
        if !open, state.screen.isCancellable {
            return endSession(.hoursEnded(returned: inserted, onReader: onReader(state)), &state)
        }
        if state.screen.endsWhenIdle, state.now.timeIntervalSince(state.lastActivity) >= state.config.idleTimeout {
            // After a successful issue, walking away is normal, not a failure worth a notice.
            let notice = KioskNotice.timedOut(returned: inserted, onReader: onReader(state))
            return endSession(state.screen == .takeCertificate ? nil : notice, &state)
        }
        if state.screen == .printing, let session = state.session, session.printed,
           let started = session.printStartedAt,
           state.now.timeIntervalSince(started) >= printDuration(copies: session.copies) {
            show(.takeCertificate, &state)
        }
        return []
    }

    /// The simulated printer's pace, so the progress bar means something.
    public static func printDuration(copies: Int) -> TimeInterval { 1.0 + 0.5 * Double(copies) }

    static func authenticated(_ outcome: AuthenticationOutcome, _ state: inout KioskState) -> [KioskEffect] {
        guard state.screen == .authenticating, state.session != nil else { return [] }
        state.session!.pin = PIN()
        switch outcome {
        case .authenticated(let profile):
            state.session!.profile = profile
            show(.takeCard, &state)
        case .wrongPIN(let triesLeft):
            state.session!.triesLeft = triesLeft
            state.session!.lastPINWasWrong = true
            show(.pinEntry, &state)
        case .refused(let refusal):
            show(.refused(refusal), &state)
        }
        return []
    }
}
