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
                language: Language = .ja, demo: [DemoCredential] = [], spoolPath: String = "") throws {
        self.authority = authority
        self.desk = desk
        self.printer = printer
        self.now = now
        let ports = KioskPorts(authority: authority, desk: desk, printer: printer, cash: cash, log: log.write)
        let state = KioskState(config: KioskConfig(terminal: "T-01", spoolPath: spoolPath, demoCredentials: demo),
                               language: language, now: now, screen: .start)
        runtime = KioskRuntime(state: state, strings: try loadStrings(), ports: ports)
        runtime.tick(at: now)
    }

    public var state: KioskState { runtime.state }

    /// Every text of the screen's body, one per line: what a resident reads, before layout.
    public var bodyText: String {
        runtime.screen.body.flatMap { block -> [String] in
            switch block {
            case .paragraph(let text, _): [text]
            case .split(let text, let right): [text, right]
            case .options(let options): options.map { "\($0.key) \($0.label) \($0.detail)" }
            case .table(let rows): rows.map { "\($0.label) \($0.value)" }
            case .columns(let rows): rows.map { $0.joined(separator: " ") }
            case .field(let label, let value, _): ["\(label) \(value)"]
            case .picker(let words, _): [words.joined(separator: " ")]
            case .chart(let chart): chart.keys.map(\.label)
            case .spacer, .pin, .progress: []
            }
        }.joined(separator: "\n")
    }

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
                now: Date = fixtureNow, language: Language = .ja, demo: [DemoCredential] = [],
                spoolPath: String = "") throws {
        try self.init(authority: FakeAuthority(outcomes), desk: FakeDesk(), printer: FakePrinter(), now: now,
                      language: language, demo: demo, spoolPath: spoolPath)
    }
}

/// The notation of test key scripts: `\n` Enter, `\u{1b}` Esc, `\u{8}` backspace, ↑ ↓ ← → arrows, else the character.
public func keyInput(_ ch: Character) -> KeyInput {
    switch ch {
    case "\n": .enter
    case "\u{1b}": .escape
    case "\u{8}": .backspace
    case "↑": .up
    case "↓": .down
    case "←": .left
    case "→": .right
    default: .character(ch)
    }
}
