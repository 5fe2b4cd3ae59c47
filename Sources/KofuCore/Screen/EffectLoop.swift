/// Feeds an action to a reducer, then the answers of its effects, in order, until nothing is left: the one
/// place where a pure flow meets the world, shared by the kiosk and the window.
public enum EffectLoop {
    public static func run<State, Action, Effect>(_ action: Action, on state: inout State,
                                                  reduce: (inout State, Action) -> [Effect],
                                                  perform: (Effect, State) -> Action?) {
        var pending = [action]
        while !pending.isEmpty {
            let effects = reduce(&state, pending.removeFirst())
            for effect in effects {
                if let answer = perform(effect, state) { pending.append(answer) }
            }
        }
    }
}
