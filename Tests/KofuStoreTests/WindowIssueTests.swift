import Foundation
import KofuCore
import Testing
@testable import KofuStore

@Suite struct WindowIssueTests {
    let directory: TemporaryDirectory
    let database: KofuDatabase
    let desk: SQLiteWindowDesk

    init() throws {
        (directory, database, desk, _) = try Fixture.window()
    }

    static let selfEmployed = "R007"

    /// Paid with the exact fee unless `cash` says otherwise; an exemption takes no cash.
    static func order(_ residentID: String, _ request: WindowCertificate, copies: Int = 1, proxy: Proxy? = nil,
                      sealCard: String? = nil, exemption: ExemptionReason? = nil, approvedBy: String? = nil,
                      cash: Int? = nil, terminal: String = "W-01") -> WindowOrder {
        WindowOrder(residentID: residentID, identity: .driversLicence, proxy: proxy, request: request, copies: copies,
                    sealCardNumber: sealCard, exemption: exemption, approvedBy: approvedBy,
                    cashReceived: cash ?? (exemption == nil ? copies * Channel.window.unitFee : nil),
                    staffID: Fixture.staff(.clerk).id, terminal: terminal)
    }

    func body(_ receipt: IssuanceReceipt) throws -> String {
        try database.read { db in
            try String.fetchOne(db, sql: "SELECT body FROM document WHERE issuance_id = ? ORDER BY copy_number",
                                arguments: [receipt.issuanceID])!
        }
    }

    func expectNothingWritten() throws {
        for table in ["issuance", "document", "ledger", "audit"] {
            #expect(try database.count(table) == 0, "\(table) must stay empty")
        }
    }

