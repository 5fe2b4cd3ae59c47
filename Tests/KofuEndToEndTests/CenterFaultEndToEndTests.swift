import Foundation
import Testing

/// The center killed with SIGKILL in the middle of ten kiosks' payments, and started again: sessions it could not
/// serve end with the cash returned, payments whose answer was lost are withdrawn, and afterwards every kiosk's
/// checks and the store's hold: the ledger verifies and holds exactly what the kiosks kept, every copy is on
/// paper and marked, no serial twice.
@Suite struct CenterFaultEndToEndTests {
    /// Synchronous on purpose: a polling loop that awaits can wait minutes for its turn when the other tests hold
    /// the concurrency pool's threads, and the kiosks would be done before the kill.
    @Test func theCenterKilledMidLoadLosesNothing() throws {
        let store = try ScratchStore()
        let kiosks = (1...10).map { String(format: "KIOSK-F%02d", $0) }
        for id in kiosks {
            try Kofu.run(["center", "terminal", "add", "--db", store.database, "--id", id, "--kind", "kiosk",
                          "--key-file", store.directory.appendingPathComponent("\(id).token").path])
        }
        let first = try RunningCenter(store)
        let runs = try kiosks.enumerated().map { index, id in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: try Kofu.binary())
            process.arguments = ["simulate", "--db", store.database, "--center", first.url, "--expect-outages",
                                 "--terminal-key", store.directory.appendingPathComponent("\(id).token").path,
                                 "--spool", store.directory.appendingPathComponent("spool-\(id)").path,
                                 "--sessions", "40", "--seed", String(index + 1)]
            let output = store.directory.appendingPathComponent("\(id).out")
            FileManager.default.createFile(atPath: output.path, contents: nil)
            process.standardOutput = try FileHandle(forWritingTo: output)
            process.standardError = process.standardOutput
            try process.run()
            return (process, output)
        }
        // Killed once the kiosks are well into their payments: ten copies on paper among them.
        func printed() -> Int {
            kiosks.reduce(0) { count, id in
                let spool = store.directory.appendingPathComponent("spool-\(id)").path
                return count + ((try? FileManager.default.contentsOfDirectory(atPath: spool)) ?? [])
                    .filter { $0.hasSuffix(".txt") }.count
            }
        }
        let deadline = ContinuousClock.now + .seconds(60)
        while printed() < 10, ContinuousClock.now < deadline { Thread.sleep(forTimeInterval: 0.02) }
        let running = runs.filter { $0.0.isRunning }.count
        kill(first.process.processIdentifier, SIGKILL)
        first.process.waitUntilExit()
        #expect(running >= 5, "the center was killed after most kiosks had finished")
        // Longer than a payment's retries last (about a second), so that the kiosks see the center gone.
        Thread.sleep(forTimeInterval: 1.5)
        let second = try RunningCenter(store, port: first.port)
        defer { _ = second.stop() }

        var kept = 0, outages = 0
        for (process, output) in runs {
            process.waitUntilExit()
            let said = String(decoding: FileManager.default.contents(atPath: output.path) ?? Data(), as: UTF8.self)
            #expect(process.terminationStatus == 0, "\(said)")
            kept += said.firstMatch(of: /yen (\d+)/).flatMap { Int($0.1) } ?? 0
            outages += said.firstMatch(of: /outages (\d+)/).flatMap { Int($0.1) } ?? 0
        }
        #expect(outages > 0, "the kill reached no session")
        #expect(try Kofu.run(["ledger", "verify", "--db", store.database]).hasPrefix("intact"))
        #expect(try store.ledger().map { $0["amount"] as? Int ?? 0 }.reduce(0, +) == kept)
        var serials: [String] = []
        for id in kiosks {
            let spool = store.directory.appendingPathComponent("spool-\(id)").path
            let check = try Kofu.outcome(["spool", "check", "--db", store.database, "--spool", spool, "--terminal", id])
            #expect(check.output.contains("spool clean"), "\(id): \(check.output)\(check.errors)")
            serials += try FileManager.default.contentsOfDirectory(atPath: spool).filter { $0.hasSuffix(".txt") }
        }
        #expect(Set(serials).count == serials.count)
    }
}
