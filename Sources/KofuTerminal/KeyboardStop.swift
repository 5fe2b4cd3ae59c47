/// What typing Ctrl-C does. The terminal is in raw mode, so no key raises a signal: stopping from the keyboard is
/// the program's choice.
public enum KeyboardStop: Equatable, Sendable {
    /// A kiosk: the customer's keyboard cannot stop it; the operator sends SIGTERM from outside.
    case none
    /// The staff window and the demos: Ctrl-C ends the program as SIGINT would.
    case controlC
}
