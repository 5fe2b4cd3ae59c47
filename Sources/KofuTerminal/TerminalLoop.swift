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
    @discardableResult
    public static func run<P: InteractiveProgram>(
        _ program: inout P,
        paint: (ScreenModel, _ width: Int, _ height: Int) -> Grid,
        now: () -> Date,
        minimumSize: (width: Int, height: Int) = (80, 24),
        inputTimeoutMilliseconds: Int32 = 100
    ) throws -> Ending {
        try SignalFlag.install()
        defer { SignalFlag.restore() }
        let session = TerminalSession(inputTimeoutMilliseconds: inputTimeoutMilliseconds)
        try session.start()
        defer { session.stop() }
        return drive(&program, on: session, paint: paint, now: now, minimumSize: minimumSize,
                     pendingSignal: { SignalFlag.received })
    }

    static func drive<P: InteractiveProgram>(
        _ program: inout P,
        on terminal: some TerminalDevice,
        paint: (ScreenModel, _ width: Int, _ height: Int) -> Grid,
        now: () -> Date,
        minimumSize: (width: Int, height: Int),
        pendingSignal: () -> Int32?
    ) -> Ending {
        var frames = FrameTracker(minimumSize: minimumSize)
        while true {
            frames.redrawIfNeeded(program.screen, on: terminal, paint: paint)
            if program.isFinished { return .finished }
            let event = terminal.readEvent()
            if let signal = pendingSignal() {
                program.interrupt(at: now())
                frames.redrawIfNeeded(program.screen, on: terminal, paint: paint)
                return .interrupted(signal: signal)
            }
            switch event {
            case .key(let key): program.handle(key, at: now())
            case .resize: frames.invalidate()
            case nil: break
            }
            program.tick(at: now())
        }
    }
}

/// Remembers what is on the terminal, so a frame is painted only when the screen or the terminal size changed.
struct FrameTracker {
    let minimumSize: (width: Int, height: Int)
    private var shown: (screen: ScreenModel, width: Int, height: Int)?

    init(minimumSize: (width: Int, height: Int)) {
        self.minimumSize = minimumSize
    }

    /// After a resize ncurses may have cleared the terminal, so the next frame is drawn even if nothing changed.
    mutating func invalidate() {
        shown = nil
    }

    mutating func redrawIfNeeded(_ screen: ScreenModel, on terminal: some TerminalDevice,
                                 paint: (ScreenModel, Int, Int) -> Grid) {
        let (width, height) = terminal.size
        if let shown, shown.screen == screen, shown.width == width, shown.height == height { return }
        if width < minimumSize.width || height < minimumSize.height {
            terminal.draw(TooSmallNotice.grid(width: width, height: height,
                                              minimumWidth: minimumSize.width, minimumHeight: minimumSize.height))
        } else {
            terminal.draw(paint(screen, minimumSize.width, minimumSize.height))
        }
        shown = (screen, width, height)
    }
}
