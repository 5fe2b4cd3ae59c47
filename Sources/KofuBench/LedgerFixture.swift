import Foundation

/// A ledger grown to a city's years of business for the report figures: the first real issuance copied row after
/// row, `perDay` a day, cycling through channels and certificate kinds, appended in one transaction with the sqlite3
/// shell. The chain links are placeholders (the report queries do not read them), so `ledger verify` would refuse
/// this file: it is for timing reads only.
struct LedgerFixture {
    let sqlite3: String
    let database: String
    let rows: Int
    let perDay: Int
    static let firstDay = "2024-04-01"

    /// The busiest kind of day in the file, which the per-day figures query.
    var sampleDay: String { Self.day(offset: rows / perDay / 2) }

    static func day(offset: Int) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        let start = formatter.date(from: firstDay)!
        return formatter.string(from: start.addingTimeInterval(Double(offset) * 86_400))
    }

    func build() throws {
        let script = """
            PRAGMA synchronous = OFF;
            BEGIN;
            CREATE TEMP TABLE n AS WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < \(rows))
                SELECT i, date('\(Self.firstDay)', '+' || ((i - 1) / \(perDay)) || ' days') AS day FROM c;
            INSERT INTO issuance (resident_id, credential_id, kind, options_json, copies, channel, terminal,
                                  created_at, business_date)
                SELECT t.resident_id, t.credential_id, t.kind, t.options_json, t.copies,
                       CASE WHEN n.i % 4 = 0 THEN 'window' ELSE 'kiosk' END, t.terminal,
                       n.day || 'T01:00:00Z', n.day
                FROM n, (SELECT * FROM issuance ORDER BY id LIMIT 1) t ORDER BY n.i;
            CREATE TEMP TABLE head AS SELECT seq, hash, (SELECT MAX(id) FROM issuance) - \(rows) AS issuance_base
                FROM ledger ORDER BY seq DESC LIMIT 1;
            INSERT INTO ledger (entry_type, issuance_id, channel, terminal, kind, copies, unit_fee, amount,
                                business_date, created_at, seq, prev_hash, hash)
                SELECT 'charge', head.issuance_base + n.i, CASE WHEN n.i % 4 = 0 THEN 'window' ELSE 'kiosk' END,
                       'BENCH-K1', CASE n.i % 3 WHEN 0 THEN 'residentRecord' WHEN 1 THEN 'sealRegistration'
                       ELSE 'incomeTax' END, 1 + n.i % 2, CASE WHEN n.i % 4 = 0 THEN 300 ELSE 150 END,
                       (1 + n.i % 2) * CASE WHEN n.i % 4 = 0 THEN 300 ELSE 150 END, n.day, n.day || 'T01:00:00Z',
                       head.seq + n.i,
                       CASE WHEN n.i = 1 THEN head.hash ELSE printf('%064d', head.seq + n.i - 1) END,
                       printf('%064d', head.seq + n.i)
                FROM n, head ORDER BY n.i;
            COMMIT;
            """
        let file = database + ".fixture.sql"
        try script.write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        try TimedCommand(arguments: [sqlite3, database, ".read \(file)"]).succeed()
    }
}
