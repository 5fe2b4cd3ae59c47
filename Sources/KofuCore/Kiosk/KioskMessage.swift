/// A short answer to the key just pressed, shown on the current screen until the next key.
public enum KioskMessage: Equatable, Sendable {
    /// Enter on the PIN screen before four digits were typed.
    case pinIncomplete
    /// A menu item that cannot be chosen was pressed: the screen says why.
    case unavailable(Unavailability)
    /// Demo: the printed certificates could not be read back from the spool.
    case printedUnreadable
}
