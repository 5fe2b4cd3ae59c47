import KofuCore

/// How a cell is drawn; ncurses maps these to attributes, the golden-screen text ignores them.
public enum CellStyle: Equatable, Sendable {
    case normal
    case bold
    case reverse
    case warning
    case dim
    /// A chart's series: a colour of its own where the terminal has colours, plain otherwise.
    case series(Int)
}

/// One terminal cell. A double-width character fills its cell and blanks the next one (`isContinuation`).
public struct Cell: Equatable, Sendable {
    public var character: Character
    public var style: CellStyle
    public var isContinuation: Bool

    public static let blank = Cell(character: " ", style: .normal, isContinuation: false)
}

/// An in-memory terminal: what ncurses would show, addressable by display column.
public struct Grid: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var rows: [[Cell]]
    /// Texts that did not fit where they were written, in whole or in part: words a screen lost. Golden screens
    /// must have none, in every language.
    public private(set) var overflow: [String] = []

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
        rows = Array(repeating: Array(repeating: .blank, count: width), count: height)
    }

    /// Writes `text` from (row, column), clipped at `limit` (exclusive column, default the right edge).
    /// A wide character that would straddle the limit is not drawn. Returns the column after the last cell written.
    @discardableResult
    public mutating func put(_ text: String, row: Int, column: Int, style: CellStyle = .normal, limit: Int? = nil) -> Int {
        guard row >= 0, row < height else {
            lose(text)
            return column
        }
        let end = min(limit ?? width, width)
        var col = column
        for ch in text {
            let w = DisplayWidth.of(ch)
            if w == 0 { continue }
            if col + w > end {
                lose(text)
                break
            }
            if col >= 0 {
                clearWide(row: row, column: col)
                rows[row][col] = Cell(character: ch, style: style, isContinuation: false)
                if w == 2 {
                    clearWide(row: row, column: col + 1)
                    rows[row][col + 1] = Cell(character: " ", style: style, isContinuation: true)
                }
            }
            col += w
        }
        return col
    }

    public mutating func fill(row: Int, from: Int, to: Int, with ch: Character, style: CellStyle = .normal) {
        guard from < to else { return }
        guard DisplayWidth.of(ch) == 1, row >= 0, row < height else {
            put(String(repeating: ch, count: (to - from) / max(1, DisplayWidth.of(ch))), row: row, column: from,
                style: style, limit: to)
            return
        }
        // Cell by cell rather than through `put`: the frame's lines are filled on every frame.
        let (first, end) = (max(0, from), min(to, width))
        guard first < end else { return }
        for column in first..<end {
            clearWide(row: row, column: column)
            rows[row][column] = Cell(character: ch, style: style, isContinuation: false)
        }
    }

    /// Notes a text left out, or cut, for want of room.
    public mutating func lose(_ text: String) {
        if !text.isEmpty { overflow.append(text) }
    }

    /// Overwriting half of a wide character must not leave the other half behind.
    private mutating func clearWide(row: Int, column: Int) {
        let cell = rows[row][column]
        if cell.isContinuation, column > 0 {
            rows[row][column - 1] = .blank
        } else if column + 1 < width, rows[row][column + 1].isContinuation, DisplayWidth.of(cell.character) == 2 {
            rows[row][column + 1] = .blank
        }
    }

    /// The screen as text lines, trailing blanks trimmed, as `tmux capture-pane -p` prints it.
    public var lines: [String] {
        rows.map { row in
            var line = ""
            for cell in row where !cell.isContinuation { line.append(cell.character) }
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
    }

    public var text: String { lines.joined(separator: "\n") + "\n" }
}
