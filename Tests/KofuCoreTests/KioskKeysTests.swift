import Foundation
import KofuCore
import KofuTestSupport
import Testing

/// Keys that answer rather than act: the idle question, digits for copies, a short PIN, an option not on offer.
@Suite struct KioskKeysTests {
    static let toMenu = KioskFlowTests.toMenu

    @Test func theLastFifteenSecondsAskWhetherToContinue() throws {
        var kiosk = try KioskHarness()
        kiosk.type("111100001\n12")
        kiosk.advance(44)
        #expect(!kiosk.bodyText.contains("操作を続けますか"))
        kiosk.advance(2)
        #expect(kiosk.bodyText.contains("操作を続けますか。"))
        #expect(kiosk.bodyText.contains("あと 14秒"))
        #expect(kiosk.bodyText.contains("[Enter]"))
        #expect(kiosk.runtime.screen.keys.first == KeyHint("Enter", "続ける"))
    }

    /// The key that answers the question changes nothing on the screen behind it: the PIN typed so far stays.
    @Test(arguments: ["\n", "5", "\u{8}"])
    func continuingKeepsWhatWasTyped(_ key: String) throws {
        var kiosk = try KioskHarness()
        kiosk.type("111100001\n12")
        kiosk.advance(50)
        kiosk.type(key)
        #expect(kiosk.state.screen == .pinEntry)
        #expect(kiosk.state.session?.pin.count == 2)
        #expect(kiosk.state.idleCountdown == nil)
        kiosk.advance(40)
        #expect(kiosk.state.screen == .pinEntry)
        kiosk.type("34\n")
        #expect(kiosk.authority.calls.map(\.pin) == ["1234"])
    }

    /// Money put in while the question shows is money: counted, and the session goes on.
    @Test func aCoinPutInDuringTheQuestionIsCounted() throws {
        var kiosk = try KioskHarness()
        kiosk.type(Self.toMenu + "2\n1" + "3")
        kiosk.advance(50)
        #expect(kiosk.bodyText.contains("入れたお金 100円は返却されます"))
        kiosk.type("2")
        #expect(kiosk.state.session?.inserted == 150 && kiosk.state.screen == .printing)
        #expect(kiosk.desk.orders.count == 1 && kiosk.cash.dispensed.isEmpty)
    }

    @Test func cancelStillCancelsDuringTheQuestion() throws {
        var kiosk = try KioskHarness()
        kiosk.type(Self.toMenu + "2\n1" + "3")
        kiosk.advance(50)
        kiosk.type("q")
        #expect(kiosk.state.screen == .start)
        #expect(kiosk.cash.dispensed == [100])
    }

    @Test(arguments: [("10", 10), ("1", 1), ("11", 1), ("105", 5), ("7", 7), ("20", 2), ("0", 1), ("1↑0", 2),
                      ("99", 9), ("1010", 10)])
    func digitsSetTheCopies(_ keys: String, _ copies: Int) throws {
        var kiosk = try KioskHarness()
        kiosk.type(Self.toMenu + "2")
        #expect(kiosk.state.screen == .copies)
        kiosk.type(keys)
        #expect(kiosk.state.session?.copies == copies)
        kiosk.type("\n")
        #expect(kiosk.state.screen == .confirm)
        #expect(kiosk.state.session?.total(at: .kiosk) == copies * 150)
    }

    @Test func aShortPINAsksForFourDigitsUntilTheNextKey() throws {
        var kiosk = try KioskHarness()
        kiosk.type("111100001\n123\n")
        #expect(kiosk.state.screen == .pinEntry)
        #expect(kiosk.state.message == .pinIncomplete)
        #expect(kiosk.bodyText.contains("暗証番号は数字4桁で入力してください。"))
        #expect(kiosk.authority.calls.isEmpty)
        kiosk.type("4")
        #expect(kiosk.state.message == nil)
        #expect(!kiosk.bodyText.contains("数字4桁で入力"))
        kiosk.type("\n")
        #expect(kiosk.authority.calls.map(\.pin) == ["1234"])
    }

    @Test func aCertificateNotOnOfferSaysWhy() throws {
        var profile = fixtureProfile
        profile.hasSealRegistration = false
        profile.incomeFiscalYears = []
        var kiosk = try KioskHarness(outcomes: ["100001": [.authenticated(profile)]])
        kiosk.type(Self.toMenu + "2")
        #expect(kiosk.state.screen == .certificateMenu)
        #expect(kiosk.state.message == .unavailable(.noSealRegistration))
        #expect(kiosk.bodyText.contains("印鑑登録がないため取得できません。市役所 市民窓口課へお越しください。"))
        kiosk.type("3")
        #expect(kiosk.state.message == .unavailable(.noIncomeRecord))
        kiosk.type("↓")
        #expect(kiosk.state.message == nil)
        #expect(kiosk.state.screen == .certificateMenu)
    }

    @Test func householdChoicesNotOnOfferSayWhy() throws {
        var alone = fixtureProfile
        alone.householdMembers = []
        var kiosk = try KioskHarness(outcomes: ["100001": [.authenticated(alone)]])
        // 世帯全員 is open to a one-person household; choosing some of its members is not.
        kiosk.type(Self.toMenu + "1" + "2")
        #expect(kiosk.state.screen == .residentScope)
        #expect(kiosk.bodyText.contains("同じ世帯の方がいないため選べません。"))

        var family = try KioskHarness()
        family.type(Self.toMenu + "12" + "5")
        #expect(family.state.screen == .householdMembers)
        #expect(family.state.message == .unavailable(.nobodyPicked))
        family.type("1" + "5")
        #expect(family.state.screen == .residentOptions)
    }

    @Test func englishSaysTheSameInEnglish() throws {
        var kiosk = try KioskHarness(language: .en)
        kiosk.type("111100001\n1\n")
        #expect(kiosk.bodyText.contains("Enter 4 digits."))
    }
}
