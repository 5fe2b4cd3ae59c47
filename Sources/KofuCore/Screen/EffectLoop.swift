import Dispatch

/// Feeds an action to a reducer, then the answers of its effects, in order, until nothing is left: the one
/// place where a pure flow meets the world, shared by the kiosk and the window.
public enum EffectLoop {
    /// How often the screen is redrawn while an effect is out.
    public static let frame: DispatchTimeInterval = .milliseconds(100)

    /// `beforeEffects` sees each state whose effects are about to run: a PIN check or an issuance takes a moment, and
    /// the screen that says so ("確認しています") must be on the terminal while it does, not after.
    ///
    /// Each effect runs on a thread of its own while the caller's thread calls `whileWaiting` every `frame` with the
    /// state and the frames so far: a request to the center may take seconds, and the screen keeps moving meanwhile
    /// instead of freezing. An effect answered within a frame shows nothing more.
    public static func run<State: Sendable, Action: Sendable, Effect: Sendable>(
        _ action: Action, on state: inout State, reduce: (inout State, Action) -> [Effect],
        beforeEffects: (State) -> Void = { _ in }, whileWaiting: (State, Int) -> Void = { _, _ in },
        perform: @escaping @Sendable (Effect, State) -> Action?) {
        var pending = [action]
        while !pending.isEmpty {
            let effects = reduce(&state, pending.removeFirst())
            if !effects.isEmpty { beforeEffects(state) }
            for effect in effects {
                let current = state
                let answer = awaiting({ perform(effect, current) }) { whileWaiting(current, $0) }
                if let answer { pending.append(answer) }
            }
        }
    }

    private static func awaiting<Answer: Sendable>(_ work: @escaping @Sendable () -> Answer,
                                                   frames: (Int) -> Void) -> Answer {
        let done = DispatchSemaphore(value: 0)
        let box = AnswerBox<Answer>()
        DispatchQueue.global().async {
            box.answer = work()
            done.signal()
        }
        var frame = 0
        while done.wait(timeout: .now() + Self.frame) == .timedOut {
            frame += 1
            frames(frame)
        }
        return box.answer!
    }
}

private final class AnswerBox<Answer>: @unchecked Sendable {
    // Written once by the effect's thread before it signals, read once after the wait: the semaphore orders the two.
    var answer: Answer?
}
