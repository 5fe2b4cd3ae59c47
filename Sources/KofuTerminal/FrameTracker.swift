import KofuCore

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

    /// While the terminal is too small the resident cannot see the screen, so keys must not act on it.
    func isTooSmall(on terminal: some TerminalDevice) -> Bool {
        terminal.size.width < minimumSize.width || terminal.size.height < minimumSize.height
    }

    mutating func redrawIfNeeded(_ screen: ScreenModel, on terminal: some TerminalDevice,
                                 paint: (ScreenModel, Int, Int) -> Grid) {
        let (width, height) = terminal.size
        if let shown, shown.screen == screen, shown.width == width, shown.height == height { return }
        if isTooSmall(on: terminal) {
            terminal.draw(TooSmallNotice.grid(width: width, height: height,
                                              minimumWidth: minimumSize.width, minimumHeight: minimumSize.height))
        } else {
            terminal.draw(paint(screen, minimumSize.width, minimumSize.height))
        }
        shown = (screen, width, height)
    }
}
