import Foundation
import Testing

/// The center's store on the test cluster's PostgreSQL: two centers share one database, the server restarts under
/// load, and an intruder with psql is caught by `ledger verify`.
@Suite(.serialized, TestPostgres.enabled) struct PostgresCenterEndToEndTests {
    func noSerialTwiceInTheStore(_ store: ScratchStore) throws {
        let rows = try TestPostgres.psql(store.database, "SELECT COUNT(*), COUNT(DISTINCT serial) FROM document")
        let counts = rows.split(separator: "|").map { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        #expect(counts.count == 2 && counts[0] == counts[1], "0 duplicate serials in the store: \(rows)")
    }

    @Test func twoCentersWithTwentyFiveKiosksEachShareOneDatabase() throws {
        let store = try ScratchStore(onServer: true)
        let kiosks = try SimulatedKiosks(store, count: 50, prefix: "KIOSK-P")
        let first = try RunningCenter(store)
        defer { _ = first.stop() }
        let second = try RunningCenter(store)
        defer { _ = second.stop() }
        #expect(first.port != second.port)

        let (kept, _) = kiosks.finish(try kiosks.start(on: [first, second], sessions: 4))
        #expect(kept > 0)
        for center in [first, second] {
            let failures = try String(contentsOf: center.log, encoding: .utf8).split(separator: "\n")
                .filter { $0.contains("status=5") || $0.contains("error") }
            #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
        }
        try kiosks.checkStore(kept: kept)
        try noSerialTwiceInTheStore(store)
        let terminals = try TestPostgres.psql(store.database, "SELECT COUNT(DISTINCT terminal) FROM ledger")
        #expect(Int(terminals.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0 > 25,
                "kiosks of both centers paid: \(terminals)")
    }

    /// Synchronous on purpose, as `CenterFaultEndToEndTests`: the restart must come while the kiosks pay.
    @Test func theServerRestartedMidLoadLosesNothing() throws {
        let store = try ScratchStore(onServer: true)
        let kiosks = try SimulatedKiosks(store, count: 10, prefix: "KIOSK-R")
        let center = try RunningCenter(store)
        defer { _ = center.stop() }
        let runs = try kiosks.start(on: [center], sessions: 40, outages: true)
        let deadline = ContinuousClock.now + .seconds(60)
        while kiosks.printed() < 10, ContinuousClock.now < deadline { Thread.sleep(forTimeInterval: 0.02) }
        let running = runs.filter { $0.0.isRunning }.count
        // Down long enough that kiosks end their sessions meanwhile: their checks must wait for the store.
        try TestPostgres.restart(downFor: .seconds(4))
        #expect(running >= 5, "the server restarted after most kiosks had finished")

        let (kept, outages) = kiosks.finish(runs)
        #expect(outages > 0, "the restart reached no session")
        #expect(center.process.isRunning, "the center stays up while its database restarts")
        try kiosks.checkStore(kept: kept)
        try noSerialTwiceInTheStore(store)
        let log = try String(contentsOf: center.log, encoding: .utf8)
        #expect(log.contains("status=503"), "the center answered 'unavailable' while its database was down")
    }

    @Test func ledgerVerifyCatchesWhatPsqlChanged() throws {
        let store = try ScratchStore(onServer: true)
        let run = try Kofu.outcome(["simulate", "--db", store.database, "--terminal", "KIOSK-01", "--spool",
                                    store.spool.path, "--sessions", "12"] + store.keyArguments)
        #expect(run.status == 0, "\(run.output)\(run.errors)")
        #expect(try Kofu.run(["ledger", "verify", "--db", store.database]).hasPrefix("intact"))

        // The append-only rules hold against the table's owner too, until the intruder lifts them.
        #expect(throws: (any Error).self) { try TestPostgres.psql(store.database, "UPDATE ledger SET amount = 0") }
        #expect(throws: (any Error).self) { try TestPostgres.psql(store.database, "DELETE FROM ledger") }
        try TestPostgres.psql(store.database, """
            ALTER TABLE ledger DISABLE TRIGGER USER;
            UPDATE ledger SET amount = 0 WHERE seq = 2
            """)
        let tampered = try Kofu.outcome(["ledger", "verify", "--db", store.database])
        #expect(tampered.status == 1 && tampered.output.hasPrefix("TAMPERED: ledger row"), "\(tampered.output)")
        #expect(tampered.output.contains("(seq 2)"), "\(tampered.output)")
    }

