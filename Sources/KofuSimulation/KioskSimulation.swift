import Foundation
import KofuCore
import KofuStore

/// Kiosk sessions through the real runtime: its reducer, its ports, the store and the spool, with no terminal.
struct KioskSimulation {
    let plan: SimulationPlan
    let runtime: KioskRuntime
    let cash: TallyCash
    let credentials: [DemoCredential]
    /// Whose each credential is, by credential id.
    let holders: [String: String]
    /// Sees the terminal's open payments through before the checks (a kiosk on a center).
    let settle: (@Sendable () throws -> Void)?
    /// Reads a card again when a payment for it was refused.
    let authority: any CertificateAuthority

    init(plan: SimulationPlan, world: SimulationWorld) throws {
        self.plan = plan
        cash = TallyCash()
        let backend = try world.kioskBackend ?? KioskBackend(
            authority: SQLiteCertificateAuthority(database: world.database),
            desk: try SQLiteIssuanceDesk(database: world.database, templates: world.templates, signingKey: world.signingKey),
            printSource: world.database)
        settle = world.kioskBackend?.settle
        authority = backend.authority
        let ports = KioskPorts(authority: backend.authority, desk: backend.desk,
                               printer: SpoolPrinter(source: backend.printSource, directory: world.spool,
                                                    page: try PrintablePage(templates: world.templates)),
                               cash: cash, log: world.log)
        let start = Date(timeIntervalSince1970: 0)
        runtime = KioskRuntime(state: KioskState(config: KioskConfig(terminal: plan.terminal), language: .ja, now: start,
                                                 screen: .start),
                               strings: world.strings, ports: ports)
        credentials = world.seed.demoCredentials
        holders = Dictionary(world.seed.credentials.map { ($0.id, $0.resident) }, uniquingKeysWith: { first, _ in first })
    }

    mutating func run(into tally: inout SimulationTally) {
        var random = SimulationRandom(seed: plan.seed)
        let starts = plan.startTimes(opens: 6 * 60 + 30, closes: 23 * 60, isOpen: { KioskHours().isOpen(at: $0, clock: .japan) },
                                     random: &random)
        var runtime = self.runtime
        for (number, start) in starts.enumerated() {
            var customer = KioskCustomer(credential: random.pick(credentials), random: &random)
            session(number, customer: &customer, from: start, runtime: &runtime, into: &tally)
        }
        do {
            try plan.outlastingOutages { try settle?() }
        } catch {
            tally.broken.append("payments left open at the end of the run: \(error)")
        }
    }

    func session(_ number: Int, customer: inout KioskCustomer, from start: Date, runtime: inout KioskRuntime,
                 into tally: inout SimulationTally) {
        tally.sessions += 1
        var now = start
        runtime.tick(at: now)
        let paidOut = cash.total
        var receipt: IssuanceReceipt?
        var refused = false
        var printFailed = false
        var storeFailed = false
        for step in 0..<300 {
            switch customer.move(runtime.state, step: step) {
            case .done:
                settle(number, customer, receipt, printFailed: printFailed, paidOut: paidOut, runtime.state,
                       refused: refused, into: &tally)
                return
            case .wait(let seconds):
                now += seconds
                runtime.tick(at: now)
            case .keys(let keys):
                for key in keys {
                    now += 1
                    runtime.handle(key, at: now)
                }
            }
            if case .refused = runtime.state.screen { refused = true }
            // The simulated world never fails: a store that could not answer (busy, locked, full) is a broken run.
            if [.systemUnavailable, .issueFailed].contains(runtime.state.screen), !storeFailed {
                storeFailed = true
                if runtime.state.screen == .issueFailed, lockedMeanwhile(customer, at: now) {
                    // Simulators at once share the demo cards, which no two kiosks can: another locked this card
                    // with wrong PINs after its right PIN here, and the store rightly refused the payment.
                    refused = true
                } else if plan.expectOutages {
                    tally.outages += 1
                } else {
                    tally.broken.append("kiosk session \(number): the store failed, \(runtime.state.screen) (see the operator log)")
                }
            }
            if runtime.state.screen == .printFailed { printFailed = true }
            if receipt == nil, let issued = runtime.state.session?.receipt { receipt = issued }
        }
        tally.broken.append("kiosk session \(number) did not end: stuck on \(runtime.state.screen)")
    }

    /// Whether the customer's card, whose PIN was right a moment ago, is locked now.
    func lockedMeanwhile(_ customer: KioskCustomer, at date: Date) -> Bool {
        (try? authority.read(credentialID: customer.credential.id, kind: customer.credential.kind, at: date))
            == .refused(.locked)
    }

    /// Counts how the session ended and checks its money: what went in less what came out is what was charged (a
    /// print that failed was refunded, so it counts as nothing charged).
    func settle(_ number: Int, _ customer: KioskCustomer, _ receipt: IssuanceReceipt?, printFailed: Bool, paidOut: Int,
                _ state: KioskState, refused: Bool, into tally: inout SimulationTally) {
        tally.wrongPINs += min(customer.pinAttempts, customer.wrongPINs)
        if customer.wrongPINs == 3, customer.pinAttempts == 3 { tally.locks += 1 }
        switch state.notice {
        case .cancelled?: tally.cancels += 1
        case .timedOut?: tally.timeouts += 1
        default: if refused { tally.refusals += 1 }
        }
        if let receipt {
            tally.record(.init(issuanceID: receipt.issuanceID, holder: holders[customer.credential.id] ?? "", serials: receipt.serials,
                               amount: receipt.amount, refunded: printFailed))
            if printFailed && !plan.expectOutages {
                tally.broken.append("printing kiosk issuance \(receipt.issuanceID) failed (see the operator log)")
            }
        }
        let charged = printFailed ? 0 : receipt?.amount ?? 0
        let kept = customer.inserted - (cash.total - paidOut)
        if kept != charged {
            tally.broken.append("kiosk session \(number): \(customer.inserted) yen in, \(cash.total - paidOut) out, "
                                + "\(charged) charged")
        }
    }
}

/// The cash unit, counting what it pays out.
final class TallyCash: CashUnit, @unchecked Sendable {
    private let lock = NSLock()
    private var paid = 0

    var total: Int { lock.withLock { paid } }

    func dispense(_ yen: Int) { lock.withLock { paid += yen } }
}
