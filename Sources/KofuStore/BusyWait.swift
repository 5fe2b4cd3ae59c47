import Foundation
import GRDB

/// How a connection waits for another process's transaction. SQLite's own timeout sleeps up to 100 ms between
/// tries, so a writer that lost a few rounds waits seconds while the others come and go (3 s measured with eight
/// kiosks writing at once, each transaction taking under 2 ms); tries a millisecond or so apart, jittered so that
/// waiters do not wake in step, keep every wait close to the transactions actually ahead of it.
enum BusyWait {
    static func mode(giveUpAfter seconds: TimeInterval) -> Database.BusyMode {
        .callback { numberOfTries in
            // A connection waits on one thread at a time, and SQLite counts each wait's tries from 0.
            let now = ProcessInfo.processInfo.systemUptime
            if numberOfTries == 0 { Thread.current.threadDictionary[waitStarted] = now }
            let started = Thread.current.threadDictionary[waitStarted] as? TimeInterval ?? now
            guard now - started < seconds else { return false }
            // After 30 ms a waiter tries five times as often, so that writers arriving later (or the one that just
            // committed and comes straight back) stop overtaking it; sooner than that, eager tries cost the writer
            // holding the lock its CPU (eight writers on two cores: p99 about 128 → 65 ms, the same throughput).
            usleep(now - started < 0.03 ? UInt32.random(in: 500...1500) : UInt32.random(in: 100...300))
            return true
        }
    }

    private static let waitStarted = "kofu.busyWaitStarted"
}