    /// A city's file with kiosk and window sales moves to the server: both sides verify alike and list the same
    /// ledger, the server's store goes on with the file's serials, and a file that does not verify is not moved.
    @Test func aCityMovesFromItsFileToTheServer() throws {
        let file = try ScratchStore()
        for (terminal, channel) in [("KIOSK-01", "kiosk"), ("W-01", "window")] {
            let run = try Kofu.outcome(["simulate", "--db", file.database, "--terminal", terminal, "--channel", channel,
                                        "--spool", file.spool.path, "--sessions", "15"])
            #expect(run.status == 0, "\(run.output)\(run.errors)")
        }
        let verdict = try Kofu.run(["ledger", "verify", "--db", file.database])
        #expect(verdict.hasPrefix("intact"))
        let name = "kofu_e2e_moved_\(getpid())"
        let url = try TestPostgres.url(of: name)
        defer { TestPostgres.drop(name) }

        let moved = try Kofu.outcome(["store", "migrate", "--from", file.database, "--to", url])
        #expect(moved.status == 0 && moved.output.contains("Both verify: \(verdict)"), "\(moved.output)\(moved.errors)")
        #expect(try Kofu.run(["ledger", "verify", "--db", url]) == verdict)
        #expect(try Kofu.run(["ledger", "list", "--db", url, "--format", "json"])
            == Kofu.run(["ledger", "list", "--db", file.database, "--format", "json"]))
        let again = try Kofu.outcome(["store", "migrate", "--from", file.database, "--to", url])
        #expect(again.status != 0 && again.errors.contains("already exists"), "\(again.errors)")

        // The same store, now on the server: its serials go on where the file's stopped.
        let onServer = try Kofu.outcome(["simulate", "--db", url, "--terminal", "KIOSK-01", "--spool", file.spool.path,
                                         "--sessions", "5", "--seed", "9", "--key", file.database + ".key"])
        #expect(onServer.status == 0, "\(onServer.output)\(onServer.errors)")
        #expect(try Kofu.run(["ledger", "verify", "--db", url]).hasPrefix("intact"))
        let serials = try TestPostgres.psql(url, "SELECT COUNT(*) = COUNT(DISTINCT serial) FROM document")
        #expect(serials.trimmingCharacters(in: .whitespacesAndNewlines) == "t")

        // A file that does not verify stays where it is, and the server is left without a store.
        let broken = try ScratchStore()
        _ = try Kofu.outcome(["simulate", "--db", broken.database, "--terminal", "KIOSK-01", "--spool",
                              broken.spool.path, "--sessions", "5"])
        _ = try ChildProcess.run("/usr/bin/sqlite3", [broken.database, """
            DROP TRIGGER ledger_no_update; UPDATE ledger SET amount = 0 WHERE seq = 1
            """], environment: [:])
        let refusedName = "kofu_e2e_refused_\(getpid())"
        let refusedURL = try TestPostgres.url(of: refusedName)
        defer { TestPostgres.drop(refusedName) }
        let refused = try Kofu.outcome(["store", "migrate", "--from", broken.database, "--to", refusedURL])
        #expect(refused.status != 0 && refused.errors.contains("does not verify"), "\(refused.errors)")
        let left = try Kofu.outcome(["ledger", "verify", "--db", refusedURL])
        #expect(left.status != 0 && left.errors.contains("not a Kofu database"), "\(left.errors)")
    }
}
