import Foundation
import KofuCore
import KofuTestSupport
import PropertyBased
import Testing

/// One thing that happens at the counter: keys, time, a signal, the printer jamming (a toggle); `forward` types
/// what the current screen asks for, or picks one of its enabled options, as a clerk would.
enum WindowStep: Sendable {
    case forward(Int)
    case keys(String)
    case wait(TimeInterval)
    case interrupt
    case jamPrinter

    static let all: [WindowStep] = ["1", "2", "3", "4", "5", "6", "7", "0", "9"].map(keys)
        + [String](repeating: "\n", count: 4).map(keys)
        + ["\u{1b}", "\u{1b}", "\u{8}", "↑", "↓", "\t", "q", "L", "?", "x", "あ", "\u{0301}", "\u{202E}", "\u{7}"].map(keys)
        + ["clerk01\n", "clerk-pass\n", "super01\n", "super-pass\n", "wrong-pass\n", "100007\n", "100001\n",
           "99999999999999999999\n", "10000000\n", "S50.8.30\n",
           String(repeating: "clerk02\nwrong-pass\n", count: 5) + "clerk02\nclerk-pass2\n"].map(keys)
        + [.wait(1), .wait(30), .wait(700), .interrupt, .jamPrinter]

    /// Indices past `all` are forward steps: about two thirds of every stream.
    static func at(_ index: Int) -> WindowStep {
        index < all.count ? all[index] : .forward(index - all.count)
    }

    /// What the clerk turns to from the task menu: mostly customers, often a refund, now and then the rest.
    static let tasks: [WindowChoice] = [.serve, .serve, .serve, .refund, .refund, .resetPIN, .receipt, .daily, .logout]

    static func forwardKeys(_ state: WindowState, _ n: Int) -> String {
        func pick(_ options: [String]) -> String { options[n % options.count] + "\n" }
        switch state.screen {
        case .staffID: return pick(["clerk01", "super01", "clerk02", "super02", "nobody", "clerk01"])
        case .password:
            return pick([WindowWorld.passwords[state.staffID] ?? "none", "wrong-pass", WindowWorld.passwords[state.staffID] ?? ""])
        case .supervisorID: return pick(["super01", "super02", "clerk01", "super02"])
        case .supervisorPassword:
            return pick([WindowWorld.passwords[state.approvingSupervisor] ?? "none", "wrong-pass",
                         WindowWorld.passwords[state.approvingSupervisor] ?? ""])
        case .cardNumber: return pick(["100007", "100001", "100012", "100015", "100013", "100014", "999999"])
        case .kana: return pick(["カトウ", "ｶﾄｳ", "コマキ"])
        case .birthDate: return pick(["S50.8.30", "1975-08-30", "1980/4/12", "R99.1.1"])
        case .proxyName: return pick(["代理 花子", "相続 一郎"])
        case .proxyPurpose: return pick(["年金の手続", "相続"])
        case .proxySubmitTo: return pick(["年金事務所", "法務局"])
        case .sealCard: return pick(["0012345", "1111111"])
        case .copies: return pick(["1", "2", "10", "11"])
        case .cashReceived: return pick(["300", "1000", "5000", "100", "99999999999"])
        case .refundNote: return pick(["誤交付", ""])
        case .receiptIssuance: return pick(["1", "2", "K-20261125-000001-1"])
        case .newPIN, .newPINAgain: return pick(["4321", "4321", "12"])
        case .countedCash: return pick(["10300", "10000", "10000000", "10000001"])
        case .home:
            let items = WindowMenu.items(for: state)
            return items.firstIndex { $0.choice == tasks[n % tasks.count] }.map { String($0 + 1) } ?? "1"
        default:
            let enabled = WindowMenu.items(for: state).indices.filter { WindowMenu.items(for: state)[$0].isEnabled }
            guard !enabled.isEmpty else { return "\u{1b}" }
            let index = enabled[n % enabled.count]
            return index < 9 ? String(index + 1) : String(repeating: "↓", count: index) + "\n"
        }
    }
}

