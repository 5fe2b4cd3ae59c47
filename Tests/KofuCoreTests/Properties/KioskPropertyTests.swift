import Foundation
import KofuCore
import KofuTestSupport
import PropertyBased
import Testing

/// One thing that happens to a kiosk: keys typed, time passing, a signal, or part of the world failing (each of
/// those toggles). `forward` types what moves the current screen on, as a resident would (the number picks among
/// the ways on), so that streams get past the PIN and to the payment as often as they wander.
enum KioskStep: Sendable {
    case forward(Int)
    case keys(String)
    case wait(TimeInterval)
    case interrupt
    /// A signal only if coins are in and not yet enough: nothing otherwise.
    case interruptWhilePaying
    case jamPrinter
    case failDesk
    case cutOff

    /// Weighted by repetition, so that random streams reach payment, locks and failures often enough.
    static let all: [KioskStep] = [String](repeating: "1", count: 6).map(keys)
        + ["2", "2", "3", "3", "4", "4", "5", "6", "7", "0", "8", "9"].map(keys)
        + [String](repeating: "\n", count: 6).map(keys)
        + ["\u{1b}", "\u{1b}", "\u{8}", "↑", "↓", "←", "→", "q", "L", "?", "v", "+", "-", "x", "あ"].map(keys)
        + ["100001\n", "100001\n", "1234\n", "1234\n", "100009\n", "5678\n", "100008\n", "0000\n", "0000\n",
           "900001\n", "5823\n", "111", "112"].map(keys)
        + [.wait(1), .wait(2), .wait(2), .wait(20), .wait(61), .wait(13 * 3600)]
        + [.interrupt, .jamPrinter, .failDesk, .cutOff]

    /// Indices past `all` are forward steps: about half of every stream.
    static func at(_ index: Int) -> KioskStep {
        index < all.count ? all[index] : .forward(index - all.count)
    }

    static let pins = ["100001": "1234", "100009": "5678", "100008": "8124", "900001": "5823"]

    static func forwardKeys(_ state: KioskState, _ n: Int) -> String {
        switch state.screen {
        case .start, .closed, .confirm, .fiscalYear: "1"
        case .terms: n % 6 == 0 ? "2" : "1"
        case .credentialKind: n % 4 == 0 ? "2" : "1"
        case .credentialEntry: ["100001", "100001", "100009", "100008", "900001", "123456"][n % 6] + "\n"
        case .pinEntry: (n % 3 == 0 ? "0000" : pins[state.session?.credentialID ?? ""] ?? "1111") + "\n"
        case .certificateMenu, .residentScope: String(n % 3 + 1)
        case .householdMembers, .residentOptions: String(n % 5 + 1)
        case .copies: String(n % 3 + 1) + "\n"
        case .payment: String(n % 7 + 1)
        case .takeCertificate: n % 3 == 0 ? "v" : "\n"
        case .takeCard, .refused, .systemUnavailable, .issueFailed, .printFailed: "\n"
        case .authenticating, .issuing, .printing: ""
        }
    }
}

/// How far the random streams got, over all runs: a property that never reached payment would prove little.
final class KioskCoverage: @unchecked Sendable {
    var issued = 0, refunded = 0, lockouts = 0, interruptedPayments = 0, authentications = 0
}

/// Random key and event streams into the kiosk never crash it and keep what the kiosk promises: nothing charged
/// without a certificate issued (printed, or refunded when printing failed), nothing issued without a PIN that let
/// the holder in, a locked card never let in, no more kept than was put in, and the change exactly the inserted cash
/// less the fee.
@Suite struct KioskPropertyTests {
    static let strings = try! loadStrings()

