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
}
