import Foundation
import Testing

/// Fifty simulated kiosks, each its own process and registered terminal with its own spool, pay against one
/// center at once; each checks its own sessions (money in and out, every copy on paper, marked and naming its
/// person), and together the ledger must verify, hold exactly what they took, and no serial be printed twice.
@Suite struct CenterLoadEndToEndTests {
    @Test func fiftyKiosksAgainstOneCenter() async throws {
        let store = try ScratchStore()
        let kiosks = (1...50).map { String(format: "KIOSK-L%02d", $0) }
        for id in kiosks {
            try Kofu.run(["center", "terminal", "add", "--db", store.database, "--id", id, "--kind", "kiosk",
                          "--key-file", store.directory.appendingPathComponent("\(id).token").path])
        }
        let center = try RunningCenter(store)
        defer { _ = center.stop() }

        let runs = kiosks.enumerated().map { index, id in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: try! Kofu.binary())
            process.arguments = ["simulate", "--db", store.database, "--center", center.url,
                                 "--terminal-key", store.directory.appendingPathComponent("\(id).token").path,
                                 "--spool", store.directory.appendingPathComponent("spool-\(id)").path,
                                 "--sessions", "6", "--seed", String(index + 1)]
            let output = store.directory.appendingPathComponent("\(id).out")
            FileManager.default.createFile(atPath: output.path, contents: nil)
            process.standardOutput = try! FileHandle(forWritingTo: output)
            process.standardError = process.standardOutput
            return (process, output)
        }
        for (process, _) in runs { try process.run() }
        var paid = 0
        for (process, output) in runs {
            process.waitUntilExit()
            let said = String(decoding: FileManager.default.contents(atPath: output.path) ?? Data(), as: UTF8.self)
            #expect(process.terminationStatus == 0, "\(said)")
            if let yen = said.firstMatch(of: /yen (\d+)/).flatMap({ Int($0.1) }) { paid += yen }
        }

        let verified = try Kofu.run(["ledger", "verify", "--db", store.database])
        #expect(verified.hasPrefix("intact"))
        let amounts = try store.ledger().map { $0["amount"] as? Int ?? 0 }
        #expect(amounts.reduce(0, +) == paid && paid > 0)
        let serials = try kiosks.flatMap { id in
            try FileManager.default.contentsOfDirectory(
                atPath: store.directory.appendingPathComponent("spool-\(id)").path).filter { $0.hasSuffix(".txt") }
        }
        #expect(Set(serials).count == serials.count && !serials.isEmpty)
        let metrics = try await center.request("GET", "/metrics", token: nil).body
        #expect(metrics.contains("kofu_center_issuances_total"))
    }
}
