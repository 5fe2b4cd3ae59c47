import Foundation
import KofuCore
import Testing
@testable import KofuStore

/// What the window issues for someone who is not a current resident: a 広域交付住民票 for another town's resident,
/// and for those who moved out or died their 除票 and the tax certificates of the years they lived here.
@Suite struct WindowRegisterTests {
    let directory: TemporaryDirectory
    let database: KofuDatabase
    let desk: SQLiteWindowDesk

    init() throws {
        (directory, database, desk, _) = try Fixture.window()
    }

    static let otherTown = "R022"
    static let movedOut = "R019"
    static let deceased = "R021"

    func issue(_ residentID: String, _ request: WindowCertificate, proxy: Proxy? = nil,
               identity: IdentityDocument = .driversLicence) throws -> String {
        var order = WindowIssueTests.order(residentID, request, proxy: proxy)
        order.identity = identity
        let receipt = try desk.issue(order, at: now)
        return try database.read { db in
            try String.fetchOne(db, sql: "SELECT body FROM document WHERE issuance_id = ?", arguments: [receipt.issuanceID])!
        }
    }

    static func record(_ options: ResidentRecordOptions = ResidentRecordOptions()) -> WindowCertificate {
        .kiosk(.residentRecord(options))
    }

    @Test func anotherTownsResidentGetsAWideAreaRecordCertifiedByTheCity() throws {
        let komaki = try #require(Fixture.seed.municipalities.first { $0.code == Fixture.seed.city })
        let body = try issue(Self.otherTown, Self.record(ResidentRecordOptions(includeHeadAndRelationship: true)))
        #expect(body.contains("住 民 票 の 写 し （ 広 域 交 付 ）"))
        #expect(body.contains("この写しは、住民基本台帳法第12条の4の規定により交付するみどり野町の住民票の原本と相違ないことを証明する。"))
        #expect(body.contains("\(komaki.name)長　\(komaki.mayor)　【\(komaki.name)長之印】"))
        #expect(!body.contains("みどり野町長") && !body.contains("本籍") && !body.contains("個人番号"))
        #expect(body.contains("大野 浩二") && body.contains("世帯主"))
        let charge = try #require(try database.ledgerEntries(businessDate: nil).last)
        #expect(charge.amount == 300 && charge.kind == .residentRecord && charge.channel == .window)
        let wife = Proxy.member(HouseholdMember(residentID: "R023", name: "大野 恵美", relationship: "妻"))
        #expect(try issue(Self.otherTown, Self.record(), proxy: wife).contains("広 域 交 付"))
    }

    @Test(arguments: [
        (record(ResidentRecordOptions(includeDomicile: true)), nil, IdentityDocument.passport, WindowError.notInWideArea),
        (record(ResidentRecordOptions(includeMyNumber: true)), nil, .passport, .notInWideArea),
        (.kiosk(.incomeTax(fiscalYear: 2026)), nil, .passport, .otherTown("みどり野町")),
        (.kiosk(.sealRegistration), nil, .passport, .otherTown("みどり野町")),
        (record(), Proxy(standing: .attorney, name: "代理 人", purpose: "就職", submitTo: "会社"), .passport,
         .wideAreaApplicant),
        (record(), nil, .twoNonPhotoDocuments, .photoIDRequired),
    ] as [(WindowCertificate, Proxy?, IdentityDocument, WindowError)])
    func aWideAreaRecordKeepsToTheLaw(request: WindowCertificate, proxy: Proxy?, identity: IdentityDocument,
                                      error: WindowError) throws {
        #expect(throws: error) { try issue(Self.otherTown, request, proxy: proxy, identity: identity) }
        #expect(try database.count("issuance") == 0 && database.count("ledger") == 0)
    }

    @Test func aMovedOutResidentsRemovedRecordSaysWhenAndWhere() throws {
        let body = try issue(Self.movedOut, .removedResidentRecord(ResidentRecordOptions()))
        #expect(body.contains("住 民 票 の 除 票 の 写 し"))
        #expect(body.contains("転出先　　岐阜県岐阜市加納栄町通二丁目15番地"))
        #expect(body.contains("備考　　　令和8年10月15日転出"))
        #expect(body.contains("この写しは、住民票の除票の原本と相違ないことを証明する。"))
        #expect(try database.ledgerEntries(businessDate: nil).last?.kind == .removedResidentRecord)
        // Income of 2025: on 1 January 2026 he lived here, so the city certifies it.
        #expect(try issue(Self.movedOut, .kiosk(.incomeTax(fiscalYear: 2026))).contains("所 得 ・ 課 税 証 明 書"))
    }

