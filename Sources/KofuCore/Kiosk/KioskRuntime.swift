import Foundation

/// The outside world the kiosk flow talks to.
public struct KioskPorts: Sendable {
    public var authority: any CertificateAuthority
    public var desk: any IssuanceDesk
    public var printer: any CertificatePrinter
    public var cash: any CashUnit
    /// Operator log: failures only, never a PIN or personal data.
    public var log: @Sendable (String) -> Void

    public init(authority: any CertificateAuthority, desk: any IssuanceDesk, printer: any CertificatePrinter,
                cash: any CashUnit, log: @escaping @Sendable (String) -> Void) {
        self.authority = authority
        self.desk = desk
        self.printer = printer
        self.cash = cash
        self.log = log
    }
}

/// Runs the reducer and carries out its effects through the ports, feeding their answers back in order.
public struct KioskRuntime: InteractiveProgram {
    public private(set) var state: KioskState
    let strings: Localization
    let ports: KioskPorts

    public init(state: KioskState, strings: Localization, ports: KioskPorts) {
        self.state = state
        self.strings = strings
        self.ports = ports
    }

    public var screen: ScreenModel { KioskView(state: state, strings: strings).screen }
    public var isFinished: Bool { state.isFinished }

    public mutating func handle(_ key: KeyInput, at date: Date) {
        handle(key, at: date) { _ in }
    }

    public mutating func handle(_ key: KeyInput, at date: Date, showing: (ScreenModel) -> Void) {
        send(.tick(date))
        send(.key(key), showing: showing)
    }

    public mutating func tick(at date: Date) { send(.tick(date)) }

    public mutating func interrupt(at date: Date) {
        send(.tick(date))
        send(.interrupt)
    }

    public mutating func send(_ action: KioskAction, showing: (ScreenModel) -> Void = { _ in }) {
        EffectLoop.run(action, on: &state, reduce: KioskReducer.reduce,
                       beforeEffects: { [strings] in showing(KioskView(state: $0, strings: strings).screen) },
                       whileWaiting: { [strings] in showing(KioskView(state: $0, strings: strings, waitingFrames: $1).screen) }) {
            [ports] effect, state in
            Self.perform(effect, at: state.now, ports: ports)
        }
    }

    private static func perform(_ effect: KioskEffect, at now: Date, ports: KioskPorts) -> KioskAction? {
        switch effect {
        case .readCredential(let credentialID, let kind):
            do {
                return .credentialRead(try ports.authority.read(credentialID: credentialID, kind: kind, at: now))
            } catch {
                ports.log("credential reading unavailable: \(Self.logged(error))")
                return .authenticationUnavailable
            }
        case .authenticate(let credentialID, let pin):
            do {
                return .authenticated(try ports.authority.authenticate(credentialID: credentialID, pin: pin, at: now))
            } catch {
                ports.log("authentication unavailable: \(Self.logged(error))")
                return .authenticationUnavailable
            }
        case .issue(let order):
            do {
                return .issued(try ports.desk.issue(order, at: now))
            } catch {
                ports.log("issuance refused, nothing charged: \(Self.logged(error))")
                return .issueFailed
            }
        case .print(let receipt):
            do {
                try ports.printer.print(receipt)
                return .printed
            } catch {
                ports.log("printing issuance \(receipt.issuanceID) failed: \(Self.logged(error))")
                return .printFailed
            }
        case .refundUnprinted(let issuanceID):
            do {
                try ports.desk.refundUnprinted(issuanceID: issuanceID, reason: "print failure", at: now)
            } catch {
                ports.log("REFUND NOT RECORDED for issuance \(issuanceID): \(Self.logged(error))")
            }
            return nil
        case .readPrinted(let receipt):
            do {
                return .printedRead(try ports.printer.printedText(receipt))
            } catch {
                ports.log("reading back issuance \(receipt.issuanceID) failed: \(Self.logged(error))")
                return .printedUnreadable
            }
        case .dispenseCash(let yen):
            ports.cash.dispense(yen)
            return nil
        }
    }

    /// An error as the operator log may show it: errors that carry personal data give their summary instead.
    private static func logged(_ error: any Error) -> String {
        (error as? OperatorLoggable)?.operatorSummary ?? String(describing: error)
    }
}
