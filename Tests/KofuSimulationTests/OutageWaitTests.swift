import Foundation
import KofuCore
import Testing
@testable import KofuSimulation

/// A run that expects outages waits for the store before its own checks, and only such a run.
@Suite struct OutageWaitTests {
    struct Down: Error {}

    func plan(expectingOutages: Bool) -> SimulationPlan {
        SimulationPlan(terminal: "KIOSK-01", channel: .kiosk, sessions: 1, seed: 1, from: "2026-11-25", days: 1,
                       expectOutages: expectingOutages)
    }

    @Test func aRunExpectingOutagesAsksAgainUntilTheStoreAnswers() throws {
        var tries = 0
        let answer = try plan(expectingOutages: true).outlastingOutages(patience: 10) {
            tries += 1
            if tries < 3 { throw Down() }
            return "answered"
        }
        #expect(answer == "answered")
        #expect(tries == 3)
    }

    @Test func aRunNotExpectingOutagesFailsAtTheFirstError() {
        var tries = 0
        #expect(throws: Down.self) {
            try plan(expectingOutages: false).outlastingOutages(patience: 10) {
                tries += 1
                throw Down()
            }
        }
        #expect(tries == 1)
    }

    @Test func anOutageLongerThanThePatienceIsStillAFailure() {
        var tries = 0
        let started = Date()
        #expect(throws: Down.self) {
            try plan(expectingOutages: true).outlastingOutages(patience: 0.3) {
                tries += 1
                throw Down()
            }
        }
        #expect(tries > 1)
        #expect(Date().timeIntervalSince(started) >= 0.3)
    }
}
