import Foundation
#if canImport(Glibc)
import Glibc
#endif
import KofuCore
import KofuTestSupport
import Testing

@Suite struct TextTests {
    @Test func widthsFollowEastAsianWidth() {
        #expect(DisplayWidth.of("小牧市") == 6)
        #expect(DisplayWidth.of("ｶﾀｶﾅ") == 4)
        #expect(DisplayWidth.of("①●─※") == 4)
        #expect(DisplayWidth.of("Komaki") == 6)
        #expect(DisplayWidth.of("が") == 2)
        #expect(DisplayWidth.of("\u{304B}\u{3099}") == 2)
        #expect(DisplayWidth.of("　") == 2)
    }

    /// Every character of every screen text measures as glibc's wcwidth does in a UTF-8 locale.
    @Test func widthsAgreeWithTheCLibrary() throws {
        guard setlocale(LC_CTYPE, "C.UTF-8") != nil else {
            Issue.record("C.UTF-8 locale missing")
            return
        }
        // Glibc's Swift module hides wcwidth behind _XOPEN_SOURCE; the symbol is there all the same.
        typealias WCWidth = @convention(c) (Int32) -> Int32
        let wcwidth = unsafeBitCast(try #require(dlsym(dlopen(nil, RTLD_NOW), "wcwidth")), to: WCWidth.self)
        let strings = try loadStrings()
        var checked = 0
        for language in Language.allCases {
            let json = try Data(contentsOf: assetsDirectory.appendingPathComponent("strings/\(language.rawValue).json"))
            let table = try JSONDecoder().decode([String: String].self, from: json)
            for text in table.values {
                for scalar in text.unicodeScalars {
                    #expect(DisplayWidth.of(scalar) == Int(wcwidth(Int32(scalar.value))), "U+\(String(scalar.value, radix: 16))")
                    checked += 1
                }
            }
        }
        #expect(checked > 1000)
        #expect(strings.missingKeys.isEmpty)
    }

    /// A translation fills only places the code fills (those of the Japanese or the English text), and says
    /// something: a typo such as `{3}` would show as it is.
    @Test func everyTranslationFillsOnlyPlacesTheCodeFills() throws {
        var tables: [Language: [String: String]] = [:]
        for language in Language.allCases {
            tables[language] = try JSONDecoder().decode([String: String].self, from: Data(contentsOf: assetsDirectory
                .appendingPathComponent("strings/\(language.rawValue).json")))
        }
        func places(_ text: String?) -> Set<String> { Set((text ?? "").matches(of: /\{\d+\}/).map { String($0.0) }) }
        func blank(_ text: String?) -> Bool { (text ?? "").trimmingCharacters(in: .whitespaces).isEmpty }
        let (ja, en) = (tables[.ja]!, tables[.en]!)
        var checked = 0
        for (language, table) in tables {
            for (key, text) in table {
                #expect(places(text).isSubset(of: places(ja[key]).union(places(en[key]))), "\(language.rawValue): \(key)")
                #expect(!blank(text) || blank(ja[key]), "\(language.rawValue): \(key) is empty")
                checked += 1
            }
        }
        #expect(checked == Language.allCases.count * ja.count)
    }

    @Test func missingKeysAreVisibleNotBlank() throws {
        let full = Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, ["a": "あ{0}"]) })
        #expect(Localization(tables: full).missingKeys.isEmpty)
        let strings = Localization(tables: full.merging([.en: [:], .vi: ["a": "a", "b": "b"]]) { $1 })
        #expect(strings.text("a", .ja, [1]) == "あ1")
        #expect(strings.text("a", .en) == "⟨a⟩")
        #expect(strings.missingKeys == ["en: a", "vi: b"])
    }

    /// Arguments fill their places once: a typed name holding "{1}" is shown as typed, not filled in again.
    @Test func argumentsFillTheirPlacesOnce() {
        let strings = Localization(tables: [.ja: ["a": "{0}様 {1}円 {x} {"], .en: [:]])
        #expect(strings.text("a", .ja, ["{1}", 300]) == "{1}様 300円 {x} {")
        #expect(strings.text("a", .ja, ["太郎"]) == "太郎様 {1}円 {x} {")
    }
}
