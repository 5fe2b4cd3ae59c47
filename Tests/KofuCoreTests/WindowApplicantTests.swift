import Foundation
import KofuCore
import KofuTestSupport
import Testing

/// Who stands at the counter, how they are found and checked, and what they may take.
@Suite struct WindowApplicantTests {
    @Test func aProxyStatesPurposeAndRecipientAndShowsTheirOwnDocument() throws {
        var window = try WindowHarness()
        window.logIn()
        window.type("12カトウ\n1975-08-30\n")
        #expect(window.state.screen == .applicant)
        window.type("3" + "山田 一郎\n")
        #expect(window.state.screen == .proxyPurpose)
        window.type("銀行口座の開設\n" + "東海銀行 小牧支店\n")
        #expect(window.state.screen == .identity)
        #expect(window.runtime.screen.body.contains(.paragraph("来られた方（代理人・相続人）の本人確認書類（確認したもの）を選んでください。", .strong)))
        window.type("2" + "5" + "1" + "1\n1" + "1" + "300\n")
        let order = try #require(window.desk.orders.first)
        #expect(order.identity == .driversLicence)
        #expect(order.proxy == Proxy(standing: .attorney, name: "山田 一郎", purpose: "銀行口座の開設",
                                     submitTo: "東海銀行 小牧支店"))
        #expect(order.request == .business(registrationID: "B001"))
    }

    @Test func aHouseholdMemberIsPickedFromTheRegisterNotTyped() throws {
        var window = try WindowHarness()
        window.logIn()
        window.type("11100001\n" + "2")
        #expect(window.state.screen == .householdApplicant)
        #expect(WindowMenu.items(for: window.state).map(\.choice) == [.applicantMember("R002"), .applicantMember("R003"),
                                                                     .applicantMember("R004")])
        window.type("1" + "1" + "1" + "1" + "3" + "4" + "1\n1" + "1" + "300\n")
        let order = try #require(window.desk.orders.first)
        #expect(order.proxy == .member(fixtureProfile.householdMembers[0]))
        #expect(order.delivery == .counter, "a household member takes My Number over the counter")
        var alone = try WindowHarness()
        alone.logIn()
        alone.type("11100007\n" + "2")
        #expect(alone.state.screen == .applicant)
        #expect(alone.state.message == WindowMessage("window.unavailable.aloneInHousehold"))
    }

    @Test(arguments: ["かとう", "ｶﾄｳ", "カトウ"])
    func kanaIsReadWhateverTheKeyboardMode(_ typed: String) throws {
        var window = try WindowHarness()
        window.logIn()
        window.type("12" + typed + "\nS50.8.30\n")
        #expect(window.state.screen == .applicant)
        #expect(window.state.customer.profile?.resident.residentID == "R007")
    }

    @Test func aSearchThatFindsNobodyKeepsWhatWasTyped() throws {
        var window = try WindowHarness()
        window.logIn()
        window.type("12カトウ\n1975-08-31\n")
        #expect(window.state.message == WindowMessage("window.message.notFound"))
        #expect(window.state.screen == .kana && window.state.input == "カトウ")
        window.type("\n")
        #expect(window.state.screen == .birthDate && window.state.input == "1975-08-31")
        window.type("\u{8}0\n")
        #expect(window.state.screen == .applicant)
        var card = try WindowHarness()
        card.logIn()
        card.type("11" + "999999\n")
        #expect(card.state.screen == .cardNumber && card.state.input == "999999")
    }

    @Test func aDateThatCannotBeReadIsSaidAndKept() throws {
        var window = try WindowHarness()
        window.logIn()
        window.type("12カトウ\nS50.2.30\n")
        #expect(window.state.message == WindowMessage("window.message.badDate"))
        #expect(window.state.screen == .birthDate && window.state.input == "S50.2.30")
    }

    /// 個人番号 for a proxy from outside the household is offered as mailed to the resident, not refused.
    @Test func myNumberForAProxyFromOutsideIsMailed() throws {
        var window = try WindowHarness()
        window.logIn()
        window.type("11100001\n" + "3山田\n就職\n株式会社小牧\n" + "1" + "1" + "1")
        #expect(window.state.screen == .residentOptions)
        window.type("3")
        #expect(window.state.customer.residentOptions.includeMyNumber)
        #expect(window.runtime.screen.body.contains {
            if case .options(let options) = $0 { options.contains { $0.detail == "記載する（郵送）" } } else { false }
        })
        window.type("4" + "1\n1")
        #expect(window.runtime.screen.body.contains {
            if case .table(let rows) = $0 { rows.contains { $0.value == "住民登録地へ郵送" } } else { false }
        })
        window.type("1" + "300\n")
        #expect(window.desk.orders.first?.delivery == .mailToRegisteredAddress)
    }

    @Test func aProtectionMeasureShowsAtOnceAndOnlyTheResidentIsServed() throws {
        var window = try WindowHarness()
        window.logIn()
        window.type("11100012\n")
        #expect(window.state.screen == .applicant)
        #expect(window.runtime.screen.body.contains(.paragraph(
            "支援措置の対象者です。ご本人にのみ、慎重な本人確認のうえで交付します。", .warning)))
        #expect(WindowMenu.items(for: window.state).map(\.isEnabled) == [true, false, false])
        window.type("3")
        #expect(window.state.screen == .applicant)
        #expect(window.state.message == WindowMessage("window.unavailable.protectionMeasure"))
        window.type("1")
        #expect(window.state.screen == .identity && window.state.message == nil)
    }
}
