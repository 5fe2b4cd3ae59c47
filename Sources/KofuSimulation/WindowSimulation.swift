import Foundation
import KofuCore
import KofuStore

/// Window sessions through the real runtime: a demo clerk serving customers who hold cards, now and then a refund
/// approved by a supervisor, and the till closed at the end of each day against what it took in.
struct WindowSimulation {
    let plan: SimulationPlan
    let world: SimulationWorld
    let desk: SQLiteWindowDesk
    var runtime: WindowRuntime
    let customers: [(card: String, seal: String, resident: String)]
    let clerks: [SeedStaff]
    let supervisor: SeedStaff

    init(plan: SimulationPlan, world: SimulationWorld) throws {
        self.plan = plan
        self.world = world
        desk = try SQLiteWindowDesk(database: world.database, templates: world.templates, signingKey: world.signingKey,
                                    hours: world.hours)
        let ports = WindowPorts(staff: SQLiteStaffDirectory(database: world.database),
                                registry: SQLiteResidentRegistry(database: world.database), desk: desk,
                                printer: SpoolPrinter(database: world.database, directory: world.spool,
                                                     page: try PrintablePage(templates: world.templates)),
                                log: world.log)
        let config = WindowConfig(terminal: plan.terminal, hours: world.hours, changeFloat: world.changeFloat)
        runtime = WindowRuntime(state: WindowState(config: config, language: .ja, now: Date(timeIntervalSince1970: 0)),
                                strings: world.strings, ports: ports)
        let seed = world.seed
        customers = seed.credentials.filter { $0.kind == .card }.compactMap { card in
            guard let r = seed.residents.first(where: { $0.id == card.resident }) else { return nil }
            return (card.id, seed.seals.first { $0.resident == r.id }?.number ?? "", r.id)
        }
        clerks = seed.staff.filter { $0.role == .clerk }.map { SeedStaff(id: $0.id, password: $0.password) }
        supervisor = seed.staff.first { $0.role == .supervisor }.map { SeedStaff(id: $0.id, password: $0.password) }
            ?? SeedStaff(id: "", password: "")
    }

    mutating func run(into tally: inout SimulationTally) {
        var random = SimulationRandom(seed: plan.seed)
        let hours = world.hours
        let starts = plan.startTimes(opens: hours.weekday.opens, closes: hours.weekday.closes,
                                     isOpen: { hours.isOpen(at: $0, clock: .japan) }, random: &random)
        guard !clerks.isEmpty, !customers.isEmpty else { return tally.broken.append("the seed has no clerk or no card") }
        let clerk = random.pick(clerks)
        // One clerk serves one customer at a time: whoever comes while another is served waits. Two errands at
        // once would also pay at the same instant, under the same request key.
        var free = Date.distantPast
        for (number, start) in starts.enumerated() {
            let customer = random.pick(customers)
            var errand = WindowClerk(errand: .serve(card: customer.card, sealCard: customer.seal), clerk: clerk,
                                     supervisor: supervisor, random: &random)
            free = run(number, &errand, at: max(start, free), holder: customer.resident, into: &tally) + 1
            if random.chance(0.05), let last = tally.issued.last, !last.refunded {
                var refund = WindowClerk(errand: .refund(issuanceID: last.issuanceID), clerk: clerk, supervisor: supervisor,
                                         random: &random)
                free = run(number, &refund, at: max(start.addingTimeInterval(300), free), holder: "", into: &tally) + 1
            }
            let day = CityClock.japan.businessDate(start)
            if number == starts.count - 1 || CityClock.japan.businessDate(starts[number + 1]) != day {
                free = close(day, clerk: clerk, at: max(start, free), random: &random, into: &tally) + 1
            }
        }
    }

    /// Just before the window shuts (or after the last customer, if later): the till counted as the ledger says
    /// it should be. Returns when it ended.
    mutating func close(_ day: String, clerk: SeedStaff, at start: Date, random: inout SimulationRandom,
                        into tally: inout SimulationTally) -> Date {
        guard let (y, m, d) = JapaneseDate.parse(day) else { return start }
        let closing = world.hours.weekday.closes - 5
        let at = max(start.addingTimeInterval(600),
                     CityClock.japan.date(year: y, month: m, day: d, hour: closing / 60, minute: closing % 60))
        let takings: Int
        do {
            takings = try desk.takings(businessDate: day, terminal: plan.terminal)
        } catch {
            tally.broken.append("the takings of \(plan.terminal) on \(day) could not be read: \(error)")
            return start
        }
        var errand = WindowClerk(errand: .close(counted: world.changeFloat + takings), clerk: clerk,
                                 supervisor: supervisor, random: &random)
        let end = run(-1, &errand, at: at, holder: "", into: &tally)
        if runtime.state.close != nil { tally.closes += 1 }
        return end
    }

    /// Runs the errand from `start`; returns when it ended.
    @discardableResult
    mutating func run(_ number: Int, _ clerk: inout WindowClerk, at start: Date, holder: String,
                      into tally: inout SimulationTally) -> Date {
        if case .serve = clerk.errand { tally.sessions += 1 }
        var now = start
        runtime.tick(at: now)
        var receipt: IssuanceReceipt?
        for step in 0..<200 {
            switch clerk.move(runtime.state, step: step) {
            case .done:
                settle(clerk, receipt, holder: holder, into: &tally)
                return now
            case .keys(let keys):
                for key in keys {
                    now += 1
                    runtime.handle(key, at: now)
                }
            }
            if receipt == nil, let issued = runtime.state.receipt { receipt = issued }
            // The simulated world never fails: a store that could not answer (busy, locked, full) is a broken run.
            if let message = runtime.state.message, message.key == "window.message.failed" {
                tally.broken.append("window errand \(number): the store failed: \(message.arguments.joined())")
                return now
            }
        }
        tally.broken.append("window errand \(number) did not end: stuck on \(runtime.state.screen)")
        return now
    }

    func settle(_ clerk: WindowClerk, _ receipt: IssuanceReceipt?, holder: String, into tally: inout SimulationTally) {
        switch clerk.errand {
        case .serve:
            // A print that failed was refunded at once: its rows are in the ledger, and in a simulation it never
            // should have failed.
            if let message = runtime.state.message, message.key.hasPrefix("window.message.printFailed"),
               let id = message.arguments.first.flatMap({ Int64($0) }) {
                tally.record(.init(issuanceID: id, holder: holder, serials: [], amount: 0, refunded: true))
                return tally.broken.append("printing window issuance \(id) failed (see the operator log)")
            }
            guard let receipt else { return tally.cancels += 1 }
            tally.record(.init(issuanceID: receipt.issuanceID, holder: holder, serials: receipt.serials,
                               amount: receipt.amount, refunded: false))
            if receipt.amount == 0 { tally.exemptions += 1 }
        case .refund:
            if let id = runtime.state.message.flatMap(Self.refundedID) { tally.refund(id) }
        case .close:
            break
        }
    }

    /// The menu's message after a refund names the issuance refunded.
    static func refundedID(_ message: WindowMessage) -> Int64? {
        message.key == "window.message.refunded" ? message.arguments.first.flatMap { Int64($0) } : nil
    }
}
