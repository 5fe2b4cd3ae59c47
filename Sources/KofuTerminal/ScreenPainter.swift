import KofuCore

/// Lays a screen model out on a grid: a frame with header, step indicator, body and key footer (DESIGN.md §5).
/// The same grid is what ncurses shows and what golden-screen tests compare.
public enum ScreenPainter {
    public static func paint(_ model: ScreenModel, width: Int = 80, height: Int = 24) -> Grid {
        var grid = Grid(width: width, height: height)
        frame(&grid)
        header(model, &grid)
        var body = BodyLayout(grid: grid, top: 4, bottom: height - 4, left: 4, right: width - 3,
                              chinese: model.breaksBetweenIdeographs)
        body.draw(model.body)
        grid = body.grid
        footer(model, &grid)
        return grid
    }

    static func frame(_ grid: inout Grid) {
        let w = grid.width, h = grid.height
        for row in 0..<h {
            let (left, fill, right): (Character, Character, Character) = switch row {
            case 0: ("┌", "─", "┐")
            case 3, h - 3: ("├", "─", "┤")
            case h - 1: ("└", "─", "┘")
            default: ("│", " ", "│")
            }
            grid.put(String(left), row: row, column: 0)
            grid.fill(row: row, from: 1, to: w - 1, with: fill)
            grid.put(String(right), row: row, column: w - 1)
        }
    }

    static func header(_ model: ScreenModel, _ grid: inout Grid) {
        let right = grid.width - 2
        let clockStart = right - DisplayWidth.of(model.clock)
        grid.put(model.title, row: 1, column: 2, style: .bold, limit: clockStart - 1)
        grid.put(model.clock, row: 1, column: clockStart)
        var column = 2
        for (index, step) in model.steps.enumerated() {
            let number = index + 1
            let isCurrent = number == model.currentStep
            let mark = Unicode.Scalar((isCurrent ? 0x2775 : 0x245F) + UInt32(number)).map(String.init) ?? "\(number)"
            if index > 0 { column = grid.put(" ─ ", row: 2, column: column, style: .dim, limit: right) }
            column = grid.put(mark + step, row: 2, column: column, style: isCurrent ? .reverse : .normal, limit: right)
        }
    }

    static func footer(_ model: ScreenModel, _ grid: inout Grid) {
        let row = grid.height - 2
        let right = grid.width - 2
        let roomy = model.keys.map { "[\($0.key)] \($0.label)" }
        let tight = model.keys.map { "[\($0.key)]\($0.label)" }
        // Every key that works should show: hints first close up ("[Q]中止"), then a calm idle status gives way
        // (never the countdown); a hint that still does not fit whole is left out rather than cut in half.
        var layouts = [(texts: roomy, gap: 2, status: model.status), (texts: tight, gap: 1, status: model.status)]
        if !model.statusIsUrgent { layouts.append((texts: tight, gap: 1, status: "")) }
        let layout = layouts.first { layout in
            let width = layout.texts.map(DisplayWidth.of).reduce(0, +) + layout.gap * max(0, layout.texts.count - 1)
            return 2 + width < right - DisplayWidth.of(layout.status) - 1
        } ?? layouts[layouts.count - 1]
        let statusStart = right - DisplayWidth.of(layout.status)
        grid.put(layout.status, row: row, column: statusStart, style: model.statusIsUrgent ? .warning : .normal)
        var column = 2
        for (index, text) in layout.texts.enumerated() {
            guard column + DisplayWidth.of(text) < statusStart - 1 else {
                layout.texts[index...].forEach { grid.lose($0) }
                break
            }
            column = grid.put(text, row: row, column: column) + layout.gap
        }
    }
}
