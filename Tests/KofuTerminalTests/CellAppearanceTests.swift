import Testing
@testable import KofuTerminal

@Suite struct CellAppearanceTests {
    @Test func withColors() {
        #expect(CellAppearance(.normal, hasColors: true) == CellAppearance())
        #expect(CellAppearance(.bold, hasColors: true) == CellAppearance(bold: true))
        #expect(CellAppearance(.dim, hasColors: true) == CellAppearance(dim: true))
        #expect(CellAppearance(.warning, hasColors: true) == CellAppearance(bold: true, colorPair: .warning))
        #expect(CellAppearance(.reverse, hasColors: true) == CellAppearance(bold: true, colorPair: .highlight))
    }

    @Test func withoutColorsEveryStyleStillStandsOut() {
        #expect(CellAppearance(.warning, hasColors: false) == CellAppearance(bold: true))
        #expect(CellAppearance(.reverse, hasColors: false) == CellAppearance(reverse: true))
        #expect(CellAppearance(.dim, hasColors: false) == CellAppearance(dim: true))
    }

    /// A chart's series is a colour of its own, or plain blocks on a terminal without colours.
    @Test func chartSeriesAreColoursOrPlain() {
        #expect(CellAppearance(.series(0), hasColors: true) == CellAppearance(colorPair: .series0))
        #expect(CellAppearance(.series(5), hasColors: true) == CellAppearance(colorPair: .series5))
        #expect(Set((0..<6).map { CellAppearance(.series($0), hasColors: true).colorPair?.rawValue }).count == 6)
        #expect(CellAppearance(.series(3), hasColors: false) == CellAppearance())
    }
}
