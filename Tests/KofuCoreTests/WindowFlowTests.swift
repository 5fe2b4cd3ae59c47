import Foundation
import KofuCore
import KofuTestSupport
import Testing

/// The staff window on fakes: what the clerk does, and what reaches the desk.
@Suite struct WindowFlowTests {
    static let toCertificate = "11" + "100007\n" + "1" + "1"

    @Test func loginNeedsTheRightPasswordAndKeepsNoPassword() throws {
        var window = try WindowHarness()
        window.type("clerk01\nwrong\n")
        #expect(window.state.staff == nil)
        #expect(window.state.message == WindowMessage("window.message.rejected"))
        #expect(window.state.screen == .staffID)
        window.type("nobody\nwrong\n")
        #expect(window.state.message == WindowMessage("window.message.rejected"), "an unknown id is answered the same")
        window.type("locked01\nanything\n")
        #expect(window.state.message == WindowMessage("window.message.locked"))
        window.logIn()
        #expect(window.state.staff == fixtureClerk)
        #expect(window.state.screen == .home)
        #expect(window.state.input.isEmpty)
    }

    @Test func aTaxPaymentCertificateAtThreeHundredYenACopy() throws {
        var window = try WindowHarness()
        window.logIn()
        window.type(Self.toCertificate + "41" + "2\n" + "1" + "1" + "1000\n")
        let order = try #require(window.desk.orders.first)
        #expect(order.request == .taxPayment(fiscalYear: 2026, item: .inhabitantTax))
        #expect(order.residentID == "R007")
        #expect(order.identity == .myNumberCard)
        #expect(order.proxy == nil)
        #expect(order.copies == 2)
        #expect(order.amount == 600)
        #expect(order.staffID == "clerk01")
        #expect(order.terminal == "W-01")
        #expect(window.state.screen == .issued)
        #expect(window.printer.printed.map(\.serials.count) == [2])
        window.type("2")
        #expect(window.state.screen == .home)
        #expect(window.state.customer.profile == nil)
    }

    @Test func aPrintFailureTellsTheClerkWhatToRefund() throws {
        var window = try WindowHarness()
        window.printer.jammed = true
        window.logIn()
        window.type(Self.toCertificate + "41" + "1\n" + "1" + "1" + "300\n")
        #expect(window.desk.orders.count == 1)
        #expect(window.desk.unprintedRefunds == [1])
        #expect(window.state.screen == .home)
        #expect(window.state.message == WindowMessage("window.message.printFailedRefunded", ["1"]))
    }

    @Test func anExemptionNeedsASupervisor() throws {
        var window = try WindowHarness()
        window.logIn()
        window.type(Self.toCertificate + "41" + "1\n" + "2" + "1" + "clerk01\nclerk-pass\n")
        #expect(window.state.message == WindowMessage("window.message.notApproved"))
        #expect(window.state.screen == .supervisorID)
        window.type("super01\nsuper-pass\n" + "1")
        let order = try #require(window.desk.orders.first)
        #expect(order.exemption == .publicAssistance)
        #expect(order.approvedBy == "super01")
        #expect(order.amount == 0)
        #expect(window.state.staff == fixtureClerk)
    }

    /// Who came is asked first; the proxy's own document is the one checked, and what they state is recorded.
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

    @Test func aSealCertificateIsOfferedOnlyWithARegistrationAndTakesTheCardNumber() throws {
        var window = try WindowHarness()
        window.logIn()
        window.type(Self.toCertificate + "2")
        #expect(window.state.screen == .certificate)  // no seal registered: not offered, and it says why
        #expect(window.state.message == WindowMessage("window.unavailable.noSealRegistration"))
        var family = try WindowHarness()
        family.logIn()
        family.type("11100001\n11" + "2" + "0012346\n")
        // A wrong seal card number is refused on its own screen, before copies and fees.
        #expect(family.state.screen == .sealCard)
        #expect(family.state.message == WindowMessage("window.refusal.sealCardMismatch"))
        family.type("0012345\n" + "1\n1" + "1" + "300\n")
        let order = try #require(family.desk.orders.first)
        #expect(order.request == .kiosk(.sealRegistration))
        #expect(order.sealCardNumber == "0012345")
    }

    @Test func aOnePersonHouseholdMayAskForTheWholeHousehold() throws {
        var window = try WindowHarness()
        window.logIn()
        window.type(Self.toCertificate + "1")
        #expect(window.state.screen == .residentScope)
        // 本人のみ and 世帯全員 (the same person, under the household's wording); nobody else to pick.
        #expect(WindowMenu.items(for: window.state).map(\.isEnabled) == [true, false, true])
        window.type("3")
        #expect(window.state.screen == .residentOptions)
        #expect(window.state.customer.residentOptions.scope == .wholeHousehold)
    }

