import Foundation
import Testing

/// The center's store on the test cluster's PostgreSQL: two centers share one database, the server restarts under
/// load, and an intruder with psql is caught by `ledger verify`.
@Suite(.serialized, TestPostgres.enabled) struct PostgresCenterEndToEndTests {
    /// Simulated kiosks, each its own process, registered terminal and spool, paying through `centers` at once.
    struct Kiosks {
        let store: ScratchStore
        let ids: [String]

        init(_ store: ScratchStore, count: Int, prefix: String) throws {
            self.store = store
            ids = (1...count).map { String(format: "\(prefix)%02d", $0) }
            for id in ids {
                try Kofu.run(["center", "terminal", "add", "--db", store.database, "--id", id, "--kind", "kiosk",
                              "--key-file", token(id)])
            }
        }

        func token(_ id: String) -> String { store.directory.appendingPathComponent("\(id).token").path }
        func spool(_ id: String) -> String { store.directory.appendingPathComponent("spool-\(id)").path }

        /// Starts every kiosk, the n-th on `centers[n % centers.count]`.
        func start(on centers: [RunningCenter], sessions: Int, outages: Bool = false) throws -> [(Process, URL)] {
            try ids.enumerated().map { index, id in
                let process = Process()
                process.executableURL = URL(fileURLWithPath: try Kofu.binary())
                process.arguments = ["simulate", "--db", store.database, "--center", centers[index % centers.count].url,
                                     "--terminal-key", token(id), "--spool", spool(id), "--sessions", String(sessions),
                                     "--seed", String(index + 1)] + store.keyArguments
                    + (outages ? ["--expect-outages"] : [])
                let output = store.directory.appendingPathComponent("\(id).out")
                FileManager.default.createFile(atPath: output.path, contents: nil)
                process.standardOutput = try FileHandle(forWritingTo: output)
                process.standardError = process.standardOutput
                try process.run()
                return (process, output)
            }
        }

        /// Waits for every kiosk; each must pass its own checks. Returns the yen they kept and the sessions an
        /// outage ended.
        func finish(_ runs: [(Process, URL)]) -> (kept: Int, outages: Int) {
            var kept = 0, outages = 0
            for (index, (process, output)) in runs.enumerated() {
                process.waitUntilExit()
                let said = String(decoding: FileManager.default.contents(atPath: output.path) ?? Data(), as: UTF8.self)
                let log = (try? String(contentsOfFile: spool(ids[index]) + "/kofu.log", encoding: .utf8)) ?? ""
                #expect(process.terminationStatus == 0, "\(said)\noperator log:\n\(log)")
                kept += said.firstMatch(of: /yen (\d+)/).flatMap { Int($0.1) } ?? 0
                outages += said.firstMatch(of: /outages (\d+)/).flatMap { Int($0.1) } ?? 0
            }
            return (kept, outages)
        }

        /// The ledger verifies and holds what the kiosks kept; every copy is on paper, marked, and printed once.
        func checkStore(kept: Int) throws {
            let verified = try Kofu.outcome(["ledger", "verify", "--db", store.database])
            #expect(verified.status == 0 && verified.output.hasPrefix("intact"), "\(verified.output)\(verified.errors)")
            #expect(try store.ledger().map { $0["amount"] as? Int ?? 0 }.reduce(0, +) == kept)
            var serials: [String] = []
            for id in ids {
                let check = try Kofu.outcome(["spool", "check", "--db", store.database, "--spool", spool(id),
                                              "--terminal", id])
                #expect(check.output.contains("spool clean"), "\(id): \(check.output)\(check.errors)")
                serials += try FileManager.default.contentsOfDirectory(atPath: spool(id)).filter { $0.hasSuffix(".txt") }
            }
            #expect(Set(serials).count == serials.count && !serials.isEmpty, "no serial printed twice")
            let rows = try TestPostgres.psql(store.database, "SELECT COUNT(*), COUNT(DISTINCT serial) FROM document")
            let counts = rows.split(separator: "|").map { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
            #expect(counts.count == 2 && counts[0] == counts[1], "0 duplicate serials in the store: \(rows)")
        }
    }

    @Test func twoCentersWithTwentyFiveKiosksEachShareOneDatabase() throws {
        let store = try ScratchStore(onServer: true)
        let kiosks = try Kiosks(store, count: 50, prefix: "KIOSK-P")
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
        let terminals = try TestPostgres.psql(store.database, "SELECT COUNT(DISTINCT terminal) FROM ledger")
        #expect(Int(terminals.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0 > 25,
                "kiosks of both centers paid: \(terminals)")
    }

    /// Synchronous on purpose, as `CenterFaultEndToEndTests`: the restart must come while the kiosks pay.
    @Test func theServerRestartedMidLoadLosesNothing() throws {
        let store = try ScratchStore(onServer: true)
        let kiosks = try Kiosks(store, count: 10, prefix: "KIOSK-R")
        let center = try RunningCenter(store)
        defer { _ = center.stop() }
        let runs = try kiosks.start(on: [center], sessions: 40, outages: true)
        func printed() -> Int {
            kiosks.ids.reduce(0) { count, id in
                count + ((try? FileManager.default.contentsOfDirectory(atPath: kiosks.spool(id))) ?? [])
                    .filter { $0.hasSuffix(".txt") }.count
            }
        }
        let deadline = ContinuousClock.now + .seconds(60)
        while printed() < 10, ContinuousClock.now < deadline { Thread.sleep(forTimeInterval: 0.02) }
        let running = runs.filter { $0.0.isRunning }.count
        try TestPostgres.restart()
        #expect(running >= 5, "the server restarted after most kiosks had finished")

        let (kept, outages) = kiosks.finish(runs)
        #expect(outages > 0, "the restart reached no session")
        #expect(center.process.isRunning, "the center stays up while its database restarts")
        try kiosks.checkStore(kept: kept)
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
