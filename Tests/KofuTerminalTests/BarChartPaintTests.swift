import KofuCore
import Testing
@testable import KofuTerminal

/// Bars in eighths of a cell, stacked bottom up, each cell in the style of the segment filling most of it.
@Suite struct BarChartPaintTests {
    static let kiosk = BarChart.Segment(series: 0, shaded: false, value: 3)
    static let window = BarChart.Segment(series: 2, shaded: true, value: 1)

    func layout() -> BodyLayout {
        BodyLayout(grid: Grid(width: 40, height: 12), top: 0, bottom: 11, left: 0, right: 40)
    }

    @Test func aBarIsAsTallAsItsTotalAndStacksItsSegments() {
        // The tallest bar (4) fills 4 rows: 3 solid kiosk cells under a shaded window cell.
        let cells = layout().cells(.init(label: "10", segments: [Self.kiosk, Self.window]), rows: 4, highest: 4)
        #expect(cells.map { $0?.0 } == ["█", "█", "█", "▓"])
        #expect(cells.map { $0?.1.series } == [0, 0, 0, 2])
        // Half as tall: one row and a half, the top cell four eighths.
        let half = layout().cells(.init(label: "11", segments: [.init(series: 1, shaded: false, value: 2)]), rows: 3,
                                  highest: 4)
        #expect(half.map { $0?.0 } == ["█", "▄", nil])
    }

    /// Without colours a window bar still reads as window: its top is shaded, never an eighth block.
    @Test func aShadedTopIsShadeNotAnEighth() {
        let small = layout().cells(.init(label: "", segments: [Self.window]), rows: 1, highest: 4)
        #expect(small.map { $0?.0 } == ["░"])
        let more = layout().cells(.init(label: "", segments: [.init(series: 2, shaded: true, value: 3)]), rows: 1,
                                  highest: 4)
        #expect(more.map { $0?.0 } == ["▒"])
    }

    @Test func anythingAtAllShowsAndNothingShowsNothing() {
        let tiny = layout().cells(.init(label: "", segments: [.init(series: 0, shaded: false, value: 1)]), rows: 5,
                                  highest: 1000)
        #expect(tiny.map { $0?.0 } == ["▁", nil, nil, nil, nil])
        #expect(layout().cells(.init(label: "", segments: []), rows: 5, highest: 10).allSatisfy { $0 == nil })
    }

    @Test func thePaintedChartCarriesItsSeriesLabelsAndKeys() {
        var body = layout()
        let chart = BarChart(bars: [.init(label: "09", segments: [Self.kiosk]), .init(label: "10", segments: [Self.window])],
                             keys: [.init(series: 0, shaded: false, label: "kiosk"), .init(series: 2, shaded: true, label: "window")],
                             rows: 3)
        body.draw([.chart(chart)])
        let lines = body.grid.lines
        #expect(body.grid.overflow.isEmpty)
        #expect(lines[0].hasPrefix("3") && lines[2].hasPrefix("0"), "the axis: highest at the top, 0 at the bottom")
        #expect(lines[3].contains("09") && lines[3].contains("10"))
        #expect(lines[4].contains("█ kiosk") && lines[4].contains("▓ window"))
        let styles = body.grid.rows.flatMap { $0 }.filter { "█▓▁▂▃▄▅▆▇".contains($0.character) }.map(\.style)
        #expect(styles.contains(.series(0)) && styles.contains(.series(2)))
        #expect(styles.allSatisfy { $0 == .series(0) || $0 == .series(2) })
    }
}