    @Test func chosenHouseholdMembersAsAtTheKiosk() throws {
        var window = try WindowHarness()
        window.logIn()
        window.type("11100001\n11" + "1" + "2")
        #expect(window.state.screen == .householdMembers)
        window.type("5")
        #expect(window.state.screen == .householdMembers)  // nobody picked yet
        window.type("14" + "5" + "3" + "4" + "1\n1" + "1" + "300\n")
        let order = try #require(window.desk.orders.first)
        #expect(order.request == .kiosk(.residentRecord(ResidentRecordOptions(scope: .members(["R001", "R004"]),
                                                                             includeMyNumber: true))))
    }

    @Test func aRefundIsChosenFromTodaysIssuancesWithAReasonAndTheCopiesTakenBack() throws {
        var window = try WindowHarness()
        window.logIn()
        window.type("3")
        #expect(window.state.screen == .refundIssuance)
        #expect(WindowMenu.items(for: window.state).map(\.choice) == [.refundTarget(0)])
        window.type("1")
        #expect(window.state.screen == .refundReason)
        window.type("5" + "\n")
        #expect(window.state.message == WindowMessage("window.message.noteRequired"), "\"other\" needs words")
        window.type("お客様の申出\n")
        #expect(window.state.screen == .confirmRefund)
        #expect(window.runtime.screen.body.contains(.paragraph("証明書1部を回収してから進んでください。", .warning)))
        #expect(window.desk.refunds.isEmpty)
        window.type("1" + "super01\nsuper-pass\n")
        #expect(window.desk.refunds.map(\.0) == [RefundRequest(issuanceID: 12, reason: .other, note: "お客様の申出",
                                                               copiesCollected: true)])
        #expect(window.desk.refunds.map(\.1) == ["super01"])
        #expect(window.state.screen == .home)
        #expect(window.state.message == WindowMessage("window.message.refunded", ["12"], isError: false))
        window.type("3")
        #expect(window.state.screen == .home, "a refunded issuance is not offered again")
        #expect(window.state.message == WindowMessage("window.message.nothingToRefund"))
    }

    @Test func theCashHandedOverMustCoverTheFeeAndTheChangeIsShown() throws {
        var window = try WindowHarness()
        window.logIn()
        window.type(Self.toCertificate + "41" + "2\n" + "1" + "1")
        #expect(window.state.screen == .cashReceived && window.desk.orders.isEmpty)
        window.type("500\n")
        #expect(window.state.message == WindowMessage("window.message.notEnoughCash", ["600"]))
        #expect(window.desk.orders.isEmpty)
        window.type("1000\n")
        #expect(window.desk.orders.first?.cashReceived == 1000 && window.desk.orders.first?.change == 400)
        #expect(window.runtime.screen.body.contains {
            if case .table(let rows) = $0 { rows.contains { $0 == TableRow("おつり", "400円", .strong) } } else { false }
        })
    }

    @Test func aReceiptIsPrintedAfterIssuingAndForAnyIssuanceByNumberOrSerial() throws {
        var window = try WindowHarness()
        window.logIn()
        window.type(Self.toCertificate + "41" + "1\n" + "1" + "1" + "300\n")
        #expect(window.state.screen == .issued)
        window.type("1")
        #expect(window.printer.receipts.map(\.issuanceID) == [1] && window.state.screen == .issued)
        #expect(window.state.message == WindowMessage("window.message.receiptPrinted", ["1"], isError: false))
        window.type("2" + "5" + "K-20261125-000123-1\n")
        #expect(window.printer.receipts.map(\.issuanceID) == [1, 123] && window.state.screen == .home)
        window.type("5" + "1\n")
        #expect(window.state.message == WindowMessage("window.message.receiptReissued", ["1"], isError: false))
        window.type("5" + "K-1\n")
        #expect(window.state.screen == .receiptIssuance)
        #expect(window.state.message == WindowMessage("window.message.badIssuanceNumber"))
    }

    struct SameDayOnly: Error, ClerkExplained {
        var clerkReason: String { "notSameBusinessDay" }
    }

    @Test func aRuleRefusalIsExplainedInTheScreensLanguage() throws {
        var window = try WindowHarness()
        window.desk.refundFailure = SameDayOnly()
        window.logIn()
        window.type("3" + "1" + "1" + "\n" + "1" + "super01\nsuper-pass\n")
        #expect(window.state.message == WindowMessage("window.refusal.notSameBusinessDay"))
        #expect(window.state.screen == .supervisorID)
    }

    @Test func aRefusedRefundLeavesThePasswordScreen() throws {
        var window = try WindowHarness()
        window.desk.refundFailure = FakeFailure.unavailable
        window.logIn()
        window.type("3" + "1" + "1" + "\n" + "1" + "super01\nsuper-pass\n")
        #expect(window.state.screen == .supervisorID)
        #expect(window.state.message?.key == "window.message.failed")
    }

    @Test func pinResetAsksTwiceAndKeepsNeither() throws {
        var window = try WindowHarness()
        window.logIn()
        window.type("21100007\n" + "3" + "1" + "1234\n" + "1243\n")
        #expect(window.desk.resets.isEmpty)
        #expect(window.state.screen == .newPIN)
        #expect(window.state.customer.newPIN == nil)
        window.type("5678\n5678\n")
        #expect(window.desk.resets.map(\.0) == ["100007"])
        #expect(window.desk.resets.map(\.1) == ["5678"])
        #expect(window.desk.resets.map(\.2) == [.passport])
        #expect(window.state.customer.newPIN == nil)
        #expect(window.state.input.isEmpty)
    }

    @Test func theTillIsClosedWithTheCountedCash() throws {
        var window = try WindowHarness()
        window.logIn()
        window.type("4")
        #expect(window.state.summary?.net(.window) == 300)
        window.type("1" + "290\n")
        #expect(window.state.screen == .confirmClose)
        #expect(window.state.tillCount == TillCount(changeFloat: 10_000, takings: 300, counted: 290))
        #expect(window.state.tillCount?.expected == 10_300)
        #expect(window.desk.closes.isEmpty, "nothing is closed before the clerk confirms")
        window.type("\u{1b}" + "10300\n")
        #expect(window.state.tillCount?.difference == 0)
        window.type("\u{1b}" + "10290\n" + "1")
        #expect(window.desk.closes == [10290])
        #expect(window.state.close?.difference == -10 && window.state.close?.changeFloat == 10_000)
        #expect(WindowMenu.items(for: window.state).first?.isEnabled == false)
    }

    @Test func tenMinutesIdleLogsOut() throws {
        var window = try WindowHarness()
        window.logIn()
        window.type("1")
        window.advance(599)
        #expect(window.state.staff != nil)
        window.advance(1)
        #expect(window.state.staff == nil)
        #expect(window.state.screen == .staffID)
        #expect(window.state.customer == WindowCustomer())
    }

    /// A till closed earlier in the day is known at login: money steps are shown closed, not refused at the end.
    @Test func aClosedTillIsShownUpFront() throws {
        var window = try WindowHarness()
        window.desk.closedEarlier = DailySummary.Close(terminal: "W-01", staffID: "clerk01", changeFloat: 0, expectedCash: 300,
                                                       countedCash: 300, closedAt: "2026-11-25T06:00:00Z")
        window.logIn()
        #expect(WindowMenu.items(for: window.state).map(\.unavailable) == ["tillClosed", nil, "tillClosed", nil, nil, nil])
        #expect(window.state.cursor == 1)
        window.type("3")
        #expect(window.state.screen == .home && window.state.message == WindowMessage("window.unavailable.tillClosed"))
    }

    @Test func enterOnAnEmptyFieldSaysWhatIsMissing() throws {
        var window = try WindowHarness()
        window.type("\n")
        #expect(window.state.screen == .staffID && window.state.message == WindowMessage("window.message.required"))
        window.logIn()
        window.type("11\n")
        #expect(window.state.screen == .cardNumber && window.state.message == WindowMessage("window.message.required"))
    }

    @Test func outsideHoursOnlyASupervisorRunsReports() throws {
        let saturday = CityClock.japan.date(year: 2026, month: 11, day: 28, hour: 10)
        var clerk = try WindowHarness(now: saturday)
        clerk.logIn()
        #expect(WindowMenu.items(for: clerk.state).map(\.isEnabled) == [false, false, false, false, false, true])
        clerk.type("1")
        #expect(clerk.state.screen == .home)
        #expect(clerk.state.message == WindowMessage("window.unavailable.outsideHours"))
        var supervisor = try WindowHarness(now: saturday)
        supervisor.logIn("super01", "super-pass")
        supervisor.type("4")
        #expect(supervisor.state.screen == .daily)
    }

    @Test func unknownCardIsSaid() throws {
        var window = try WindowHarness()
        window.logIn()
        window.type("11" + "999999\n")
        #expect(window.state.message == WindowMessage("window.message.notFound"))
        #expect(window.desk.orders.isEmpty)
    }
}
