import Foundation
import KofuCore

/// A kiosk driven by keys, with its ports at hand for assertions. Generic so that the same key scripts can run on
/// fakes (`KioskHarness`) or on the real store.
public struct KioskDriver<Authority: CertificateAuthority, Desk: IssuanceDesk, Printer: CertificatePrinter> {
    public var runtime: KioskRuntime
    public let authority: Authority
    public let desk: Desk
    public let printer: Printer
    public let cash = FakeCash()
    public let log = FakeLog()
    public private(set) var now: Date

    public init(authority: Authority, desk: Desk, printer: Printer, now: Date = fixtureNow,
                language: Language = .ja, demo: [DemoCredential] = []) throws {
        self.authority = authority
        self.desk = desk
        self.printer = printer
        self.now = now
        let ports = KioskPorts(authority: authority, desk: desk, printer: printer, cash: cash, log: log.write)
        let state = KioskState(config: KioskConfig(terminal: "T-01", demoCredentials: demo), language: language,
                               now: now, screen: .start)
        runtime = KioskRuntime(state: state, strings: try loadStrings(), ports: ports)
        runtime.tick(at: now)
    }

    public var state: KioskState { runtime.state }

    /// Keys as a resident types them: digits and letters one by one; `\n` Enter, `\u{1b}` Esc, `\u{8}` backspace.
    public mutating func type(_ keys: String) {
        for ch in keys { runtime.handle(keyInput(ch), at: now) }
    }

    public mutating func advance(_ seconds: TimeInterval) {
        now = now.addingTimeInterval(seconds)
        runtime.tick(at: now)
    }
}

/// A kiosk on fakes.
public typealias KioskHarness = KioskDriver<FakeAuthority, FakeDesk, FakePrinter>

extension KioskDriver where Authority == FakeAuthority, Desk == FakeDesk, Printer == FakePrinter {
    public init(outcomes: [String: [AuthenticationOutcome]] = ["100001": [.authenticated(fixtureProfile)]],
                now: Date = fixtureNow, language: Language = .ja, demo: [DemoCredential] = []) throws {
        try self.init(authority: FakeAuthority(outcomes), desk: FakeDesk(), printer: FakePrinter(), now: now,
                      language: language, demo: demo)
    }
}

/// The notation of test key scripts: `\n` Enter, `\u{1b}` Esc, `\u{8}` backspace, ↑ ↓ arrows, else the character.
public func keyInput(_ ch: Character) -> KeyInput {
    switch ch {
    case "\n": .enter
    case "\u{1b}": .escape
    case "\u{8}": .backspace
    case "↑": .up
    case "↓": .down
    default: .character(ch)
    }
}
