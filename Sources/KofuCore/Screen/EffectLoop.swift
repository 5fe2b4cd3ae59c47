/// Feeds an action to a reducer, then the answers of its effects, in order, until nothing is left: the one
/// place where a pure flow meets the world, shared by the kiosk and the window.
public enum EffectLoop {
    /// `beforeEffects` sees each state whose effects are about to run: a PIN check or an issuance takes a moment, and
    /// the screen that says so ("確認しています") must be on the terminal while it does, not after.
    public static func run<State, Action, Effect>(_ action: Action, on state: inout State,
                                                  reduce: (inout State, Action) -> [Effect],
                                                  beforeEffects: (State) -> Void = { _ in },
                                                  perform: (Effect, State) -> Action?) {
        var pending = [action]
        while !pending.isEmpty {
            let effects = reduce(&state, pending.removeFirst())
            if !effects.isEmpty { beforeEffects(state) }
            for effect in effects {
                if let answer = perform(effect, state) { pending.append(answer) }
            }
        }
    }
}