    @Test func taxPaymentCertificateCosts300YenACopyAndShowsTheAmounts() throws {
        let record = try #require(Fixture.seed.taxPayments.first {
            $0.resident == Self.selfEmployed && $0.fiscalYear == 2026 && $0.item == .inhabitantTax
        })
        let receipt = try desk.issue(Self.order(Self.selfEmployed, .taxPayment(fiscalYear: 2026, item: .inhabitantTax),
                                                copies: 2), at: now)
        #expect(receipt.amount == 600 && receipt.serials.allSatisfy { $0.hasPrefix("W-\(try! database.storeID())-20261125-") })
        let charge = try #require(try database.ledgerEntries(businessDate: "2026-11-25").first)
        #expect(charge.entryType == .charge && charge.channel == .window && charge.unitFee == 300 && charge.amount == 600)
        #expect(charge.kind == .taxPayment && charge.terminal == "W-01")

        let text = try body(receipt)
        let assessed = record.installments.reduce(0) { $0 + $1.assessed }
        let paid = record.installments.reduce(0) { $0 + $1.paid }
        // Only what fell due by the issue date is 未納; the rest is 納期未到来, totalled apart.
        let pastDue = record.installments.filter { $0.dueOn <= "2026-11-25" }.reduce(0) { $0 + $1.assessed - $1.paid }
        #expect(pastDue > 0 && pastDue < assessed - paid, "the demo record has both 未納 and 納期未到来")
        let total = try #require(text.split(separator: "\n").first { $0.hasPrefix("合計") })
        #expect(total.hasSuffix(Yen.padded(assessed, width: 14) + Yen.padded(paid, width: 14)
                                + Yen.padded(pastDue, width: 14)))
        let notYetDue = try #require(text.split(separator: "\n").first { $0.hasPrefix("納期未到来額") })
        #expect(notYetDue.hasSuffix(Yen.padded(assessed - paid - pastDue, width: 14)))
        #expect(text.contains("納 税 証 明 書") && text.contains("税目　　　　市県民税（森林環境税を含む）"))
        #expect(text.contains("令和8年度（令和7年分）") && text.contains("第4期   令和9年2月1日"))
        #expect(text.contains("氏名　　　　\(Fixture.name(Self.selfEmployed))"))
        #expect(text.contains("窓口交付 端末 W-01"))
        // Every installment line is as wide as the header, so the columns line up.
        let lines = text.split(separator: "\n").map(String.init)
        let header = try #require(lines.first { $0.hasPrefix("期別") })
        for line in lines where line.hasPrefix("第") || line.hasPrefix("合計") || line.hasPrefix("納期未到来額") {
            #expect(DisplayWidth.of(line) == DisplayWidth.of(header), "\(line)")
        }
    }

    static let stranger = Proxy(standing: .attorney, name: "代理 人", purpose: "銀行口座開設", submitTo: "東海銀行 小牧支店")

    func issuanceRow(_ receipt: IssuanceReceipt) throws -> SQLRow {
        try database.read { db in
            try SQLRow.fetchOne(db, sql: "SELECT * FROM issuance WHERE id = ?", arguments: [receipt.issuanceID])!
        }
    }

    @Test func windowIssuanceRecordsWhoServedOnWhatEvidenceAndIsAudited() throws {
        let receipt = try desk.issue(Self.order(Self.selfEmployed, .business(registrationID: "B0001"),
                                                proxy: Self.stranger), at: now)
        let row = try issuanceRow(receipt)
        #expect(row["staff_id"] == Fixture.staff(.clerk).id && row["identity_document"] == "driversLicence")
        #expect(row["proxy_name"] == "代理 人" && row["channel"] == "window" && row["credential_id"] == nil as String?)
        #expect(row["applicant"] == "attorney" && row["proxy_purpose"] == "銀行口座開設")
        #expect(row["proxy_submit_to"] == "東海銀行 小牧支店" && row["delivery"] == "counter")
        let audit = try database.audit()
        #expect(audit.count == 1 && audit[0].action == "issue" && audit[0].staff == Fixture.staff(.clerk).id)
        let text = try body(receipt)
        #expect(text.contains("営 業 証 明 書") && text.contains("加藤設計事務所") && text.contains("建築設計業"))
        #expect(text.contains("営業開始日　　平成20年4月1日"))
    }

    @Test func businessOfAnotherResidentIsRefused() throws {
        #expect(throws: WindowError.unknownBusiness(registrationID: "B0003", residentID: Self.selfEmployed)) {
            try desk.issue(Self.order(Self.selfEmployed, .business(registrationID: "B0003")), at: now)
        }
        try expectNothingWritten()
    }

    @Test func missingTaxRecordIsRefused() throws {
        #expect(throws: WindowError.noTaxRecord(residentID: "R002", fiscalYear: 2026, item: .fixedAssetTax)) {
            try desk.issue(Self.order("R002", .taxPayment(fiscalYear: 2026, item: .fixedAssetTax)), at: now)
        }
        try expectNothingWritten()
    }

    static let withMyNumber = WindowCertificate.kiosk(.residentRecord(ResidentRecordOptions(includeMyNumber: true)))

    @Test(arguments: [
        (Proxy(standing: .attorney, name: "他人", purpose: "就職"), WindowError.proxyPurposeMissing),
        (Proxy(standing: .attorney, name: "他人"), WindowError.proxyPurposeMissing),
        // A household member is one the register knows in this household, never a name typed in.
        (Proxy(standing: .householdMember, name: "小牧 花子"), WindowError.notAHouseholdMember),
        (Proxy(standing: .householdMember, name: "丹羽 和子", memberID: "R006"), WindowError.notAHouseholdMember),
        (Proxy(standing: .householdMember, name: "小牧 太郎", memberID: "R001"), WindowError.notAHouseholdMember),
    ])
    func applicantsOtherThanTheResidentAreChecked(proxy: Proxy, error: WindowError) throws {
        #expect(throws: error) { try desk.issue(Self.order("R001", Self.withMyNumber, proxy: proxy), at: now) }
        try expectNothingWritten()
    }

    @Test func householdMemberNeedsNoPowerOfAttorneyAndTakesMyNumberOverTheCounter() throws {
        let spouse = Proxy.member(HouseholdMember(residentID: "R002", name: Fixture.name("R002"), relationship: "妻"))
        let receipt = try desk.issue(Self.order("R001", Self.withMyNumber, proxy: spouse), at: now)
        #expect(try body(receipt).contains(DocumentContent.groupMyNumber(Fixture.resident("R001").myNumber)))
        let row = try issuanceRow(receipt)
        #expect(row["applicant"] == "householdMember" && row["applicant_resident_id"] == "R002")
        #expect(row["delivery"] == "counter" && row["proxy_purpose"] == nil as String?)
    }

    /// 個人番号 asked for by a proxy from outside the household is issued, and recorded as mailed to the resident.
    @Test func myNumberForAProxyFromOutsideIsMailedToTheRegisteredAddress() throws {
        let receipt = try desk.issue(Self.order("R001", Self.withMyNumber, proxy: Self.stranger), at: now)
        #expect(try issuanceRow(receipt)["delivery"] == "mailToRegisteredAddress")
        let plain = WindowCertificate.kiosk(.residentRecord(ResidentRecordOptions()))
        let handed = try desk.issue(Self.order("R001", plain, proxy: Self.stranger), at: now)
        #expect(try issuanceRow(handed)["delivery"] == "counter")
    }

    @Test func residentUnderProtectionIsServedInPersonOnly() throws {
        let protected = try #require(Fixture.seed.residents.first { $0.protectionMeasure && $0.status == .active })
        let child = try #require(Fixture.seed.residents.first { $0.household == protected.household && $0.id != protected.id })
        let family = Proxy.member(HouseholdMember(residentID: child.id, name: "家族", relationship: "子"))
        let plain = WindowCertificate.kiosk(.residentRecord(ResidentRecordOptions()))
        #expect(throws: WindowError.proxyUnderProtectionMeasure) {
            try desk.issue(Self.order(protected.id, plain, proxy: family), at: now)
        }
        #expect(try desk.issue(Self.order(protected.id, plain), at: now).amount == 300)
    }

    @Test func sealCertificateNeedsTheSealRegistrationCard() throws {
        let seal = try #require(Fixture.seed.seals.first { $0.resident == "R001" })
        let request = WindowCertificate.kiosk(.sealRegistration)
        #expect(throws: WindowError.sealCardMismatch) { try desk.issue(Self.order("R001", request), at: now) }
        #expect(throws: WindowError.sealCardMismatch) {
            try desk.issue(Self.order("R001", request, sealCard: "100001"), at: now)
        }
        try expectNothingWritten()
        let receipt = try desk.issue(Self.order("R001", request, sealCard: seal.number), at: now)
        #expect(try body(receipt).contains("登録番号　　\(seal.number)"))
    }

    @Test(arguments: ["R019", "R021"])
    func movedOutAndDeceasedResidentsAreRefused(residentID: String) throws {
        #expect(throws: WindowError.residentNotActive(residentID)) {
            try desk.issue(Self.order(residentID, .kiosk(.residentRecord(ResidentRecordOptions()))), at: now)
        }
        try expectNothingWritten()
    }

    @Test func unknownStaffCannotIssue() throws {
        var order = Self.order("R001", .kiosk(.residentRecord(ResidentRecordOptions())))
        order.staffID = "S999"
        #expect(throws: StaffError.unknownStaff("S999")) { try desk.issue(order, at: now) }
        try expectNothingWritten()
    }

    @Test(arguments: [(28, 10, false), (29, 10, true), (25, 16, false), (25, 8, false), (23, 10, false)])
    func issuesOnlyInWindowHours(day: Int, hour: Int, open: Bool) throws {
        // 11/28 is a Saturday, 11/29 a Sunday (the Sunday window), 11/23 a national holiday (勤労感謝の日).
        let date = clock.date(year: 2026, month: 11, day: day, hour: hour)
        let order = Self.order("R001", .kiosk(.residentRecord(ResidentRecordOptions())))
        if open {
            #expect(try desk.issue(order, at: date).amount == 300)
        } else {
            #expect(throws: WindowError.outsideWindowHours) { try desk.issue(order, at: date) }
            try expectNothingWritten()
        }
    }
}
