import KofuCore

/// A bar chart in cells: the value axis at the left, a bar per slot in eighths of a cell (▁…█; shaded ░▒▓), its
/// segments stacked bottom up in their series' style, the slots' labels under the bars where they fit, and the
/// keys below.
extension BodyLayout {
    static let eighths: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇"]

    func chartHeight(_ chart: BarChart) -> Int { chart.rows + 1 + pickerRows(chart.keys.map { "█ " + $0.label }).count }

    mutating func drawChart(_ chart: BarChart) {
        let highest = max(1, chart.bars.map(\.total).max() ?? 0)
        let axis = String(highest).count + 1
        let pitch = max(1, min(8, (width - axis) / max(1, chart.bars.count)))
        let barWidth = max(1, min(4, pitch - 1))
        let top = row
        putCell(String(highest), row: top, column: left + axis - 1 - String(highest).count)
        putCell("0", row: top + chart.rows - 1, column: left + axis - 2)
        var labelEnd = 0
        for (index, bar) in chart.bars.enumerated() {
            let column = left + axis + index * pitch
            for (height, cell) in cells(bar, rows: chart.rows, highest: highest).enumerated() {
                guard let (character, segment) = cell else { continue }
                putCell(String(repeating: String(character), count: barWidth), row: top + chart.rows - 1 - height,
                        column: column, style: .series(segment.series))
            }
            // A slot's label only where it clears the one before: every day of a month cannot have one.
            if column >= labelEnd, column + DisplayWidth.of(bar.label) <= right {
                putCell(bar.label, row: top + chart.rows, column: column)
                labelEnd = column + DisplayWidth.of(bar.label) + 1
            }
        }
        row += chart.rows + 1
        for placed in pickerRows(chart.keys.map { "█ " + $0.label }) {
            var column = left
            for index in placed {
                let key = chart.keys[index]
                putCell(key.shaded ? "▓" : "█", row: row, column: column + 1, style: .series(key.series))
                putCell(key.label, row: row, column: column + 3)
                column += DisplayWidth.of(key.label) + 5
            }
            row += 1
        }
    }

    private mutating func putCell(_ text: String, row: Int, column: Int, style: CellStyle = .normal) {
        guard row <= bottom else { return grid.lose(text) }
        grid.put(text, row: row, column: column, style: style, limit: right)
    }

    /// The bar's cells from the bottom: the character and the segment that fills most of each, nil when empty.
    func cells(_ bar: BarChart.Bar, rows: Int, highest: Int) -> [(Character, BarChart.Segment)?] {
        var ends: [(Int, BarChart.Segment)] = []
        var sum = 0
        for segment in bar.segments where segment.value > 0 {
            sum += segment.value
            // A bar with anything in it shows at least an eighth.
            ends.append((max(1, Int((Double(sum * rows * 8) / Double(highest)).rounded())), segment))
        }
        let filledEighths = ends.last?.0 ?? 0
        return (0..<rows).map { row in
            let filled = min(8, max(0, filledEighths - row * 8))
            guard filled > 0, let segment = ends.first(where: { $0.0 > row * 8 + (filled - 1) / 2 })?.1 ?? ends.last?.1
            else { return nil }
            // A shaded top is ░ or ▒, never an eighth block: without colours a window bar must not pass for kiosk.
            let character: Character = switch (filled, segment.shaded) {
            case (8, false): "█"
            case (8, true): "▓"
            case (_, false): Self.eighths[filled - 1]
            case (_, true): filled >= 4 ? "▒" : "░"
            }
            return (character, segment)
        }
    }
}
