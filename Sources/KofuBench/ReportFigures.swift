import Foundation

/// The reading commands on a ledger of a city's years against the sqlite3 shell running the same query on the same
/// file: one day's rows, one day's 日計表, and the whole ledger as CSV (time and peak memory).
struct ReportFigures {
    let plan: BenchPlan
    let workspace: Workspace
    let sqlite3: String
    let measurer: String

    func measure(ledger source: String) throws -> [Figure] {
        let database = try workspace.copy(source, to: "ledger")
        let fixture = LedgerFixture(sqlite3: sqlite3, database: database, rows: plan.ledgerRows, perDay: 2_740)
        try fixture.build()
        let day = fixture.sampleDay
        let rows = plan.ledgerRows >= 1_000_000 ? "1 M" : "\(plan.ledgerRows / 1000) k"
        let dayRows = ["SELECT * FROM ledger WHERE business_date = '\(day)' ORDER BY id"]
        let dayTotals = ["""
            SELECT channel, kind, entry_type, COUNT(*), SUM(copies), SUM(amount) FROM ledger
            WHERE business_date = '\(day)' GROUP BY channel, kind, entry_type ORDER BY channel, kind, entry_type
            """, "SELECT * FROM window_close WHERE business_date = '\(day)' ORDER BY terminal"]
        let everything = ["SELECT * FROM ledger ORDER BY id"]
        let list = try paired(["ledger", "list", "--db", database, "--date", day, "--format", "csv"], dayRows, database)
        let daily = try paired(["report", "daily", "--db", database, "--date", day], dayTotals, database)
        let export = try paired(["ledger", "list", "--db", database, "--format", "csv"], everything, database)
        return [
            Figure.compared("`ledger list --date` on \(rows) rows", unit: "ms", list.kofu, list.peer,
                            peerName: "sqlite3", runs: plan.commandRuns, target: "≤ 1.5× sqlite3") { $0 <= 1.5 },
            Figure.compared("`report daily` on \(rows) rows", unit: "ms", daily.kofu, daily.peer, peerName: "sqlite3",
                            runs: plan.commandRuns, target: "≤ 1.5× sqlite3") { $0 <= 1.5 },
            Figure.compared("whole-ledger CSV export of \(rows) rows", unit: "ms", export.kofu, export.peer,
                            peerName: "sqlite3", runs: plan.commandRuns, target: "≤ 2× sqlite3") { $0 <= 2 },
            Figure.compared("peak RSS of that export", unit: "MB", export.kofuMemory, export.peerMemory,
                            peerName: "sqlite3", runs: plan.commandRuns, target: "≤ 50 MB") { _ in
                export.kofuMemory.median <= 50
            },
        ]
    }

    struct Pair {
        var kofu = Samples(), peer = Samples(), kofuMemory = Samples(), peerMemory = Samples()
    }

    /// Kofu's command and the shell's, in turn, after one untimed run of each (so both read a warm page cache).
    private func paired(_ arguments: [String], _ queries: [String], _ database: String) throws -> Pair {
        let kofu = workspace.command(arguments).measured(by: measurer)
        let shell = TimedCommand(arguments: [sqlite3, "-readonly", "-csv", "-header", database] + queries,
                                 environment: plan.environment).measured(by: measurer)
        let output = workspace.file("command.out")
        var pair = Pair()
        for run in 0...plan.commandRuns {
            let mine = try kofu.run(output: output), theirs = try shell.run(output: output)
            guard mine.status == 0, theirs.status == 0 else {
                throw BenchError.commandFailed((mine.status == 0 ? [sqlite3] : arguments).joined(separator: " "),
                                               status: max(mine.status, theirs.status), output: "")
            }
            guard run > 0 else { continue }
            pair.kofu.add(mine.milliseconds)
            pair.peer.add(theirs.milliseconds)
            pair.kofuMemory.add(Double(mine.peakKilobytes) / 1024)
            pair.peerMemory.add(Double(theirs.peakKilobytes) / 1024)
        }
        return pair
    }
}
