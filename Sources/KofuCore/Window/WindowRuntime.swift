import Foundation

public struct WindowPorts: Sendable {
    public var staff: any StaffDirectory
    public var registry: any ResidentRegistry
    public var desk: any WindowDesk
    public var printer: any CertificatePrinter
    /// Operator log: failures only, never a password, PIN or personal data.
    public var log: @Sendable (String) -> Void

    public init(staff: any StaffDirectory, registry: any ResidentRegistry, desk: any WindowDesk,
                printer: any CertificatePrinter, log: @escaping @Sendable (String) -> Void) {
        self.staff = staff
        self.registry = registry
        self.desk = desk
        self.printer = printer
        self.log = log
    }
}

/// Runs the window reducer and carries out its effects, as `KioskRuntime` does for the kiosk.
public struct WindowRuntime: InteractiveProgram {
    public private(set) var state: WindowState
    let strings: Localization
    let ports: WindowPorts

    public init(state: WindowState, strings: Localization, ports: WindowPorts) {
        self.state = state
        self.strings = strings
        self.ports = ports
    }

    public var screen: ScreenModel { WindowView(state: state, strings: strings).screen }
    public var isFinished: Bool { state.isFinished }

    public mutating func handle(_ key: KeyInput, at date: Date) {
        handle(key, at: date) { _ in }
    }

    public mutating func handle(_ key: KeyInput, at date: Date, showing: (ScreenModel) -> Void) {
        send(.tick(date))
        send(.key(key), showing: showing)
    }

    public mutating func tick(at date: Date) { send(.tick(date)) }

    public mutating func interrupt(at date: Date) { send(.interrupt) }

    public mutating func send(_ action: WindowAction, showing: (ScreenModel) -> Void = { _ in }) {
        EffectLoop.run(action, on: &state, reduce: WindowReducer.reduce,
                       beforeEffects: { [strings] in showing(WindowView(state: $0, strings: strings).screen) }) {
            [ports] effect, state in
            Self.perform(effect, state, ports)
        }
    }

    /// Charged (or exempted) but not printed: the issuance is voided at once, so the till never expects money that
    /// was not taken and no certificate of it can pass as valid.
    private static func refundUnprinted(_ receipt: IssuanceReceipt, staffID: String, terminal: String, at now: Date,
                                        ports: WindowPorts) -> Bool {
        do {
            try ports.desk.refundUnprinted(issuanceID: receipt.issuanceID, staffID: staffID, terminal: terminal,
                                           at: now)
            return true
        } catch {
            ports.log("window \(terminal): REFUND NOT RECORDED for unprinted issuance \(receipt.issuanceID): \(error)")
            return false
        }
    }

    private static func perform(_ effect: WindowEffect, _ state: WindowState, _ ports: WindowPorts) -> WindowAction? {
        let now = state.now
        let staffID = state.staff?.id ?? ""
        let terminal = state.config.terminal
        do {
            switch effect {
            case .logout(let id):
                // Nothing for the clerk to see: the window is already back at the login; a failure is the operator's.
                do { try ports.staff.logout(staffID: id, at: now) } catch {
                    ports.log("window \(terminal): logout of \(id) not recorded: \(error)")
                }
                return nil
            case .login(let id, let password):
                return .loggedIn(try ports.staff.login(staffID: id, password: password, at: now))
            case .loadClose(let date):
                return .closeLoaded(try ports.desk.closeOf(businessDate: date, terminal: terminal))
            case .approve(let id, let password):
                return .approved(try ports.staff.approve(supervisorID: id, password: password, at: now))
            case .findCard(let number):
                return .found(try ports.registry.find(cardNumber: number).map { [$0] } ?? [])
            case .search(let kana, let birthDate):
                return .found(try ports.registry.search(kana: kana, birthDate: birthDate))
            case .loadProfile(let residentID):
                return .profileLoaded(try ports.registry.windowProfile(residentID: residentID, at: now))
            case .checkSealCard(let residentID, let number):
                return .sealCardChecked(number: number,
                                        matches: try ports.registry.sealCardMatches(residentID: residentID, number: number))
            case .issue(let order):
                let receipt = try ports.desk.issue(order, at: now)
                do {
                    try ports.printer.print(receipt)
                } catch {
                    ports.log("window \(terminal): printing issuance \(receipt.issuanceID) failed: \(error)")
                    return .printFailed(receipt, refunded: refundUnprinted(receipt, staffID: staffID, terminal: terminal, at: now,
                                                                                  ports: ports))
                }
                return .issued(receipt)
            case .loadRefundable(let date):
                return .refundableLoaded(try ports.desk.refundableIssuances(businessDate: date))
            case .refund(let request, let supervisor):
                try ports.desk.refund(request, approvedBy: supervisor, staffID: staffID, terminal: terminal, at: now)
                return .refunded(request.issuanceID)
            case .printReceipt(let reference):
                // Counted only once it is on paper, so a jammed print is not taken for the first of two.
                let receipt = try ports.desk.receipt(for: reference, staffID: staffID, at: now)
                try ports.printer.printReceipt(receipt)
                try ports.desk.receiptPrinted(receipt, staffID: staffID, terminal: terminal, at: now)
                return .receiptPrinted(receipt)
            case .resetPIN(let credentialID, let pin, let identity):
                try ports.desk.resetPIN(credentialID: credentialID, newPIN: pin, identity: identity, staffID: staffID,
                                        at: now)
                return .pinReset
            case .countTill(let date, let counted):
                let takings = try ports.desk.takings(businessDate: date, terminal: terminal)
                return .tillCounted(TillCount(changeFloat: state.config.changeFloat, takings: takings, counted: counted))
            case .loadSummary(let date):
                return .summaryLoaded(try ports.desk.dailySummary(businessDate: date))
            case .loadReport(let date):
                return .reportLoaded(try ports.desk.issuanceReport(businessDate: date))
            case .close(let date, let counted, let changeFloat):
                return .closed(try ports.desk.close(businessDate: date, terminal: terminal, countedCash: counted,
                                                    changeFloat: changeFloat, staffID: staffID, at: now))
            }
        } catch {
            let summary = (error as? OperatorLoggable)?.operatorSummary ?? String(describing: error)
            ports.log("window \(terminal): \(summary)")
            if let explained = error as? ClerkExplained { return .refused(reason: explained.clerkReason) }
            return .failed(summary)
        }
    }
}
