import Foundation
import GRDB
import KofuCore
@testable import KofuStore
import Testing

/// `kofu ledger verify` on a real database: intact, then each tampering done with the sqlite3 shell once the
/// append-only triggers are dropped, each on its own copy of the file.
@Suite struct LedgerVerifyEndToEndTests {
    static let dropTriggers = ["ledger_no_update", "ledger_no_delete", "ledger_chained"]
        .map { "DROP TRIGGER \($0);" }.joined(separator: " ")

    @Test func theBinaryNamesTheRowOfEachTampering() throws {
        let store = try ScratchStore()
        let desk = try store.windowDesk()
        let morning = CityClock.japan.date(year: 2026, month: 11, day: 25, hour: 10)
        for copies in [1, 2, 3, 1] {
            _ = try desk.issue(WindowOrder(residentID: "R007", identity: .myNumberCard, proxy: nil,
                                           request: .taxPayment(fiscalYear: 2026, item: .inhabitantTax),
                                           copies: copies, cashReceived: 300 * copies, staffID: "S001",
                                           terminal: "W-01"), at: morning)
        }
        let intact = try Kofu.outcome(["ledger", "verify", "--db", store.database])
        #expect(intact.status == 0)
        #expect(intact.output.wholeMatch(
            of: /intact: 4 ledger rows, 2,100 yen, head seq 4 [0-9a-f]{64} \(audit trail: 4 rows, till closes: 0, signed: 0\)\n/)
                != nil,
            "\(intact.output)")

        let database = try DatabaseQueue(path: store.database)
        let tamperings: [(sql: String, named: String)] = [
            ("UPDATE ledger SET amount = 0 WHERE id = 2", "ledger row 2 (seq 2) was edited: "),
            ("DELETE FROM ledger WHERE id = 2", "the ledger row at seq 2 was deleted: "),
            ("""
             INSERT INTO ledger (entry_type, issuance_id, channel, terminal, kind, copies, unit_fee, amount,
                 business_date, created_at, seq, prev_hash, hash)
             SELECT entry_type, issuance_id, channel, terminal, kind, copies, unit_fee, amount, business_date,
                 created_at, 5, prev_hash, hash FROM ledger WHERE id = 2
             """, "ledger row 5 (seq 5) was inserted: "),
            ("UPDATE ledger SET seq = -seq WHERE id IN (1, 3); "
                + "UPDATE ledger SET seq = CASE id WHEN 1 THEN 3 ELSE 1 END WHERE id IN (1, 3)",
             "ledger row 3 (seq 1) was moved: "),
            ("UPDATE ledger SET amount = 0 WHERE id = 2; UPDATE ledger SET hash = '\(try rehashed(database, id: 2))' "
                + "WHERE id = 2", "ledger row 2 (seq 2) was edited and its hash recomputed: "),
        ]
        for (index, tampering) in tamperings.enumerated() {
            let copy = store.directory.appendingPathComponent("tampered-\(index).sqlite").path
            try database.writeWithoutTransaction { db in try db.execute(sql: "VACUUM INTO ?", arguments: [copy]) }
            let shell = try ChildProcess.run("/usr/bin/sqlite3", [copy, "\(Self.dropTriggers) \(tampering.sql);"],
                                             environment: ["LANG": "C.UTF-8"])
            #expect(shell.status == 0, "\(tampering.sql): \(shell.errors)")
            let verdict = try Kofu.outcome(["ledger", "verify", "--db", copy])
            #expect(verdict.status == 1, "\(tampering.sql)")
            #expect(verdict.output.hasPrefix("TAMPERED: \(tampering.named)"), "\(verdict.output)")
        }
    }

    /// Till closes are signed by the city: checked with the key the city published, a close signed by any other
    /// key is named.
    @Test func closesAreCheckedWithThePublishedKey() throws {
        let store = try ScratchStore()
        try store.issueAtTheWindow()
        _ = try store.windowDesk().close(businessDate: "2026-11-25", terminal: "W-01", countedCash: 300, changeFloat: 0,
                                         staffID: "S001", at: CityClock.japan.date(year: 2026, month: 11, day: 25, hour: 17))
        let published = store.directory.appendingPathComponent("city.pem").path
        try Kofu.run(["store", "public-key", "--db", store.database]).write(toFile: published, atomically: true,
                                                                              encoding: .utf8)
        let intact = try Kofu.outcome(["ledger", "verify", "--db", store.database, "--public-key", published])
        #expect(intact.status == 0 && intact.output.hasSuffix("till closes: 1, signed: 1)\n"), "\(intact.output)")
        let other = try ScratchStore()
        let otherKey = other.directory.appendingPathComponent("other.pem").path
        try Kofu.run(["store", "public-key", "--db", other.database]).write(toFile: otherKey, atomically: true,
                                                                            encoding: .utf8)
        let refused = try Kofu.outcome(["ledger", "verify", "--db", store.database, "--public-key", otherKey])
        #expect(refused.status == 1)
        #expect(refused.output.hasPrefix("TAMPERED: till close W-01 2026-11-25 (seq 1) was not signed by the city"),
                "\(refused.output)")
        #expect(refused.errors.contains("note: the database holds another public key than \(otherKey)"))
        let alone = try Kofu.outcome(["ledger", "verify", "--db", store.database, "--signed-from", "2"])
        #expect(alone.status == 64 && alone.errors.contains("--signed-from goes with --public-key"))
    }

    /// The hash row `id` would have with an amount of 0: what someone who knows the encoding writes over the old.
    private func rehashed(_ database: DatabaseQueue, id: Int64) throws -> String {
        try database.read { db in
            let record = try #require(try ChainWalk.read(GRDBConnection(db), .ledger).records.first { $0.rowID == id })
            return ChainedTable.ledger.hash(record.fields.merging(["amount": 0.sqlValue]) { $1 })
        }
    }
}
