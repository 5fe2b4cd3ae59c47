import Foundation
import KofuCore
import KofuTestSupport
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

    @Test func japaneseBreaksBetweenPhrasesNotInsideWords() {
        #expect(TextWrap.lines("利用者証明用電子証明書の暗証番号（数字4桁）を入力してください。", width: 40)
                == ["利用者証明用電子証明書の暗証番号", "（数字4桁）を入力してください。"])
        // Character by character this line would end in 市民窓|口課; the honorific お stays with 越し.
        #expect(TextWrap.lines("読み取れない場合は市役所 市民窓口課へお越しください。", width: 34)
                == ["読み取れない場合は市役所", "市民窓口課へお越しください。"])
        #expect(TextWrap.lines("カードと証明書のお取り忘れにご注意ください。", width: 30)
                == ["カードと証明書のお取り忘れに", "ご注意ください。"])
    }

    @Test func chineseBreaksBetweenAnyTwoIdeographsButNotBeforeClosingPunctuation() {
        #expect(TextWrap.lines("请将个人编号卡放在读卡器上。", width: 12, chinese: true) == ["请将个人编号", "卡放在读", "卡器上。"])
        // Japanese keeps a run of kanji whole.
        #expect(TextWrap.lines("個人番号を読取機に置く", width: 12) == ["個人番号を", "読取機に置く"])
    }

    @Test func aLineIsNeverLeftWithOneOrTwoCharacters() {
        #expect(TextWrap.lines("Please do not forget it.", width: 21) == ["Please do not", "forget it."])
        #expect(TextWrap.lines("証明書をお取りください。次", width: 24) == ["証明書を", "お取りください。次"])
    }

    /// Every screen text, at every width a body or table column can have: lines fit, nothing is lost, no word or
    /// kanji/katakana run is cut unless it is wider than the line, and no line holds only one or two characters.
    @Test(arguments: Language.allCases)
    func everyScreenTextWrapsAtPhraseBoundaries(_ language: Language) throws {
        let json = try Data(contentsOf: assetsDirectory.appendingPathComponent("strings/\(language.rawValue).json"))
        let table = try JSONDecoder().decode([String: String].self, from: json)
        var wrapped = 0
        for (key, template) in table {
            let text = (0..<4).reduce(template) { $0.replacingOccurrences(of: "{\($1)}", with: "12") }
            for width in [30, 40, 50, 60, 73, 93] {
                let lines = TextWrap.lines(text, width: width, chinese: language == .zhHans)
                guard lines.count > 1 else { continue }
                wrapped += 1
                #expect(lines.allSatisfy { DisplayWidth.of($0) <= width }, "\(key) at \(width)")
                #expect(lines.joined().filter { !TextWrap.isSpace($0) } == text.filter { !TextWrap.isSpace($0) },
                        "\(key) at \(width)")
                // Chinese is set breaking between any two ideographs.
                for (line, next) in Self.breaksInsideAWord(text, lines) where language != .zhHans || line.last!.isASCII {
                    let word = Self.run(ending: line) + Self.run(starting: next)
                    #expect(DisplayWidth.of(word) > width, "\(key) at \(width): \(line) | \(next)")
                }
                for line in lines {
                    #expect(line.filter { !$0.isPunctuation && !TextWrap.isSpace($0) }.count > 2, "\(key) at \(width): \(line)")
                }
            }
        }
        #expect(wrapped > 20)
    }

    /// Consecutive lines that meet inside a word (ASCII) or inside a kanji or katakana run of the text.
    static func breaksInsideAWord(_ text: String, _ lines: [String]) -> [(String, String)] {
        let characters = Array(text)
        var index = 0
        var found: [(String, String)] = []
        for (line, next) in zip(lines, lines.dropFirst()) {
            while TextWrap.isSpace(characters[index]) { index += 1 }
            index += line.count
            if !TextWrap.isSpace(characters[index]), let last = line.last, let first = next.first,
               sameRun(first, last) {
                found.append((line, next))
            }
        }
        return found
    }

    /// The characters of one word (ASCII) or one kanji or katakana run on each side of a line break.
    static func run(ending line: String) -> String { String(line.reversed().prefix { sameRun($0, line.last) }.reversed()) }
    static func run(starting line: String) -> String { String(line.prefix { sameRun($0, line.first) }) }

    static func sameRun(_ ch: Character, _ edge: Character?) -> Bool {
        guard let edge else { return false }
        let isWord: (Character) -> Bool = { $0.isASCII && ($0.isLetter || $0.isNumber) }
        if isWord(edge) { return isWord(ch) }
        let script = TextWrap.script(edge)
        return (script == .kanji || script == .katakana) && TextWrap.script(ch) == script
    }
}
