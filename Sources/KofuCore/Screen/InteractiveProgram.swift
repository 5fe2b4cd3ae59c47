import Foundation

/// A key as the flow understands it, decoded from the terminal by the shell.
public enum KeyInput: Equatable, Sendable {
    case character(Character)
    case enter
    case escape
    case backspace
    case up
    case down
    case left
    case right
    case tab

    public var isDigit: Bool {
        if case .character(let c) = self { c.isASCII && c.isNumber } else { false }
    }
}

/// What a terminal event loop drives: keys and clock ticks in, a screen out. The kiosk and the staff window are
/// both programs, so one loop (and one in-memory test harness) serves them.
public protocol InteractiveProgram {
    var screen: ScreenModel { get }
    /// True once the program wants the loop to end (after a signal, or a demo that was quit).
    var isFinished: Bool { get }
    mutating func handle(_ key: KeyInput, at date: Date)
    /// The same, showing each screen the key leads through before the work behind it runs (a PIN check takes a
    /// moment on purpose), so the terminal never sits frozen on the screen the key was typed on.
    mutating func handle(_ key: KeyInput, at date: Date, showing: (ScreenModel) -> Void)
    mutating func tick(at date: Date)
    /// A signal asked the process to stop: put everything in a safe state (return inserted cash, drop any PIN).
    mutating func interrupt(at date: Date)
}

extension InteractiveProgram {
    /// For programs with no slow work, nothing to show on the way.
    public mutating func handle(_ key: KeyInput, at date: Date, showing: (ScreenModel) -> Void) {
        handle(key, at: date)
    }
}
