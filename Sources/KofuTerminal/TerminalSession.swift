import CNcursesw
import KofuCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The real terminal through ncursesw: set up in `start()`, given back in its normal state by `stop()`.
/// Frames are drawn whole into the virtual screen and sent with one `doupdate`, so ncurses transmits only the
/// cells that changed since the previous frame.
public final class TerminalSession: TerminalDevice {
    private let inputTimeoutMilliseconds: Int32
    private let diagnostics: String?
    private var screen: OpaquePointer?
    private var hasColors = false
    private var standardError: Int32 = -1
    /// What the last `draw` put on the virtual screen: the next one sends ncurses only the cells that differ.
    private var drawn: Grid?
    private var drawnSize = (0, 0)

    /// `inputTimeoutMilliseconds` bounds how long `readEvent()` waits, and so how often the loop ticks. While the
    /// screen is up, standard error goes to the file `diagnostics` (appended): whatever the runtime, a library or
    /// a crash report writes there is for the operator, not for whoever stands at the screen.
    public init(inputTimeoutMilliseconds: Int32 = 100, diagnostics: String? = nil) {
        self.inputTimeoutMilliseconds = inputTimeoutMilliseconds
        self.diagnostics = diagnostics
    }

    deinit { stop() }

    public func start() throws(TerminalError) {
        guard screen == nil else { return }
        try UTF8Locale.activate()
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        // In raw mode Ctrl-Z sends nothing; a SIGTSTP from outside must not suspend a session either, and ncurses
        // leaves an ignored SIGTSTP alone.
        signal(SIGTSTP, SIG_IGN)
        let term = getenv("TERM").map { String(cString: $0) }
        guard let screen = kofu_newterm() else { throw .unknownTerminal(term) }
        guard kofu_can_address_cursor() != 0 else {
            endwin()
            delscreen(screen)
            throw .noCursorAddressing(term)
        }
        self.screen = screen
        // Raw rather than cbreak: Ctrl-C, Ctrl-\ and Ctrl-Z arrive as keys instead of SIGINT, SIGQUIT (which puts
        // the Swift crash reporter on the screen) and SIGTSTP, so the keyboard cannot stop a session.
        raw()
        noecho()
        nonl()
        let window = kofu_stdscr()
        keypad(window, true)
        wtimeout(window, inputTimeoutMilliseconds)
        curs_set(0)
        // Esc is a key of its own here (戻る); the default second of waiting for an escape sequence feels broken.
        set_escdelay(25)
        if has_colors() {
            start_color()
            use_default_colors()
            init_pair(CellAppearance.ColorPair.warning.rawValue, Int16(COLOR_RED), -1)
            init_pair(CellAppearance.ColorPair.highlight.rawValue, Int16(COLOR_BLACK), Int16(COLOR_CYAN))
            // A chart's series by certificate kind. Red is left to warnings; a terminal with too few pairs draws
            // the charts plain.
            for (pair, colour) in zip(CellAppearance.ColorPair.series,
                                      [COLOR_BLUE, COLOR_YELLOW, COLOR_GREEN, COLOR_MAGENTA, COLOR_CYAN, COLOR_WHITE])
            where Int32(pair.rawValue) < kofu_color_pairs() {
                init_pair(pair.rawValue, Int16(colour), -1)
            }
            hasColors = true
        }
        do {
            try redirectStandardError()
        } catch {
            stop()
            throw error
        }
    }

    /// Safe to call more than once, and before `start()`.
    public func stop() {
        guard let screen else { return }
        endwin()
        delscreen(screen)
        self.screen = nil
        drawn = nil
        restoreStandardError()
    }

    private func redirectStandardError() throws(TerminalError) {
        guard let diagnostics else { return }
        let file = open(diagnostics, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard file >= 0 else { throw .diagnosticsLog(path: diagnostics, errno: errno) }
        defer { close(file) }
        standardError = fcntl(STDERR_FILENO, F_DUPFD_CLOEXEC, 0)
        guard standardError >= 0, dup2(file, STDERR_FILENO) >= 0 else {
            throw .diagnosticsLog(path: diagnostics, errno: errno)
        }
    }

    private func restoreStandardError() {
        guard standardError >= 0 else { return }
        dup2(standardError, STDERR_FILENO)
        close(standardError)
        standardError = -1
    }

    public var size: (width: Int, height: Int) {
        (Int(kofu_cols()), Int(kofu_lines()))
    }

    /// Paints `grid` at the top-left; cells beyond the terminal's edge are left out. Only cells that changed since
    /// the last grid are handed to ncurses (a PIN digit changes a few of the 1,920), unless the terminal was resized,
    /// when it may have been cleared.
    public func draw(_ grid: Grid) {
        guard screen != nil else { return }
        let window = kofu_stdscr()
        let (width, height) = size
        let previous = drawn.flatMap { $0.width == grid.width && $0.height == grid.height && drawnSize == (width, height)
            ? $0 : nil }
        if previous == nil { werase(window) }
        drawn = grid
        drawnSize = (width, height)
        for (y, row) in grid.rows.enumerated() where y < height {
            for (x, cell) in row.enumerated() where !cell.isContinuation && previous?.rows[y][x] != cell {
                let cellWidth = DisplayWidth.of(cell.character)
                guard x + cellWidth <= width else { break }
                put(cell, y: Int32(y), x: Int32(x), window: window,
                    isLastCell: y == height - 1 && x + cellWidth == width)
            }
        }
        wnoutrefresh(window)
        doupdate()
    }

    private func put(_ cell: Cell, y: Int32, x: Int32, window: UnsafeMutablePointer<WINDOW>?, isLastCell: Bool) {
        let appearance = CellAppearance(cell.style, hasColors: hasColors)
        var attributes = kofu_attr_normal()
        if appearance.bold { attributes |= kofu_attr_bold() }
        if appearance.reverse { attributes |= kofu_attr_reverse() }
        if appearance.dim { attributes |= kofu_attr_dim() }
        // A cchar_t holds a base character and a few combining marks (CCHARW_MAX, 5), NUL-terminated here.
        let characters = cell.character.unicodeScalars.prefix(5).map { wchar_t($0.value) } + [0]
        var complex = cchar_t()
        setcchar(&complex, characters, attributes, appearance.colorPair?.rawValue ?? 0, nil)
        if isLastCell {
            // Adding at the bottom-right corner moves the cursor past the end of the window, which fails (or
            // scrolls with scrollok); inserting places the character without moving the cursor.
            mvwins_wch(window, y, x, &complex)
        } else {
            mvwadd_wch(window, y, x, &complex)
        }
    }

    public func readEvent() -> TerminalEvent? {
        guard screen != nil else { return nil }
        var value: wint_t = 0
        let status = wget_wch(kofu_stdscr(), &value)
        return TerminalEvent.decode(status: status, value: UInt32(value))
    }
}
