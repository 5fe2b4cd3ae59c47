import Foundation
import GRDB
import KofuCore
import Testing
@testable import KofuStore

/// Databases written before v6 (demo ones): their rows are chained at the migration, in the order written.
@Suite(onlySQLiteFiles) struct LedgerChainMigrationTests {
    /// Two days of a demo at v5: a window charge refunded and the till closed on the 24th, a kiosk charge on the 25th.
    static func databaseBeforeV6(in directory: TemporaryDirectory) throws -> String {
        let path = directory.path("v5.sqlite")
        let pool = try DatabasePool(path: path)
        try Schema.migrator.migrate(pool, upTo: "v5")
        try pool.write { db in
            try db.execute(sql: """
                INSERT INTO staff (id, name, role, password_hash) VALUES ('S001', '窓口 一郎', 'clerk', 'x');
                INSERT INTO ledger (entry_type, channel, terminal, kind, copies, unit_fee, amount, business_date,
                    created_at)
                VALUES ('charge', 'window', 'W-01', 'residentRecord', 2, 300, 600, '2026-11-24', '2026-11-24T01:00:00Z');
                INSERT INTO ledger (entry_type, references_ledger_id, channel, terminal, kind, copies, unit_fee, amount,
                    business_date, created_at, reason)
                VALUES ('refund', 1, 'window', 'W-01', 'residentRecord', 2, 300, -600, '2026-11-24',
                    '2026-11-24T02:00:00Z', 'clericalError');
                INSERT INTO audit (staff_id, action, detail, at)
                VALUES ('S001', 'close', 'W-01 2026-11-24', '2026-11-24T08:00:00Z');
                INSERT INTO window_close (business_date, terminal, staff_id, expected_cash, counted_cash, closed_at,
                    change_float)
                VALUES ('2026-11-24', 'W-01', 'S001', 10000, 10000, '2026-11-24T08:00:00Z', 10000);
                INSERT INTO ledger (entry_type, channel, terminal, kind, copies, unit_fee, amount, business_date,
                    created_at)
                VALUES ('charge', 'kiosk', 'T-0042', 'sealRegistration', 1, 150, 150, '2026-11-25',
                    '2026-11-25T01:00:00Z');
                """)
        }
        return path
    }

    static func triggers(_ path: String) throws -> [String] {
        try DatabaseQueue(path: path).read { db in
            try String.fetchAll(db, sql: """
                SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%no_%' ORDER BY name
                """)
        }
    }

    @Test func rowsWrittenBeforeAreChainedInTheOrderWritten() throws {
        let directory = try TemporaryDirectory()
        let path = try Self.databaseBeforeV6(in: directory)
        let shipped = try Self.triggers(path)
        #expect(throws: LedgerVerificationError.notChained(path: path), "a read-only look migrates nothing") {
            try KofuDatabase.open(at: path, readOnly: true).verifyLedger()
        }

        let database = try KofuDatabase.open(at: path)
        let ledger = try database.read { db in
            try SQLRow.fetchAll(db, sql: "SELECT id, seq, hash FROM ledger ORDER BY id").map {
                (id: $0["id"] as Int64, seq: $0["seq"] as Int64, hash: $0["hash"] as String)
            }
        }
        #expect(ledger.map(\.seq) == ledger.map(\.id))
        #expect(try database.verifyLedger() == .intact(LedgerChainSummary(
            rows: 3, total: 150, headSeq: 3, headHash: ledger[2].hash, auditRows: 1, closes: 1,
            signedCloses: 0)), "a close made before closes were signed needs no signature")
        let close = try #require(try database.read { db in
            try SQLRow.fetchOne(db, sql: "SELECT ledger_seq, ledger_head FROM window_close")
        })
        #expect(close["ledger_seq"] == 3 as Int64 && close["ledger_head"] == ledger[2].hash,
                "a close made before v6 holds the head the migration found")
        // Later migrations add triggers of their own; every one shipped before v6 is back word for word.
        let after = try Self.triggers(path)
        #expect(shipped.allSatisfy(after.contains), "the append-only triggers are back as shipped")
        #expect(throws: StoreError.self) {
            try database.write { db in try db.execute(sql: "UPDATE ledger SET amount = 0 WHERE id = 3") }
        }

        try database.write { db in try Audit.write(db, staffID: "S001", .login, detail: "ok", at: now) }
        #expect(try database.read { db in try Int64.fetchOne(db, sql: "SELECT MAX(seq) FROM audit") } == 2)
        guard case .intact(let chain) = try database.verifyLedger() else {
            Issue.record("the chain goes on where the migration left it")
            return
        }
        #expect(chain.auditRows == 2)
    }
}
