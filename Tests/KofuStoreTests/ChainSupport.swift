import Foundation
import GRDB
import KofuCore
import Testing
@testable import KofuStore

/// A ledger written the way the city writes one: both channels, four terminals, an exemption, a refund, and the
/// close of one till between them, with the audit rows the window leaves.
///
///     seq 1  kiosk  T-0042  charge       150
///     seq 2  window W-01    charge       600   (2 copies)
///     seq 3  kiosk  T-0043  charge       450   (3 copies)
///     seq 4  window W-01    exemption      0
///     seq 5  window W-01    refund      -600   (of seq 2)
///            till close of W-01, 2026-11-25, recording seq 5
///     seq 6  window W-02    charge       300
///     seq 7  kiosk  T-0042  charge       150
struct BusinessDay {
    let directory: TemporaryDirectory
    let database: KofuDatabase
    let window: SQLiteWindowDesk
    let kiosk: SQLiteIssuanceDesk
    static let total = 150 + 600 + 450 + 0 - 600 + 300 + 150
    static let clerk = Fixture.staff(.clerk).id
    static let supervisor = Fixture.staff(.supervisor).id

    init() throws {
        (directory, database, window, _) = try Fixture.window()
        kiosk = try Fixture.kioskDesk(database)
        let record = WindowCertificate.kiosk(.residentRecord(ResidentRecordOptions()))
        try kioskIssue(terminal: "T-0042")
        let refunded = try window.issue(WindowIssueTests.order("R001", record, copies: 2), at: now)
        try kioskIssue(terminal: "T-0043", copies: 3)
        _ = try window.issue(WindowIssueTests.order("R001", record, exemption: .publicAssistance,
                                                approvedBy: Self.supervisor), at: now)
        try window.refund(RefundRequest(issuanceID: refunded.issuanceID, reason: .clericalError, note: "",
                                        copiesCollected: true),
                          approvedBy: Self.supervisor, staffID: Self.clerk, terminal: "W-01", at: now)
        _ = try window.close(businessDate: "2026-11-25", terminal: "W-01", countedCash: 10_000, changeFloat: 10_000,
                         staffID: Self.clerk, at: now)
        _ = try window.issue(WindowIssueTests.order("R001", record, terminal: "W-02"), at: now)
        try kioskIssue(terminal: "T-0042")
    }

    @discardableResult
    func kioskIssue(terminal: String, copies: Int = 1) throws -> IssuanceReceipt {
        let card = Fixture.everyRecord
        return try kiosk.issue(IssuanceOrder(credentialID: card.id, residentID: card.resident,
                                             request: .residentRecord(ResidentRecordOptions()), copies: copies,
                                             channel: .kiosk, terminal: terminal), at: now)
    }

    /// The chain columns of a table, in chain order.
    func chain(_ table: String) throws -> [(seq: Int64, prevHash: String, hash: String)] {
        try database.read { db in
            try SQLRow.fetchAll(db, sql: "SELECT seq, prev_hash, hash FROM \(table) ORDER BY seq").map {
                ($0["seq"], $0["prev_hash"], $0["hash"])
            }
        }
    }

    func fault() throws -> ChainFault? {
        guard case .tampered(let fault) = try database.verifyLedger() else { return nil }
        return fault
    }
}

/// Someone holding the database, working as its owner can: with a connection of their own to the file as the
/// sqlite3 shell would, after dropping every trigger that keeps the chained tables append-only; on PostgreSQL, as
/// the tables' owner with every trigger (the foreign keys' too) switched off for the session.
struct Tamperer {
    let database: KofuDatabase

    init(_ database: KofuDatabase) { self.database = database }

    func run(_ sql: String) throws {
        try unguarded { db in try db.script(sql) }
    }

    /// What someone who knows the encoding does after an edit: the hashes of `seqs` recomputed, each row linked to
    /// the one before it.
    func rechain(_ table: ChainedTable, _ seqs: ClosedRange<Int64>) throws {
        try unguarded { db in
            var link = try String.fetchOne(db, sql: "SELECT hash FROM \(table.name) WHERE seq = ?",
                                           arguments: [seqs.lowerBound - 1]) ?? ChainEncoding.genesis
            for record in try ChainWalk.read(db, table).records where seqs.contains(record.seq!) {
                var fields = record.fields
                fields["prev_hash"] = link.sqlValue
                link = table.hash(fields)
                try db.execute(sql: """
                    UPDATE \(table.name) SET prev_hash = ?, hash = ? WHERE \(ChainedTable.rowIDExpression(db.dialect)) = ?
                    """, arguments: [fields["prev_hash"], link, record.rowID])
            }
        }
    }

    /// A till close signed again with `key`, its hash recomputed to cover the new signature.
    func resign(close seq: Int64, with key: SigningKey) throws {
        try unguarded { db in
            let record = try #require(try ChainWalk.read(db, .tillClose).records.first { $0.seq == seq })
            var fields = record.fields
            fields[AnchorSignature.column] = nil
            let signature = try AnchorSignature.sign(closeHash: ChainedTable.tillClose.hash(fields), with: key)
            fields[AnchorSignature.column] = signature.sqlValue
            try db.execute(sql: """
                UPDATE window_close SET signature = ?, hash = ? WHERE \(ChainedTable.rowIDExpression(db.dialect)) = ?
                """, arguments: [signature, ChainedTable.tillClose.hash(fields), record.rowID])
        }
    }

    /// A row appended with the right link and hash by someone who knows the encoding: a window charge of W-01 on
    /// 2026-11-25 at `seq`, linked to `prev`.
    func forge(id: Int64, seq: Int64, prev: String) throws {
        let fields: [String: SQLValue] = [
            "id": id.sqlValue, "entry_type": "charge".sqlValue, "channel": "window".sqlValue,
            "terminal": "W-01".sqlValue, "kind": "residentRecord".sqlValue, "copies": 1.sqlValue,
            "unit_fee": 300.sqlValue, "amount": 300.sqlValue, "business_date": "2026-11-25".sqlValue,
            "created_at": "2026-11-25T01:30:00Z".sqlValue, "seq": seq.sqlValue,
            "prev_hash": prev.sqlValue]
        let columns = fields.keys.sorted()
        try unguarded { db in
            try db.execute(sql: """
                INSERT INTO ledger (\(columns.joined(separator: ", ")), hash)
                VALUES (\(questionMarks(count: columns.count + 1)))
                """, arguments: SQLArguments(columns.map { fields[$0]! } + [ChainedTable.ledger.hash(fields).sqlValue]))
        }
    }

    /// SQL as the owner runs it, the append-only rules out of the way.
    private func unguarded<T>(_ body: (any SQLConnection) throws -> T) throws -> T {
        guard database.backend is SQLiteBackend else {
            return try database.write { db in
                try db.execute(sql: "SET LOCAL session_replication_role = replica")
                return try body(db)
            }
        }
        var configuration = Configuration()
        configuration.foreignKeysEnabled = false
        let queue = try DatabaseQueue(path: database.path, configuration: configuration)
        return try queue.write { grdb in
            let db = GRDBConnection(grdb)
            for table in ["ledger", "audit", "window_close"] {
                for trigger in ["no_update", "no_delete", "chained"] {
                    try db.execute(sql: "DROP TRIGGER IF EXISTS \(table)_\(trigger)")
                }
            }
            return try body(db)
        }
    }
}
