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

    @Test func missingKeysAreVisibleNotBlank() throws {
        let strings = Localization(tables: [.ja: ["a": "あ{0}"], .en: [:]])
        #expect(strings.text("a", .ja, [1]) == "あ1")
        #expect(strings.text("a", .en) == "⟨a⟩")
        #expect(strings.missingKeys == ["a"])
    }

    /// Arguments fill their places once: a typed name holding "{1}" is shown as typed, not filled in again.
    @Test func argumentsFillTheirPlacesOnce() {
        let strings = Localization(tables: [.ja: ["a": "{0}様 {1}円 {x} {"], .en: [:]])
        #expect(strings.text("a", .ja, ["{1}", 300]) == "{1}様 300円 {x} {")
        #expect(strings.text("a", .ja, ["太郎"]) == "太郎様 {1}円 {x} {")
    }
}
