import Foundation
import Testing

/// Fifty simulated kiosks, each its own process and registered terminal with its own spool, pay against one
/// center at once; each checks its own sessions (money in and out, every copy on paper, marked and naming its
/// person), and together the ledger must verify, hold exactly what they took, and no serial be printed twice.
@Suite struct CenterLoadEndToEndTests {
    @Test func fiftyKiosksAgainstOneCenter() async throws {
        let store = try ScratchStore()
        let kiosks = try SimulatedKiosks(store, count: 50, prefix: "KIOSK-L")
        let center = try RunningCenter(store)
        defer { _ = center.stop() }

        let (kept, _) = kiosks.finish(try kiosks.start(on: [center], sessions: 6))
        #expect(kept > 0)
        try kiosks.checkStore(kept: kept)
        let metrics = try await center.request("GET", "/metrics", token: nil).body
        #expect(metrics.contains("kofu_center_issuances_total"))
    }
}