final class WindowCoverage: @unchecked Sendable {
    var issued = 0, exemptions = 0, refunds = 0, closes = 0, lockouts = 0
}

/// Random key and event streams into the window never crash it and keep what the counter promises: nothing issued,
/// refunded or closed but by staff who logged in, a locked account never logged in, exemptions and refunds approved
/// by another supervisor, the fee never more than the cash handed over and the change exactly the difference,
/// fields within their limit and free of control characters.
@Suite struct WindowPropertyTests {
    static let strings = try! loadStrings()
    static let hours = try! WindowHours(
        settings: Array(try! Data(contentsOf: assetsDirectory.appendingPathComponent("municipality.json"))),
        calendar: Array(try! Data(contentsOf: assetsDirectory.appendingPathComponent("calendar/holidays.json"))))

    @Test func randomStreamsKeepTheCounterHonest() async {
        let coverage = WindowCoverage()
        await propertyCheck(count: 300, input: Gen.int(in: 0...(3 * WindowStep.all.count - 1)).array(of: 0...200),
                            Gen.bool) { indices, demo in
            Self.run(indices.map(WindowStep.at), demo: demo, coverage)
        }
        #expect(coverage.issued > 10 && coverage.exemptions > 0 && coverage.refunds > 0 && coverage.closes > 0
                && coverage.lockouts > 0, "the streams reach issuing, exemptions, refunds, the close and locks")
    }

    static func run(_ steps: [WindowStep], demo: Bool, _ coverage: WindowCoverage) {
        let world = WindowWorld()
        var now = fixtureNow
        let config = WindowConfig(terminal: "W-01", hours: hours, changeFloat: 10_000,
                                  demoAccounts: demo ? fixtureDemoAccounts : [],
                                  demoResidents: demo ? fixtureDemoResidents : [])
        var window = WindowRuntime(state: WindowState(config: config, language: .ja, now: now), strings: strings,
                                   ports: WindowPorts(staff: world, registry: world, desk: world, printer: world,
                                                      log: { _ in }))
        func act(_ event: (inout WindowRuntime) -> Void) {
            event(&window)
            check(window, world)
        }
        steps: for step in steps {
            switch step {
            case .forward(let n):
                for ch in WindowStep.forwardKeys(window.state, n) { act { $0.handle(keyInput(ch), at: now) } }
            case .keys(let text):
                for ch in text { act { $0.handle(keyInput(ch), at: now) } }
            case .wait(let seconds):
                now = now.addingTimeInterval(seconds)
                act { $0.tick(at: now) }
            case .interrupt:
                act { $0.interrupt(at: now) }
                #expect(window.state.isFinished)
                break steps
            case .jamPrinter:
                world.printerJams.toggle()
            }
        }
        coverage.issued += world.orders.count
        coverage.exemptions += world.orders.filter { $0.exemption != nil }.count
        coverage.refunds += world.refunded.count
        coverage.closes += world.closes.count
        coverage.lockouts += world.lockouts
    }

    static func check(_ window: WindowRuntime, _ world: WindowWorld) {
        let state = window.state
        _ = window.screen  // the view draws every state
        #expect(state.input.unicodeScalars.count <= WindowReducer.inputLimit && PlainText.isPlain(state.input))
        #expect(state.cursor >= 0 && state.cursor < max(1, WindowMenu.items(for: state).count))
        if let staff = state.staff {
            // Logged in only by their own password, never while locked.
            #expect(world.logins[staff.id] == .loggedIn(staff))
        }
        if let approver = state.customer.approvedBy { #expect(approver != state.staff?.id, "four eyes") }
        if let count = state.tillCount { #expect(CashLimit.contains(count.counted)) }
        #expect(!state.screen.isSecret || state.staff != nil || state.screen == .password)
    }
}
