import KofuCore
import Testing
@testable import KofuTerminal

@Suite struct GridTests {
    @Test func wideCharactersTakeTwoCellsAndPrintOnce() {
        var grid = Grid(width: 10, height: 1)
        let end = grid.put("日本a", row: 0, column: 1)
        #expect(end == 6)
        #expect(grid.rows[0][1].character == "日")
        #expect(grid.rows[0][2].isContinuation)
        #expect(grid.rows[0][4].isContinuation)
        #expect(grid.rows[0][5].character == "a")
        #expect(grid.lines == [" 日本a"])
    }

    @Test func ambiguousWidthCharactersTakeOneCell() {
        var grid = Grid(width: 10, height: 1)
        #expect(grid.put("①●─※", row: 0, column: 0) == 4)
    }

    @Test func overwritingTheRightHalfBlanksTheLeftHalf() {
        var grid = Grid(width: 10, height: 1)
        grid.put("日本", row: 0, column: 0)
        grid.put("a", row: 0, column: 1)
        #expect(grid.lines == [" a本"])
        #expect(!grid.rows[0].contains { $0.isContinuation && $0.character != " " })
    }

    @Test func overwritingTheLeftHalfBlanksTheRightHalf() {
        var grid = Grid(width: 10, height: 1)
        grid.put("日本", row: 0, column: 0)
        grid.put("b", row: 0, column: 2)
        #expect(grid.lines == ["日b"])
        #expect(!grid.rows[0][3].isContinuation)
    }

    @Test func aWideCharacterAcrossTwoOthersBlanksBoth() {
        var grid = Grid(width: 10, height: 1)
        grid.put("日本", row: 0, column: 0)
        grid.put("語", row: 0, column: 1)
        #expect(grid.lines == [" 語"])
        #expect(grid.rows[0][0] == .blank)
        #expect(grid.rows[0][3] == .blank)
    }

    @Test func clipsAtTheLimitWithoutSplittingAWideCharacter() {
        var grid = Grid(width: 10, height: 1)
        let end = grid.put("日本語", row: 0, column: 0, limit: 5)
        #expect(end == 4)
        #expect(grid.lines == ["日本"])
    }

    @Test func clipsAtTheRightEdge() {
        var grid = Grid(width: 5, height: 1)
        grid.put("abc日本", row: 0, column: 0)
        #expect(grid.lines == ["abc日"])
        grid.put("x日", row: 0, column: 3)
        #expect(grid.lines == ["abcx"])
    }

    @Test func rowsOutsideTheGridAreIgnored() {
        var grid = Grid(width: 4, height: 1)
        grid.put("a", row: 1, column: 0)
        grid.put("b", row: -1, column: 0)
        #expect(grid.lines == [""])
    }

    @Test func linesTrimTrailingBlanksOnly() {
        var grid = Grid(width: 10, height: 2)
        grid.put(" a b  ", row: 0, column: 0)
        grid.put("x　", row: 1, column: 0)
        #expect(grid.lines == [" a b", "x　"])
        #expect(grid.text == " a b\nx　\n")
    }

    @Test func fillRepeatsACharacterUpToTheEnd() {
        var grid = Grid(width: 6, height: 1)
        grid.fill(row: 0, from: 1, to: 4, with: "─", style: .dim)
        #expect(grid.lines == [" ───"])
        #expect(grid.rows[0][3].style == .dim)
        #expect(grid.rows[0][4] == .blank)
    }
}