    @Test func whatARemovedRecordCannotBe() throws {
        #expect(throws: WindowError.residentNotActive(Self.movedOut)) { try issue(Self.movedOut, Self.record()) }
        #expect(throws: WindowError.removedRecordAlone) {
            try issue(Self.movedOut, .removedResidentRecord(ResidentRecordOptions(scope: .wholeHousehold)))
        }
        #expect(throws: WindowError.sealRegistrationEnded) { try issue(Self.movedOut, .kiosk(.sealRegistration)) }
        #expect(throws: WindowError.notRemoved("R001")) { try issue("R001", .removedResidentRecord(ResidentRecordOptions())) }
        #expect(try database.count("issuance") == 0)
    }

    @Test func aDeceasedResidentsRecordGoesToAnHeirWhoseRelationshipIsRecorded() throws {
        let removed = WindowCertificate.removedResidentRecord(ResidentRecordOptions())
        #expect(throws: WindowError.deceasedInPerson) { try issue(Self.deceased, removed) }
        let heir = Proxy(standing: .heir, name: "山田 一", relationship: "子", purpose: "相続手続き", submitTo: "小牧信用金庫")
        var unrelated = heir
        unrelated.relationship = ""
        #expect(throws: WindowError.relationshipMissing) { try issue(Self.deceased, removed, proxy: unrelated) }
        var attorney = unrelated
        attorney.standing = .attorney
        #expect(throws: WindowError.relationshipMissing, "an attorney acts for an heir") {
            try issue(Self.deceased, removed, proxy: attorney)
        }
        var silent = heir
        silent.purpose = ""
        #expect(throws: WindowError.proxyPurposeMissing) { try issue(Self.deceased, removed, proxy: silent) }
        #expect(throws: WindowError.heirOfTheLiving) { try issue("R001", Self.record(), proxy: heir) }
        #expect(throws: WindowError.myNumberNotOnRemovedRecord) {
            try issue(Self.deceased, .removedResidentRecord(ResidentRecordOptions(includeMyNumber: true)), proxy: heir)
        }
        let body = try issue(Self.deceased, removed, proxy: heir)
        #expect(body.contains("備考　　　令和8年8月3日死亡") && !body.contains("転出先"))
        var son = Proxy.member(HouseholdMember(residentID: "R020", name: "山田 博", relationship: "世帯主"))
        son.relationship = "子"
        _ = try issue(Self.deceased, .kiosk(.incomeTax(fiscalYear: 2026)), proxy: son)
        let applicants = try database.read { db in
            try SQLRow.fetchAll(db, sql: "SELECT applicant, applicant_relationship FROM issuance ORDER BY id")
        }
        #expect(applicants.map { $0["applicant"] as String } == ["heir", "householdMember"])
        #expect(applicants.map { $0["applicant_relationship"] as String } == ["子", "子"])
        let purposes = try database.read { db in try String?.fetchAll(db, sql: "SELECT proxy_purpose FROM issuance") }
        #expect(purposes == ["相続手続き", nil], "an heir's purpose is recorded; a household member states none")
    }

    @Test func myNumberOnARemovedRecordGoesOnlyToTheOneWhoMovedOutInPerson() throws {
        let withNumber = WindowCertificate.removedResidentRecord(ResidentRecordOptions(includeMyNumber: true))
        let father = Proxy.member(HouseholdMember(residentID: "R017", name: "林 誠", relationship: "世帯主"))
        #expect(throws: WindowError.myNumberNotOnRemovedRecord) { try issue(Self.movedOut, withNumber, proxy: father) }
        let body = try issue(Self.movedOut, withNumber)
        #expect(body.contains("個人番号") && body.contains(DocumentContent.groupMyNumber(Fixture.resident(Self.movedOut).myNumber)))
        #expect(try database.read { db in try String.fetchOne(db, sql: "SELECT delivery FROM issuance") } == "counter")
    }

    /// A year's inhabitant tax, and so its certificates, belong to the city of that year's 1 January.
    @Test func taxCertificatesOnlyForTheYearsLivedHereOnTheFirstOfJanuary() throws {
        #expect(throws: WindowError.notResidentOnJanuary1(2027)) {
            try issue(Self.movedOut, .kiosk(.incomeTax(fiscalYear: 2027)))
        }
        #expect(throws: WindowError.notResidentOnJanuary1(2027)) {
            try issue(Self.movedOut, .taxPayment(fiscalYear: 2027, item: .inhabitantTax))
        }
        let tax = try issue(Self.movedOut, .taxPayment(fiscalYear: 2026, item: .inhabitantTax))
        #expect(tax.contains("納 税 証 明 書") && tax.contains("林 拓也") && tax.contains("納期未到来"))
    }

    @Test func aProtectedResidentOfAnotherTownGetsNoWideAreaRecord() throws {
        try database.write { db in
            try db.execute(sql: "UPDATE resident SET protection_measure = 1 WHERE id = ?", arguments: [Self.otherTown])
        }
        #expect(throws: WindowError.protectedNoWideArea) { try issue(Self.otherTown, Self.record()) }
        #expect(try database.count("issuance") == 0)
    }
}
