import Foundation
import KofuCore
import KofuStore

/// The store checked against what a simulation counted: every issuance it made has its fee row and no other fee
/// row appeared, the yen add up, every copy is whole on paper and marked, and every copy names its person.
enum SimulationAudit {
    static func watermark(_ database: KofuDatabase) throws -> Int64 { try database.lastLedgerID() }

    static func check(_ tally: inout SimulationTally, terminal: String, since: Int64, in world: SimulationWorld) throws {
        let rows = try world.database.ledgerEntries(after: since, terminal: terminal)
        let net = rows.reduce(0) { $0 + $1.amount }
        if net != tally.yen {
            tally.broken.append("the ledger of \(terminal) took \(net) yen in this run; the sessions paid \(tally.yen)")
        }
        let made = Set(tally.issued.map(\.issuanceID))
        // A payment whose answer was lost on the way to a terminal on the center: no session saw it, its fee went
        // back when the terminal withdrew it.
        let withdrawn = Set(rows.filter { $0.entryType == .refund && $0.reason == Withdrawal.refundReason }
            .compactMap(\.issuanceID))
        let charged = Set(rows.filter { $0.entryType != .refund }.compactMap(\.issuanceID))
        for id in charged.subtracting(made).subtracting(withdrawn).sorted() {
            tally.broken.append("fee row for issuance \(id), which no session made")
        }
        for id in made.subtracting(charged).sorted() { tally.broken.append("issuance \(id) has no fee row") }
        let refunded = Set(rows.filter { $0.entryType == .refund }.compactMap(\.issuanceID))
            .subtracting(withdrawn.subtracting(made))
        if refunded != Set(tally.issued.filter(\.refunded).map(\.issuanceID)) {
            tally.broken.append("refund rows do not match the refunds the sessions saw")
        }
        // Only this run's copies: what an earlier run left owed is for `kofu spool reprint`, not this run's fault.
        let report = try SpoolJournal(database: world.database, directory: world.spool).check(terminal: terminal)
        let serials = Set(tally.issued.flatMap(\.serials))
        for owed in report.owed where serials.contains(owed.serial) {
            tally.broken.append("\(owed.serial) was paid for but is not on paper")
        }
        for serial in report.unmarked where serials.contains(serial) {
            tally.broken.append("\(serial) is on paper but not marked printed")
        }
        for issued in tally.issued where !issued.refunded {
            for serial in issued.serials {
                let text = (try? String(contentsOf: world.spool.appendingPathComponent("\(serial).txt"), encoding: .utf8)) ?? ""
                if let problem = misnamed(text, holder: issued.holder, seed: world.seed) {
                    tally.broken.append("\(serial) \(problem)")
                }
            }
        }
    }

    /// A certificate names the person served or members of their household, and nobody else: the failure to
    /// catch is paper with another resident's record on it.
    static func misnamed(_ text: String, holder: String, seed: SeedFile) -> String? {
        guard let household = seed.residents.first(where: { $0.id == holder })?.household else {
            return "was issued for \(holder), who is not in the seed"
        }
        let name = { (r: SeedFile.Resident) in "\(r.familyName) \(r.givenName)" }
        let strangers = seed.residents.filter { $0.household != household }.map(name).filter(text.contains)
        if !strangers.isEmpty { return "names \(strangers.joined(separator: ", ")), outside the household of \(holder)" }
        guard seed.residents.contains(where: { $0.household == household && text.contains(name($0)) }) else {
            return "names nobody of the household of \(holder), who was served"
        }
        return nil
    }
}
