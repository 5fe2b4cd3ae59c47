import Testing
@testable import KofuTerminal

@Suite struct TextWrapTests {
    @Test func englishBreaksAtSpaces() {
        #expect(TextWrap.lines("Please take your card now.", width: 10) == ["Please", "take your", "card now."])
    }

    @Test func closingPunctuationNeverStartsALine() {
        #expect(TextWrap.lines("あいうえ。", width: 8) == ["あいう", "え。"])
        #expect(TextWrap.lines("あいうえ）か", width: 8) == ["あいう", "え）か"])
        #expect(TextWrap.lines("あいうえお", width: 8) == ["あいうえ", "お"])
        #expect(TextWrap.lines("休み）。次", width: 6) == ["休", "み）。", "次"])
    }
}
