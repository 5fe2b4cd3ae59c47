import Foundation
import KofuCore

/// Drives an `InteractiveProgram` on the terminal: keys in, ticks, frames out, until the program finishes or a
/// termination signal arrives. Single-threaded on purpose: ncurses is not thread-safe.
public enum TerminalLoop {
    public enum Ending: Equatable, Sendable {
        case finished
        /// A signal (SIGINT, SIGTERM, SIGHUP) stopped the program; the caller usually exits with 128 + signal.
        case interrupted(signal: Int32)
    }

    /// - Parameters:
    ///   - paint: lays out a screen on a grid of the given width and height (always `minimumSize`).
    ///   - minimumSize: the layout's size; a smaller terminal shows a request to enlarge it instead.
    ///   - keyboardStop: whether Ctrl-C ends the program (as SIGINT); no other key ever does.
    ///   - diagnostics: the file standard error goes to while the screen is up (see `TerminalSession`).
    @discardableResult
    public static func run<P: InteractiveProgram>(
        _ program: inout P,
        paint: (ScreenModel, _ width: Int, _ height: Int) -> Grid,
        now: () -> Date,
        minimumSize: (width: Int, height: Int) = (80, 24),
        keyboardStop: KeyboardStop,
        diagnostics: String?,
        inputTimeoutMilliseconds: Int32 = 100
    ) throws -> Ending {
        try SignalFlag.install()
        defer { SignalFlag.restore() }
        let session = TerminalSession(inputTimeoutMilliseconds: inputTimeoutMilliseconds, diagnostics: diagnostics)
        try session.start()
        defer { session.stop() }
        return drive(&program, on: session, paint: paint, now: now, minimumSize: minimumSize,
                     keyboardStop: keyboardStop, pendingSignal: { SignalFlag.received })
    }

    static func drive<P: InteractiveProgram>(
        _ program: inout P,
        on terminal: some TerminalDevice,
        paint: (ScreenModel, _ width: Int, _ height: Int) -> Grid,
        now: () -> Date,
        minimumSize: (width: Int, height: Int),
        keyboardStop: KeyboardStop,
        pendingSignal: () -> Int32?
    ) -> Ending {
        var frames = FrameTracker(minimumSize: minimumSize)
        while true {
            frames.redrawIfNeeded(program.screen, on: terminal, paint: paint)
            if program.isFinished { return .finished }
            let event = terminal.readEvent()
            let typedStop = event == .controlC && keyboardStop == .controlC ? SIGINT : nil
            if let signal = pendingSignal() ?? typedStop {
                program.interrupt(at: now())
                frames.redrawIfNeeded(program.screen, on: terminal, paint: paint)
                return .interrupted(signal: signal)
            }
            switch event {
            case .key(let key) where !frames.isTooSmall(on: terminal):
                program.handle(key, at: now()) { frames.redrawIfNeeded($0, on: terminal, paint: paint) }
            case .key, .controlC, nil: break
            case .resize: frames.invalidate()
            }
            program.tick(at: now())
        }
    }
}
