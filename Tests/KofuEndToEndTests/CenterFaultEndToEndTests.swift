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
        let kiosks = try SimulatedKiosks(store, count: 10, prefix: "KIOSK-F")
        let first = try RunningCenter(store)
        let runs = try kiosks.start(on: [first], sessions: 40, outages: true)
        // Killed once the kiosks are well into their payments: ten copies on paper among them.
        let deadline = ContinuousClock.now + .seconds(60)
        while kiosks.printed() < 10, ContinuousClock.now < deadline { Thread.sleep(forTimeInterval: 0.02) }
        let running = runs.filter { $0.0.isRunning }.count
        kill(first.process.processIdentifier, SIGKILL)
        first.process.waitUntilExit()
        #expect(running >= 5, "the center was killed after most kiosks had finished")
        // Longer than a payment's retries last (about a second), so that the kiosks see the center gone.
        Thread.sleep(forTimeInterval: 1.5)
        let second = try RunningCenter(store, port: first.port)
        defer { _ = second.stop() }

        let (kept, outages) = kiosks.finish(runs)
        #expect(outages > 0, "the kill reached no session")
        try kiosks.checkStore(kept: kept)
    }
}
