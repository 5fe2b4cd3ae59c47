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
