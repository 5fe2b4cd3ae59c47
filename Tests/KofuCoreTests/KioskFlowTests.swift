import Foundation
import KofuCore
import KofuTestSupport
import Testing

/// The kiosk flow through the runtime on fakes: what the resident sees and what reaches the desk and the cash unit.
@Suite struct KioskFlowTests {
    static let toMenu = "111100001\n1234\n\n"

    @Test func residentRecordForTwoCopiesIsIssuedChargedAndPrinted() throws {
        var kiosk = try KioskHarness()
        kiosk.type(Self.toMenu + "1142\n1")
        #expect(kiosk.state.screen == .payment)
        kiosk.type("4")  // 500 yen for 300 due
        #expect(kiosk.state.screen == .printing)
        #expect(kiosk.desk.orders == [IssuanceOrder(credentialID: "100001", residentID: "R001",
                                                    request: .residentRecord(ResidentRecordOptions()), copies: 2,
                                                    channel: .kiosk, terminal: "T-01")])
        #expect(kiosk.desk.orders.first?.amount == 300)
        #expect(kiosk.printer.printed.map(\.serials.count) == [2])
        #expect(kiosk.cash.dispensed == [200])
        kiosk.advance(KioskReducer.printDuration(copies: 2))
        #expect(kiosk.state.screen == .takeCertificate)
        kiosk.type("\n")
        #expect(kiosk.state.screen == .start)
        #expect(kiosk.state.session == nil)
    }

    /// 150 yen can be paid exactly: 100 + 50, or 50-yen and 10-yen coins; no change is due.
    @Test(arguments: ["3" + "2", "2" + "2" + "11111"])
    func smallCoinsPayTheFeeExactly(_ coins: String) throws {
        var kiosk = try KioskHarness()
        kiosk.type(Self.toMenu + "2" + "\n1")
        #expect(KioskMenu.items(for: kiosk.state).map(\.choice) == [10, 50, 100, 500, 1000, 5000, 10000].map(KioskChoice.cash))
        kiosk.type(String(coins.dropLast()))
        #expect(kiosk.state.screen == .payment)
        kiosk.type(String(coins.last!))
        #expect(kiosk.state.screen == .printing)
        #expect(kiosk.desk.orders.first?.amount == 150)
        #expect(kiosk.cash.dispensed.isEmpty)
    }

    @Test func pickedMembersAndOptionsReachTheOrder() throws {
        var kiosk = try KioskHarness()
        kiosk.type(Self.toMenu + "12" + "13" + "5" + "13" + "4" + "1\n1" + "4")
        let request = try #require(kiosk.desk.orders.first?.request)
        #expect(request == .residentRecord(ResidentRecordOptions(scope: .members(["R001", "R003"]),
                                                                 includeHeadAndRelationship: true,
                                                                 includeMyNumber: true)))
    }

    @Test func membersCannotProceedWithNobodyPicked() throws {
        var kiosk = try KioskHarness()
        kiosk.type(Self.toMenu + "12" + "5")
        #expect(kiosk.state.screen == .householdMembers)
        kiosk.type("22" + "5")
        #expect(kiosk.state.screen == .householdMembers)
    }

    @Test(arguments: Refusal.allCases)
    func refusalEndsTheSessionWithoutIssuing(_ refusal: Refusal) throws {
        var kiosk = try KioskHarness(outcomes: ["100001": [.refused(refusal)]])
        kiosk.type("111100001\n")
        // A card that is itself unusable is refused as soon as it is read, before any PIN.
        #expect((kiosk.state.screen == .refused(refusal)) == FakeAuthority.cardRefusals.contains(refusal))
        if kiosk.state.screen == .pinEntry { kiosk.type("1234\n") }
        #expect(kiosk.state.screen == .refused(refusal))
        #expect(kiosk.state.session?.profile == nil)
        kiosk.type("1\n")
        #expect(kiosk.state.screen == .start)
        #expect(kiosk.desk.orders.isEmpty)
    }

    @Test func wrongPINShowsTriesLeftAndClearsTheEntry() throws {
        var kiosk = try KioskHarness(outcomes: ["100001": [.wrongPIN(triesLeft: 2), .authenticated(fixtureProfile)]])
        kiosk.type("111100001\n9999\n")
        #expect(kiosk.state.screen == .pinEntry)
        #expect(kiosk.state.session?.triesLeft == 2)
        #expect(kiosk.state.session?.lastPINWasWrong == true)
        #expect(kiosk.state.session?.pin.count == 0)
        kiosk.type("1234\n")
        #expect(kiosk.state.screen == .takeCard)
        #expect(kiosk.authority.calls.map(\.pin) == ["9999", "1234"])
    }

    @Test func pinIsNotSentUntilFourDigitsAndIsNeverKept() throws {
        var kiosk = try KioskHarness()
        kiosk.type("111100001\n123\n")
        #expect(kiosk.authority.calls.isEmpty)
        kiosk.type("\u{8}\u{8}\u{8}56789")
        #expect(kiosk.state.session?.pin.count == 4)
        #expect("\(kiosk.state.session!.pin)" == "PIN(****)")
        kiosk.type("\n")
        #expect(kiosk.authority.calls.map(\.pin) == ["5678"])
        #expect(kiosk.state.session?.pin.count == 0)
    }

    @Test func unavailableAuthorityRefusesWithoutGuessing() throws {
        var kiosk = try KioskHarness()
        kiosk.authority.unavailable = true
        kiosk.type("111100001\n")
        #expect(kiosk.state.screen == .systemUnavailable)
        kiosk.type("\n")
        #expect(kiosk.state.screen == .start)
    }

    @Test func sealCertificateIsOfferedOnlyWhenRegistered() throws {
        var profile = fixtureProfile
        profile.hasSealRegistration = false
        var kiosk = try KioskHarness(outcomes: ["100001": [.authenticated(profile)]])
        kiosk.type(Self.toMenu + "2")
        #expect(kiosk.state.screen == .certificateMenu)
        var registered = try KioskHarness()
        registered.type(Self.toMenu + "2" + "1\n1" + "4")
        #expect(registered.desk.orders.first?.request == .sealRegistration)
        #expect(registered.desk.orders.first?.amount == 150)
    }

    @Test func newFiscalYearAppearsOnJuneFirst() throws {
        let may = CityClock.japan.date(year: 2026, month: 5, day: 31, hour: 12)
        var before = try KioskHarness(now: may)
        before.type(Self.toMenu + "3")
        #expect(KioskMenu.items(for: before.state).map(\.choice) == [.fiscalYear(2025), .fiscalYear(2024)])
        let june = CityClock.japan.date(year: 2026, month: 6, day: 1, hour: 9)
        var after = try KioskHarness(now: june)
        after.type(Self.toMenu + "3" + "1" + "1\n1" + "4")
        #expect(after.desk.orders.first?.request == .incomeTax(fiscalYear: 2026))
    }

    @Test func incomeCertificateIsUnavailableWithoutRecords() throws {
        var profile = fixtureProfile
        profile.incomeFiscalYears = []
        var kiosk = try KioskHarness(outcomes: ["100001": [.authenticated(profile)]])
        kiosk.type(Self.toMenu + "3")
        #expect(kiosk.state.screen == .certificateMenu)
    }

    @Test func copiesStayBetweenOneAndTen() throws {
        var kiosk = try KioskHarness()
        kiosk.type(Self.toMenu + "2")
        kiosk.type("↓↓")
        #expect(kiosk.state.session?.copies == 1)
        kiosk.type("0")
        #expect(kiosk.state.session?.copies == 1)
        kiosk.type("9↑↑↑")
        #expect(kiosk.state.session?.copies == 10)
        kiosk.type("\n")
        #expect(kiosk.state.session?.total(at: .kiosk) == 1500)
    }

    @Test func smartphoneCredentialAuthenticatesTheSameWay() throws {
        var kiosk = try KioskHarness(outcomes: ["900001": [.authenticated(fixtureProfile)]])
        kiosk.type("112900001\n5823\n")
        #expect(kiosk.state.session?.credentialKind == .smartphone)
        #expect(kiosk.state.screen == .takeCard)
    }

    @Test func smartphoneSessionsSpeakOfTheSmartphone() throws {
        var phone = try KioskHarness(outcomes: ["900001": [.authenticated(fixtureProfile)]])
        phone.type("112")
        #expect(phone.runtime.screen.steps.first == "スマートフォン")
        phone.type("900001\n5823\n\n")
        #expect(phone.state.screen == .certificateMenu)
        #expect(phone.bodyText.contains("スマートフォンはお取りになりましたか。"))
        phone.type("2\n14")
        phone.advance(5)
        #expect(phone.state.screen == .takeCertificate)
        #expect(phone.bodyText.contains("スマートフォンと証明書のお取り忘れに"))
        #expect(!phone.bodyText.contains("カード"))

        var card = try KioskHarness()
        card.type(Self.toMenu)
        #expect(card.runtime.screen.steps.first == "カード")
        #expect(card.bodyText.contains("カードはお取りになりましたか。"))
    }

    @Test func aSmartphoneNumberOnTheCardPathIsNotACard() throws {
        var kiosk = try KioskHarness(outcomes: ["900001": [.authenticated(fixtureProfile)]])
        kiosk.type("111900001\n")
        #expect(kiosk.state.screen == .refused(.unknownCredential))
        #expect(kiosk.authority.calls.isEmpty)
    }

    @Test func languageSwitchesOnEveryScreenAndKeepsTheSession() throws {
        var kiosk = try KioskHarness()
        for key in ["1", "1", "1", "100001\n", "1234\n", "\n", "1", "1", "4", "\n", "1"] {
            kiosk.type(key)
            let before = kiosk.state.screen
            var seen: [Language] = []
            for press in Language.allCases.indices {
                kiosk.type(press.isMultiple(of: 2) ? "L" : "l")
                seen.append(kiosk.state.language)
                #expect(kiosk.state.screen == before)
            }
            #expect(seen == Array(Language.allCases.dropFirst()) + [.ja], "L turns through every language and back")
        }
    }

    /// The start screen lists every language in itself, the chosen one marked, so a resident who reads no Japanese
    /// finds theirs.
    @Test func theStartScreenPicksTheLanguage() throws {
        var kiosk = try KioskHarness()
        for language in Language.allCases {
            #expect(kiosk.state.language == language)
            let picker = kiosk.runtime.screen.body.compactMap { block -> ([String], Int)? in
                if case .picker(let words, let selected) = block { (words, selected) } else { nil }
            }
            #expect(picker.first?.0 == ["日本語", "やさしい日本語", "English", "Português", "简体中文", "Tiếng Việt", "Tagalog"])
            #expect(picker.first?.1 == Language.allCases.firstIndex(of: language))
            kiosk.type("L")
        }
    }

    @Test func demoPicksCredentialsOfTheChosenKind() throws {
        var kiosk = try KioskHarness(demo: fixtureDemo)
        kiosk.type("111↓")
        #expect(kiosk.state.session?.credentialID == "100001")
        kiosk.type("↓")
        #expect(kiosk.state.session?.credentialID == "100008")
        kiosk.type("↓")
        #expect(kiosk.state.session?.credentialID == "100001")
    }

    @Test func helpIsOnlyInDemos() throws {
        var plain = try KioskHarness()
        plain.type("?")
        #expect(plain.state.helpPage == nil)
        var demo = try KioskHarness(demo: fixtureDemo)
        demo.type("?")
        #expect(demo.state.helpPage == 0)
        demo.type("1")
        #expect(demo.state.screen == .start)
    }

    @Test func escapeWalksBackOneScreen() throws {
        var kiosk = try KioskHarness()
        kiosk.type(Self.toMenu + "11")
        #expect(kiosk.state.screen == .residentOptions)
        kiosk.type("\u{1b}")
        #expect(kiosk.state.screen == .residentScope)
        kiosk.type("\u{1b}")
        #expect(kiosk.state.screen == .certificateMenu)
        kiosk.type("\u{1b}")
        #expect(kiosk.state.screen == .certificateMenu)
    }
}
