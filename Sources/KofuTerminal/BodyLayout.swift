import KofuCore

/// Places body blocks top to bottom inside the frame; whatever does not fit is clipped at the bottom (and noted as
/// the grid's overflow).
struct BodyLayout {
    var grid: Grid
    let top: Int
    let bottom: Int
    let left: Int
    let right: Int
    /// The screen is in Chinese: lines may end between any two ideographs.
    let chinese: Bool
    /// The next row to draw on.
    var row: Int

    init(grid: Grid, top: Int, bottom: Int, left: Int, right: Int, chinese: Bool = false) {
        self.grid = grid
        self.chinese = chinese
        self.top = top
        self.bottom = bottom
        self.left = left
        self.right = right
        row = top
    }

    var width: Int { right - left }

    mutating func draw(_ blocks: [Block]) {
        // Options are boxed (three rows each) when everything still fits, one line each otherwise.
        let boxed = blocks.reduce(0) { $0 + height(of: $1, boxed: true) } <= bottom - top + 1
        for block in blocks { draw(block, boxed: boxed) }
    }

    func height(of block: Block, boxed: Bool) -> Int {
        switch block {
        case .paragraph(let text, _): TextWrap.lines(text, width: width, chinese: chinese).count
        case .split(let text, let right): TextWrap.lines(text, width: width - DisplayWidth.of(right) - 2, chinese: chinese).count
        case .spacer: 1
        case .options(let options): optionsHeight(options, boxed: boxed && options.count <= 4)
        case .pin, .field: 3
        case .table(let rows): tableRows(rows).count
        case .columns(let rows): rows.count
        case .progress: 1
        case .picker(let words, _): pickerRows(words).count
        case .chart(let chart): chartHeight(chart)
        }
    }

    private mutating func line(_ text: String, at column: Int, style: CellStyle = .normal) {
        guard row <= bottom else { return grid.lose(text) }
        grid.put(text, row: row, column: column, style: style, limit: right)
    }

