import KofuCore
import KofuTestSupport
import Testing

/// Who the window may serve, and with what, when someone is not a current resident of the city.
@Suite struct WindowRegistrationTests {
    func items(_ window: WindowHarness) -> [String?] { WindowMenu.items(for: window.state).map(\.unavailable) }

    /// 広域交付住民票 (住基法12条の4): the resident or the household, with a photo ID; no 本籍・筆頭者 or 個人番号;
    /// every other certificate is for the town of residence.
    @Test func aResidentOfAnotherTownGetsOnlyAWideAreaResidentRecord() throws {
        var window = try WindowHarness()
        window.logIn()
        window.type("11100015\n")
        #expect(window.state.screen == .applicant)
        #expect(items(window) == [nil, nil, "wideAreaApplicant"])
        window.type("1")
        #expect(items(window) == [nil, nil, nil, "photoIDRequired"])
        window.type("4")
        #expect(window.state.message == WindowMessage("window.unavailable.photoIDRequired"))
        window.type("2")
        #expect(window.state.screen == .certificate)
        #expect(items(window) == [nil, "otherTown", "otherTown", "otherTown", "otherTown"])
        #expect(window.runtime.screen.body.contains {
            if case .options(let options) = $0 { options.first?.label == "住民票の写し（広域交付）" } else { false }
        })
        window.type("3")
        #expect(window.state.message == WindowMessage("window.unavailable.otherTown", ["みどり野町"]), "says where to go")
        window.type("1" + "1")
        #expect(items(window) == [nil, "notInWideArea", "notInWideArea", nil])
        window.type("2")
        #expect(window.state.customer.residentOptions.includeDomicile == false)
        window.type("14" + "1\n" + "1" + "1" + "300\n")
        let order = try #require(window.desk.orders.first)
        #expect(order.request == .kiosk(.residentRecord(ResidentRecordOptions(includeHeadAndRelationship: true))))
        #expect(order.identity == .driversLicence && order.proxy == nil)
    }

    @Test func aMovedOutResidentGetsTheRemovedRecordAndTheTaxCertificatesOfTheYearsLivedHere() throws {
        var window = try WindowHarness()
        window.logIn()
        window.type("11100013\n" + "1" + "1")
        #expect(window.state.screen == .certificate)
        #expect(WindowMenu.items(for: window.state).map(\.choice).first == .certificate(.removedResidentRecord))
        #expect(items(window) == [nil, "sealRegistrationEnded", nil, nil, "noBusiness"])
        window.type("1")
        #expect(items(window) == [nil, "removedRecordAlone", "removedRecordAlone"])
        window.type("1" + "4" + "1\n" + "1" + "1" + "300\n")
        #expect(window.desk.orders.first?.request == .removedResidentRecord(ResidentRecordOptions()))
        var income = try WindowHarness()
        income.logIn()
        income.type("11100013\n" + "1" + "1" + "3" + "1" + "1\n" + "1" + "1" + "300\n")
        #expect(income.desk.orders.first?.request == .kiosk(.incomeTax(fiscalYear: 2026)))
    }

    /// A deceased resident's 除票 is asked for by the household or an heir, whose relationship is recorded.
    @Test func aDeceasedResidentsRecordGoesToAnHeirWithTheRelationshipRecorded() throws {
        var window = try WindowHarness()
        window.logIn()
        window.type("11100014\n")
        #expect(WindowMenu.items(for: window.state).map(\.choice) == [.applicant(.householdMember), .applicant(.heir),
                                                                     .applicant(.proxyWithAttorney)])
        // An heir is a third party: they say what the record is for and where it goes, then how they are related.
        window.type("2" + "山田 一\n" + "相続手続き\n" + "小牧信用金庫\n")
        #expect(window.state.screen == .applicantRelationship)
        window.type("2")
        #expect(window.state.screen == .identity)
        window.type("1" + "1" + "1")
        #expect(window.state.screen == .residentOptions)
        #expect(items(window) == [nil, nil, "myNumberRemoved", nil], "a dead person's My Number goes to no one")
        window.type("4" + "1\n" + "1" + "1" + "300\n")
        let order = try #require(window.desk.orders.first)
        #expect(order.proxy == Proxy(standing: .heir, name: "山田 一", relationship: "子", purpose: "相続手続き",
                                     submitTo: "小牧信用金庫"))
        #expect(order.request == .removedResidentRecord(ResidentRecordOptions()))
        var member = try WindowHarness()
        member.logIn()
        member.type("11100014\n" + "1" + "1")
        #expect(member.state.screen == .applicantRelationship)
        member.type("2" + "\u{1b}")
        #expect(member.state.screen == .applicantRelationship, "Esc from the document goes back to the relationship")
    }

    /// The deceased give no power of attorney: an attorney acts for an heir, whose relationship is recorded.
    @Test func anAttorneyForADeceasedResidentNamesTheHeirsRelationship() throws {
        var window = try WindowHarness()
        window.logIn()
        window.type("11100014\n" + "3" + "代理 太郎\n" + "相続手続き\n" + "小牧信用金庫\n")
        #expect(window.state.screen == .applicantRelationship)
        #expect(window.runtime.screen.body.contains(.paragraph("委任した相続人と亡くなった方との続柄を選んでください。",
                                                               .strong)))
        window.type("1")
        #expect(window.state.customer.proxy?.relationship == "配偶者" && window.state.screen == .identity)
        window.type("\u{1b}")
        #expect(window.state.screen == .applicantRelationship)
    }

    @Test func myNumberOnARemovedRecordIsForThePersonWhoMovedOutInPerson() throws {
        var himself = try WindowHarness()
        himself.logIn()
        himself.type("11100013\n" + "1" + "1" + "1" + "1")
        #expect(himself.state.screen == .residentOptions && items(himself) == [nil, nil, nil, nil])
        var mother = try WindowHarness()
        mother.logIn()
        mother.type("11100013\n" + "2" + "2" + "1" + "1" + "1")
        #expect(mother.state.screen == .residentOptions && items(mother) == [nil, nil, "myNumberRemoved", nil])
        #expect(!mother.runtime.screen.body.contains(.paragraph(
            "世帯外の代理人の請求で個人番号を記載するときは、窓口では渡さず、住民登録地へ郵送します。", .dim)))
    }

    @Test func aPINIsResetOnlyOnACardOfTheCurrentRegister() throws {
        var window = try WindowHarness()
        window.logIn()
        window.type("21100015\n")
        #expect(window.state.screen == .findMethod)
        #expect(window.state.message == WindowMessage("window.message.noCardToReset"))
    }
}
