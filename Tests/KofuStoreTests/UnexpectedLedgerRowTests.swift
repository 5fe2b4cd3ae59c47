import Foundation
import KofuCore
import Testing
@testable import KofuStore

/// Rows no Kofu writes (inserted by another tool, the chain's guard dropped first) are left out of
/// the ledger list and the daily summary and named, rather than crashing either; a till is not counted against them.
@Suite struct UnexpectedLedgerRowTests {
    let directory: TemporaryDirectory
    let database: KofuDatabase
    let desk: SQLiteWindowDesk

    init() throws {
        (directory, database, desk, _) = try Fixture.window()
        _ = try desk.issue(WindowIssueTests.order("R001", .kiosk(.residentRecord(ResidentRecordOptions()))), at: now)
    }

    func insert(kind: String = "residentRecord", copies: Int = 1, amount: Int = 300, terminal: String = "W-01") throws {
        try database.write { db in
            try db.execute(sql: "DROP TRIGGER IF EXISTS ledger_chained" + (db.dialect == .postgres ? " ON ledger" : ""))
            try db.execute(sql: """
                INSERT INTO ledger (id, entry_type, channel, terminal, kind, copies, unit_fee, amount, business_date,
                    created_at)
                VALUES ((SELECT COALESCE(MAX(id), 0) + 1 FROM ledger), 'charge', 'window', ?, ?, ?, 300, ?, '2026-11-25',
                    '2026-11-25T01:00:00Z')
                """, arguments: [terminal, kind, copies, amount])
        }
    }

    @Test func unknownKindsAndImpossibleValuesAreNamedAndLeftOut() throws {
        try insert(kind: "stamp")
        try insert(copies: 99)
        try insert(amount: Int.max)
        let entries = try database.ledgerEntries(businessDate: "2026-11-25")
        #expect(entries.count == 1 && entries[0].amount == 300)
        let (summary, unexpected) = try database.dailySummaryAndUnexpectedRows(businessDate: "2026-11-25")
        #expect(unexpected.map(\.id) == [2, 3, 4])
        #expect(unexpected[0].description == "ledger row 2: kind \"stamp\" is no certificate kind")
        #expect(unexpected[1].problem.contains("copies 99"))
        #expect(unexpected[2].problem.contains("amount \(Int.max)"))
        #expect(summary.lines.map(\.amount) == [300] && summary.net(.window) == 300)
    }

    /// A schema rewritten without a column the ledger needs: its rows are named, the listing still runs.
    @Test func aMissingColumnSetsItsRowsAsideRatherThanFailingTheListing() throws {
        try database.write { db in try db.execute(sql: "ALTER TABLE ledger DROP COLUMN created_at") }
        #expect(try database.ledgerEntries(businessDate: "2026-11-25").isEmpty)
        let (_, unexpected) = try database.dailySummaryAndUnexpectedRows(businessDate: "2026-11-25")
        #expect(unexpected.map(\.problem) == ["terminal, business date or time is missing"])
    }

    @Test func aTillIsNotCountedAgainstImpossibleTakings() throws {
        try insert(amount: 9_000_000_000_000_000_000)
        #expect(throws: WindowError.implausibleTakings(businessDate: "2026-11-25", terminal: "W-01")) {
            try desk.takings(businessDate: "2026-11-25", terminal: "W-01")
        }
        #expect(throws: WindowError.implausibleTakings(businessDate: "2026-11-25", terminal: "W-01")) {
            try desk.close(businessDate: "2026-11-25", terminal: "W-01", countedCash: 300, changeFloat: 0,
                           staffID: Fixture.staff(.clerk).id, at: now)
        }
    }

    /// A counted cash this size used to trap at the close.
    @Test func countedCashAndCashReceivedAreRangeChecked() throws {
        let clerk = Fixture.staff(.clerk).id
        #expect(throws: WindowError.cashOutOfRange(Int.max)) {
            try desk.close(businessDate: "2026-11-25", terminal: "W-01", countedCash: Int.max, changeFloat: 0,
                           staffID: clerk, at: now)
        }
        #expect(throws: WindowError.cashOutOfRange(-1)) {
            try desk.close(businessDate: "2026-11-25", terminal: "W-01", countedCash: -1, changeFloat: 0,
                           staffID: clerk, at: now)
        }
        #expect(throws: WindowError.cashOutOfRange(Int.max)) {
            try desk.issue(WindowIssueTests.order("R001", .kiosk(.residentRecord(ResidentRecordOptions())), cash: Int.max),
                           at: now)
        }
        #expect(try database.count("window_close") == 0 && database.count("ledger") == 1)
    }

    @Test func typedTextOnACertificateIsPlain() throws {
        let proxy = Proxy(standing: .attorney, name: "代理\u{1b}[31m人", purpose: "年金", submitTo: "年金事務所")
        #expect(throws: WindowError.notPlainText) {
            try desk.issue(WindowIssueTests.order("R001", .kiosk(.residentRecord(ResidentRecordOptions())), proxy: proxy),
                           at: now)
        }
    }
}
