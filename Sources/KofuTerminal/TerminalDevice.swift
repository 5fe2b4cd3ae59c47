/// What the event loop needs from a terminal; `TerminalSession` is the real one, tests script a fake.
protocol TerminalDevice: AnyObject {
    var size: (width: Int, height: Int) { get }
    func draw(_ grid: Grid)
    /// Waits up to the input timeout; nil when nothing usable arrived.
    func readEvent() -> TerminalEvent?
}
