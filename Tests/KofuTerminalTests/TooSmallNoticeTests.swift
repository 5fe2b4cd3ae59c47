import Testing
@testable import KofuTerminal

@Suite struct TooSmallNoticeTests {
    @Test func centersBothLanguagesAndSaysTheCurrentSize() {
        let grid = TooSmallNotice.grid(width: 60, height: 20, minimumWidth: 80, minimumHeight: 24)
        #expect(grid.width == 60 && grid.height == 20)
        let japanese = "画面を大きくしてください（80×24 以上）"
        let english = "Please enlarge the terminal to at least 80×24 (now 60×20)"
        var lines = Array(repeating: "", count: 20)
        lines[9] = String(repeating: " ", count: (60 - 38) / 2) + japanese
        lines[10] = String(repeating: " ", count: (60 - 57) / 2) + english
        #expect(grid.lines == lines)
        #expect(grid.rows[9][11].style == .bold)
    }

    @Test func aTerminalNarrowerThanTheMessageShowsItsBeginning() {
        let grid = TooSmallNotice.grid(width: 30, height: 3, minimumWidth: 80, minimumHeight: 24)
        #expect(grid.lines == ["画面を大きくしてください（80×2", "Please enlarge the terminal to", ""])
    }

    @Test func aSingleLineTerminalShowsTheFirstLine() {
        let grid = TooSmallNotice.grid(width: 40, height: 1, minimumWidth: 80, minimumHeight: 24)
        #expect(grid.lines == [" 画面を大きくしてください（80×24 以上）"])
    }

    @Test func anEmptyTerminalGivesAnEmptyGrid() {
        let grid = TooSmallNotice.grid(width: 0, height: 0, minimumWidth: 80, minimumHeight: 24)
        #expect(grid.lines.isEmpty)
    }
}
