import Foundation
import Testing

/// Simulated kiosks (`kofu simulate --center`), each its own process, registered terminal and spool, paying
/// through one or more centers at once.
struct SimulatedKiosks {
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

    /// How many copies the kiosks have on paper so far.
    func printed() -> Int {
        ids.reduce(0) { count, id in
            count + ((try? FileManager.default.contentsOfDirectory(atPath: spool(id))) ?? [])
                .filter { $0.hasSuffix(".txt") }.count
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
    }
}