    private mutating func draw(_ block: Block, boxed: Bool) {
        switch block {
        case .paragraph(let text, let emphasis):
            for part in TextWrap.lines(text, width: width, chinese: chinese) {
                line(part, at: left, style: Self.style(emphasis))
                row += 1
            }
        case .split(let text, let rightText):
            let rightStart = right - DisplayWidth.of(rightText)
            line(rightText, at: rightStart, style: .bold)
            for part in TextWrap.lines(text, width: rightStart - left - 2, chinese: chinese) {
                line(part, at: left, style: .bold)
                row += 1
            }
        case .spacer:
            row += 1
        case .options(let options):
            if boxed && options.count <= 4 { boxedOptions(options) } else { compactOptions(options) }
        case .pin(let filled, let length):
            let cells = (0..<length).map { $0 < filled ? " ● " : "   " }
            let boxWidth = length * 4 + 1
            let column = left + (width - boxWidth) / 2
            line("┌" + Array(repeating: "───", count: length).joined(separator: "┬") + "┐", at: column)
            row += 1
            line("│" + cells.joined(separator: "│") + "│", at: column, style: .bold)
            row += 1
            line("└" + Array(repeating: "───", count: length).joined(separator: "┴") + "┘", at: column)
            row += 1
        case .field(let label, let value, let fieldWidth):
            let column = left + DisplayWidth.of(label) + 2
            line("┌" + String(repeating: "─", count: fieldWidth + 2) + "┐", at: column)
            row += 1
            line(label, at: left)
            let shown = value + "_"
            line("│ " + shown + String(repeating: " ", count: max(0, fieldWidth - DisplayWidth.of(shown))) + " │", at: column, style: .bold)
            row += 1
            line("└" + String(repeating: "─", count: fieldWidth + 2) + "┘", at: column)
            row += 1
        case .table(let rows):
            for placed in tableRows(rows) {
                line(placed.label, at: left + 2, style: Self.style(placed.emphasis))
                line(placed.value, at: placed.column, style: Self.style(placed.emphasis))
                row += 1
            }
        case .columns(let rows):
            let count = rows.map(\.count).max() ?? 0
            let widths = (0..<count).map { c in rows.map { c < $0.count ? DisplayWidth.of($0[c]) : 0 }.max() ?? 0 }
            let numeric = (0..<count).map { c in Self.isNumeric(rows.dropFirst().compactMap { c < $0.count ? $0[c] : nil }) }
            for cells in rows {
                var column = left
                for (c, cell) in cells.enumerated() {
                    line(cell, at: numeric[c] ? column + widths[c] - DisplayWidth.of(cell) : column)
                    column += widths[c] + 2
                }
                row += 1
            }
        case .progress(let fraction):
            let barWidth = min(50, width - 8)
            let filled = Int((fraction * Double(barWidth)).rounded(.down))
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: barWidth - filled)
            line(bar + String(format: " %3d%%", Int(fraction * 100)), at: left + 2)
            row += 1
        case .chart(let chart):
            drawChart(chart)
        case .picker(let words, let selected):
            for placed in pickerRows(words) {
                var column = left
                for index in placed {
                    line(" \(words[index]) ", at: column, style: index == selected ? .reverse : .normal)
                    column += DisplayWidth.of(words[index]) + 3
                }
                row += 1
            }
        }
    }

    private mutating func boxedOptions(_ options: [ScreenOption]) {
        let inner = optionWidth(options, boxed: true)
        for option in options {
            line("┌" + String(repeating: "─", count: inner) + "┐", at: left)
            row += 1
            for (index, label) in labelLines(option, inner: inner).enumerated() {
                line("│", at: left)
                optionText(option, label: label, isFirstLine: index == 0, from: left + 1, to: left + 1 + inner)
                line("│", at: left + 1 + inner)
                row += 1
            }
            line("└" + String(repeating: "─", count: inner) + "┘", at: left)
            row += 1
        }
    }

    private mutating func compactOptions(_ options: [ScreenOption]) {
        let inner = optionWidth(options, boxed: false)
        for option in options {
            for (index, label) in labelLines(option, inner: inner).enumerated() {
                optionText(option, label: label, isFirstLine: index == 0, from: left, to: left + inner)
                row += 1
            }
        }
    }

    func optionsHeight(_ options: [ScreenOption], boxed: Bool) -> Int {
        let inner = optionWidth(options, boxed: boxed)
        return options.reduce(0) { $0 + labelLines($1, inner: inner).count + (boxed ? 2 : 0) }
    }

    /// Room for the widest option on one line, as far as the body allows; a box takes two columns more.
    func optionWidth(_ options: [ScreenOption], boxed: Bool) -> Int {
        let widest = options.map { Self.optionPadding + DisplayWidth.of($0.label) + DisplayWidth.of($0.detail) }.max() ?? 0
        return boxed ? min(width - 2, max(34, widest)) : min(width, max(40, widest))
    }

    /// The number, two gaps and a margin around an option's label and detail.
    static let optionPadding = 8

    /// A label too long for its option wraps under itself, clear of the number and the detail.
    func labelLines(_ option: ScreenOption, inner: Int) -> [String] {
        TextWrap.lines(option.label, width: max(1, inner - Self.optionPadding - DisplayWidth.of(option.detail)),
                       chinese: chinese)
    }

    /// ` 1  label        detail ` across [from, to), reversed when highlighted, dimmed when not available; a
    /// wrapped label's further lines carry neither number nor detail.
    private mutating func optionText(_ option: ScreenOption, label: String, isFirstLine: Bool, from: Int, to: Int) {
        let style: CellStyle = !option.isEnabled ? .dim : option.isHighlighted ? .reverse : .normal
        guard row <= bottom else { return grid.lose(label) }
        grid.fill(row: row, from: from, to: to, with: " ", style: style)
        let number = " \(option.key)  "
        if isFirstLine { grid.put(number, row: row, column: from, style: style, limit: to) }
        grid.put(label, row: row, column: from + DisplayWidth.of(number), style: style, limit: to)
        guard isFirstLine else { return }
        grid.put(option.detail, row: row, column: to - 1 - DisplayWidth.of(option.detail), style: style, limit: to)
    }

    /// The picker's words packed into rows, each word padded by a space either side and a space apart.
    func pickerRows(_ words: [String]) -> [[Int]] {
        var rows: [[Int]] = [[]]
        var used = 0
        for (index, word) in words.enumerated() {
            let cells = DisplayWidth.of(word) + 3
            if used + cells - 1 > width, !rows[rows.count - 1].isEmpty {
                rows.append([])
                used = 0
            }
            rows[rows.count - 1].append(index)
            used += cells
        }
        return rows
    }

    /// Values right-aligned in one column after the labels; a value too long for it wraps, left-aligned.
    func tableRows(_ rows: [TableRow]) -> [(label: String, value: String, column: Int, emphasis: Emphasis)] {
        let labelWidth = rows.map { DisplayWidth.of($0.label) }.max() ?? 0
        let valueStart = left + 2 + labelWidth + 4
        let valueEnd = min(right, valueStart + (rows.map { DisplayWidth.of($0.value) }.max() ?? 0))
        return rows.flatMap { r -> [(label: String, value: String, column: Int, emphasis: Emphasis)] in
            let width = DisplayWidth.of(r.value)
            guard width > valueEnd - valueStart else { return [(r.label, r.value, valueEnd - width, r.emphasis)] }
            return TextWrap.lines(r.value, width: right - valueStart, chinese: chinese).enumerated().map { index, part in
                (index == 0 ? r.label : "", part, valueStart, r.emphasis)
            }
        }
    }

    /// A column of amounts and counts (its heading aside) is right-aligned, so that the digits line up.
    static func isNumeric(_ cells: [String]) -> Bool {
        let filled = cells.filter { !$0.isEmpty }
        return !filled.isEmpty && filled.allSatisfy { $0.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "," || $0 == "-") } }
    }

    static func style(_ emphasis: Emphasis) -> CellStyle {
        switch emphasis {
        case .normal: .normal
        case .strong: .bold
        case .warning: .warning
        case .dim: .dim
        }
    }
}
