import Foundation
import Testing
@testable import KofuTerminal

/// Sends real signals to the test process: if the handler were not installed, SIGTERM would end the run.
/// `kill(getpid())` rather than `raise`: `raise` targets the calling thread, and the test runs on a Dispatch worker
/// thread, which blocks signals, so the signal would stay pending forever. A process-directed signal is handled
/// by a thread that accepts it, asynchronously, hence the polling.
@Suite(.serialized) struct SignalFlagTests {
    @Test(arguments: [SIGTERM, SIGINT, SIGHUP])
    func aSignalOnlySetsTheFlag(signal: Int32) throws {
        try SignalFlag.install()
        defer { SignalFlag.restore() }
        #expect(SignalFlag.received == nil)
        kill(getpid(), signal)
        let deadline = ContinuousClock.now + .seconds(5)
        while SignalFlag.received == nil, ContinuousClock.now < deadline {
            Thread.sleep(forTimeInterval: 0.01)
        }
        #expect(SignalFlag.received == signal)
        SignalFlag.clear()
        #expect(SignalFlag.received == nil)
    }

    /// Whoever started the kiosk may have blocked these signals (a test runner's worker threads do, and exec keeps a
    /// blocked mask): installing the handlers unblocks them, or the operator's SIGTERM would never arrive.
    @Test func installingUnblocksTheHandledSignals() throws {
        var blocked = sigset_t(), previous = sigset_t(), now = sigset_t()
        sigemptyset(&blocked)
        for signal in [SIGTERM, SIGINT, SIGHUP] { sigaddset(&blocked, signal) }
        pthread_sigmask(SIG_BLOCK, &blocked, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        try SignalFlag.install()
        defer { SignalFlag.restore() }
        pthread_sigmask(SIG_BLOCK, nil, &now)
        for signal in [SIGTERM, SIGINT, SIGHUP] { #expect(sigismember(&now, signal) == 0, "signal \(signal)") }
    }
}