    @Test func randomStreamsKeepTheKioskHonest() async {
        let coverage = KioskCoverage()
        await propertyCheck(count: 500, input: Gen.int(in: 0...(2 * KioskStep.all.count - 1)).array(of: 0...160), Gen.bool) {
            indices, demo in
            // Every run ends as the operator ends a kiosk, with a signal, wherever the stream left it.
            Self.run(indices.map(KioskStep.at) + [.interrupt], demo: demo, coverage)
        }
        #expect(coverage.issued > 20 && coverage.refunded > 0 && coverage.lockouts > 0 && coverage.authentications > 50,
                "the streams reach payment, print failures and locks")
    }

    /// A resident on their way, stopped by a signal at any moment: from the start to the certificate, the coins put
    /// in either paid a certificate or came back.
    @Test func aSignalAtAnyMomentKeepsTheBooks() async {
        let coverage = KioskCoverage()
        await propertyCheck(count: 300, input: Gen.int(in: 0...1000).array(of: 1...60)) { choices in
            let steps = choices.map { $0 % 4 == 0 ? KioskStep.interruptWhilePaying : .forward($0) }
            Self.run(steps + [.interrupt], demo: false, coverage)
        }
        #expect(coverage.interruptedPayments > 5 && coverage.issued > 10, "signals fall before and after payment")
    }

    static func run(_ steps: [KioskStep], demo: Bool, _ coverage: KioskCoverage) {
        let world = KioskWorld()
        let ports = KioskPorts(authority: world, desk: world, printer: world, cash: world, log: { _ in })
        var now = fixtureNow
        let config = KioskConfig(terminal: "T-01", demoCredentials: demo ? fixtureDemo : [])
        var kiosk = KioskRuntime(state: KioskState(config: config, language: .ja, now: now, screen: .start),
                                 strings: strings, ports: ports)
        kiosk.tick(at: now)
        var coins = 0
        func act(_ event: (inout KioskRuntime) -> Void) {
            let before = kiosk.state
            let (issuedBefore, dispensedBefore) = (world.issued.count, world.dispensed.count)
            event(&kiosk)
            if before.screen == .payment, let was = before.session, let after = kiosk.state.session {
                coins += max(0, after.inserted - was.inserted)
            }
            check(kiosk, world, coins: coins, newIssues: world.issued.dropFirst(issuedBefore),
                  newDispenses: Array(world.dispensed.dropFirst(dispensedBefore)))
        }
        steps: for step in steps {
            switch step {
            case .forward(let n):
                for ch in KioskStep.forwardKeys(kiosk.state, n) { act { $0.handle(keyInput(ch), at: now) } }
            case .keys(let text):
                for ch in text { act { $0.handle(keyInput(ch), at: now) } }
            case .wait(let seconds):
                now = now.addingTimeInterval(seconds)
                act { $0.tick(at: now) }
            case .interrupt, .interruptWhilePaying:
                let paying = kiosk.state.screen == .payment && (kiosk.state.session?.inserted ?? 0) > 0
                if case .interruptWhilePaying = step, !paying { continue }
                if paying { coverage.interruptedPayments += 1 }
                act { $0.interrupt(at: now) }
                #expect(kiosk.state.isFinished && kiosk.state.session == nil)
                break steps
            case .jamPrinter: world.printerJams.toggle()
            case .failDesk: world.deskFails.toggle()
            case .cutOff: world.unavailable.toggle()
            }
        }
        coverage.issued += world.issued.count
        coverage.refunded += world.refunded.count
        coverage.lockouts += world.lockouts
        coverage.authentications += world.authentications
    }

    static func check(_ kiosk: KioskRuntime, _ world: KioskWorld, coins: Int, newIssues: ArraySlice<IssuanceReceipt>,
                      newDispenses: [Int]) {
        let state = kiosk.state
        _ = kiosk.screen  // the view draws every state
        #expect(state.cursor >= 0 && state.cursor < max(1, KioskMenu.items(for: state).count))
        // Nothing charged without a certificate: every issuance is on paper or its fee went back.
        for receipt in world.issued {
            #expect(world.printed.contains(receipt.issuanceID) != world.refunded.contains(receipt.issuanceID))
        }
        // No more kept than was put in: every coin is kept as a fee, paid back, or still in an unpaid session.
        let unpaid = state.screen == .payment ? state.session?.inserted ?? 0 : 0
        #expect(coins == world.kept + world.dispensed.reduce(0, +) + unpaid, "every yen is accounted for")
        // The change is what was put in less the fee; a failed print gives the fee back as well.
        if let receipt = newIssues.first {
            let inserted = state.session?.inserted ?? 0
            #expect(receipt.amount == Channel.kiosk.fee(copies: receipt.serials.count))
            #expect(receipt.amount <= inserted, "paid no more than was inserted")
            let change = inserted - receipt.amount
            let giveBack = world.refunded.contains(receipt.issuanceID) ? [receipt.amount] : []
            #expect(newDispenses == (change > 0 ? [change] : []) + giveBack)
        }
        #expect(newIssues.count <= 1)
        if let session = state.session {
            // The holder is known only after a PIN that let them in, and the PIN is kept only while it is typed.
            if let profile = session.profile {
                #expect(world.answers[session.credentialID] == .authenticated(profile))
                #expect(world.cards[session.credentialID]?.locked == false)
            }
            #expect(session.pin.digits.count <= PIN.length)
            if state.screen != .pinEntry { #expect(session.pin.digits.isEmpty) }
        }
    }
}
