import Foundation
import KofuCore
import KofuTestSupport
import Testing

/// No input crashes or freezes the counter: fields hold a bounded number of Unicode scalars and no control
/// characters, and cash is range-checked before any sum is made with it.
@Suite struct InputSafetyTests {
    static let toCertificate = WindowFlowTests.toCertificate

    /// A paste of ten thousand combining marks is one character; the field still stops at 40 scalars, at once.
    @Test func aPasteOfCombiningMarksStopsAtTheFieldsLimit() throws {
        var window = try WindowHarness()
        window.logIn()
        window.type("3" + "1" + "5")
        #expect(window.state.screen == .refundNote)
        let start = ContinuousClock.now
        // The terminal hands over a paste one scalar at a time.
        for scalar in ("あ" + String(repeating: "\u{0301}", count: 10_000)).unicodeScalars {
            window.runtime.handle(.character(Character(scalar)), at: window.now)
        }
        #expect(ContinuousClock.now - start < .seconds(10))
        #expect(window.state.input.unicodeScalars.count == WindowReducer.inputLimit)
        #expect(window.state.input.count == 1)
        _ = window.runtime.screen
    }

    @Test func textFieldsTakeNoControlOrFormatCharacters() throws {
        var window = try WindowHarness()
        window.logIn()
        window.type("3" + "1" + "5")
        window.type("返\u{7}金\u{202E}理由\u{2028}\u{200B}")
        #expect(window.state.input == "返金理由")
    }

    @Test func aHugeCountedCashIsRefusedNotTrapped() throws {
        var window = try WindowHarness()
        window.logIn()
        window.type("4" + "1")
        #expect(window.state.screen == .countedCash)
        for typed in ["9223372036854775807", "99999999999999999999", "10000001"] {
            window.type(typed + "\n")
            #expect(window.state.message == WindowMessage("window.message.cashTooLarge", ["10,000,000"]))
            #expect(window.state.screen == .countedCash && window.state.tillCount == nil)
        }
        window.type("10000000\n")
        #expect(window.state.tillCount?.counted == 10_000_000)
    }

    @Test func aHugeCashReceivedIsRefused() throws {
        var window = try WindowHarness()
        window.logIn()
        window.type(Self.toCertificate + "41" + "1\n" + "1" + "1")
        #expect(window.state.screen == .cashReceived)
        window.type("9223372036854775807\n")
        #expect(window.state.message == WindowMessage("window.message.cashTooLarge", ["10,000,000"]))
        #expect(window.desk.orders.isEmpty)
    }

    @Test func plainTextIsWhatPrintsAsItIs() {
        for text in ["小牧 太郎", "カトウ", "葛\u{E0100}城", "e\u{0301}", "Komaki-1", "〒485-0041"] {
            #expect(PlainText.isPlain(text), "\(text)")
        }
        for text in ["\u{1b}]0;owned\u{7}", "a\u{0}b", "tab\there", "line\nbreak", "\u{202E}txt", "\u{2028}", "\u{9B}31m"] {
            #expect(!PlainText.isPlain(text), "\(text.unicodeScalars.map { $0.value })")
        }
        #expect(PlainText.shown("W-01\u{1b}[2J") == "W-01\u{FFFD}[2J")
        #expect(PlainText.shown("小牧") == "小牧")
    }

    /// The check digit of 個人番号 as the cabinet order defines it.
    @Test func myNumberCheckDigits() {
        #expect(MyNumber.isValid("123456789018"))
        #expect(!MyNumber.isValid("123456789010"))
        #expect(!MyNumber.isValid("12345678901"))
        #expect(!MyNumber.isValid("12345678901８"))
        #expect(!MyNumber.isValid("1234 5678 9018"))
    }

    @Test func isoDatesAreDaysOfTheCalendar() {
        #expect(JapaneseDate.parse("2024-02-29")! == (2024, 2, 29))
        for text in ["2023-02-29", "2026-02-30", "2026-04-31", "2026-13-01", "2026-00-10", "2026-1-01", "+026-01-01",
                     "2026-01-01-"] {
            #expect(JapaneseDate.parse(text) == nil, "\(text)")
        }
    }

    @Test func nowTakesOnlyRealInstants() throws {
        let japan = CityClock.japan.date(year: 2026, month: 11, day: 25, hour: 10)
        #expect(InstantInput.date("2026-11-25T10:00:00+09:00") == japan)
        #expect(InstantInput.date("2026-11-25T10:00") == japan)
        #expect(InstantInput.date("2026-11-25T01:00:00Z") == japan)
        #expect(InstantInput.date("2026-11-24T20:00:00-05:00") == japan)
        #expect(InstantInput.date("2026-11-25T10:00:00+0900") == japan)
        #expect(InstantInput.date("2026-11-25") == CityClock.japan.date(year: 2026, month: 11, day: 25))
        for text in ["2026-02-30T10:00:00+09:00", "2026-11-25T24:00:00+09:00", "2026-11-25T10:60:00+09:00",
                     "2026-11-25T10:00:60+09:00", "2026-11-25T10:00:00+25:00", "2026-11-25T10:00:00+09:75",
                     "2026-11-25T10:00:00-13:00", "2026-11-25T10:00:00+9", "2026-11-25T10", "tomorrow", ""] {
            #expect(InstantInput.date(text) == nil, "\(text)")
        }
    }
}
