import Foundation
import KofuCore
import Testing
@testable import KofuStore

@Suite struct IssuanceTests {
    let directory: TemporaryDirectory
    let database: KofuDatabase
    let desk: SQLiteIssuanceDesk

    init() throws {
        (directory, database, desk) = try Fixture.seededDesk()
    }

    static func order(_ card: SeedFile.Credential, _ request: CertificateRequest, copies: Int = 1) -> IssuanceOrder {
        IssuanceOrder(credentialID: card.id, residentID: card.resident, request: request, copies: copies,
                      channel: .kiosk, terminal: "T-0042")
    }

    func bodies(_ receipt: IssuanceReceipt) throws -> [String] {
        try database.read { db in
            try String.fetchAll(db, sql: "SELECT body FROM document WHERE issuance_id = ? ORDER BY copy_number",
                                arguments: [receipt.issuanceID])
        }
    }

    @Test func paidIssuanceWritesOneLedgerRowAndOneDocumentPerCopy() throws {
        let card = Fixture.everyRecord
        let receipt = try desk.issue(Self.order(card, .residentRecord(ResidentRecordOptions()), copies: 2), at: now)
        #expect(receipt.amount == 300)
        #expect(receipt.businessDate == "2026-11-25")
        #expect(receipt.serials.count == 2 && Set(receipt.serials).count == 2)
        #expect(receipt.serials.allSatisfy { $0.wholeMatch(of: /K-[0-9A-F]{6}-20261125-\d{6}-[12]/) != nil })

        let ledger = try database.ledgerEntries(businessDate: nil)
        #expect(ledger.count == 1)
        let charge = try #require(ledger.first)
        #expect(charge.entryType == .charge && charge.amount == 300 && charge.unitFee == 150 && charge.copies == 2)
        #expect(charge.channel == .kiosk && charge.terminal == "T-0042" && charge.kind == .residentRecord)
        #expect(charge.issuanceID == receipt.issuanceID && charge.businessDate == "2026-11-25")
        #expect(charge.createdAt == "2026-11-25T01:02:00Z")

        let texts = try bodies(receipt)
        #expect(texts.count == 2)
        let holder = Fixture.resident(card.resident)
        let spouse = try #require(Fixture.seed.residents.first { $0.household == holder.household && $0.id != holder.id })
        for (text, serial) in zip(texts, receipt.serials) {
            #expect(text.contains(Fixture.name(card.resident)))
            #expect(text.contains("\(holder.familyNameKana) \(holder.givenNameKana)"))
            #expect(!text.contains(spouse.givenName), "holder-only record must not list other members")
            #expect(!text.contains(holder.myNumber), "My Number only when chosen")
            #expect(text.contains("証明書番号　\(serial)"))
            #expect(text.contains("コンビニ交付 端末 T-0042"))
        }
    }

    @Test func wholeHouseholdRecordWithEveryOptionListsCurrentMembers() throws {
        let card = Fixture.everyRecord
        let options = ResidentRecordOptions(scope: .wholeHousehold, includeHeadAndRelationship: true,
                                            includeDomicile: true, includeMyNumber: true)
        let text = try #require(try bodies(try desk.issue(Self.order(card, .residentRecord(options)), at: now)).first)
        let holder = Fixture.resident(card.resident)
        let members = Fixture.seed.residents.filter { $0.household == holder.household && $0.status == .active }
        for member in members {
            #expect(text.contains("\(member.familyName) \(member.givenName)"))
            #expect(text.contains(DocumentContent.groupMyNumber(member.myNumber)))
        }
        #expect(text.contains("記載人数　\(members.count)人"))
        #expect(text.contains("本籍　　　\(holder.domicile)"))
        #expect(text.contains("続柄　　　\(holder.relationship)"))
        #expect(text.contains("住 民 票 の 写 し"))
        #expect(text.contains("世 帯 全 員 の 住 民 票 の 写 し"))
        #expect(text.contains("この写しは、世帯全員の住民票の原本と相違ないことを証明する。"))
        #expect(text.contains("令和8年11月25日"))
        #expect(text.contains("小牧市長　\(Fixture.seed.municipalities[0].mayor)　【小牧市長之印】"))
    }

    @Test func sealCertificateDrawsTheImpressionInABox() throws {
        let card = Fixture.everyRecord
        let seal = try #require(Fixture.seed.seals.first { $0.resident == card.resident })
        let text = try #require(try bodies(try desk.issue(Self.order(card, .sealRegistration), at: now)).first)
        let lines = text.split(separator: "\n").map(String.init)
        let middle = try #require(lines.firstIndex { $0.contains("│ \(seal.impression) │") })
        let widths = lines[(middle - 1)...(middle + 1)].map(DisplayWidth.of)
        #expect(Set(widths).count == 1, "the box's three lines must be equally wide: \(widths)")
        #expect(lines[middle - 1].contains("┌") && lines[middle + 1].contains("└"))
        #expect(text.contains("登録番号　　\(seal.number)"))
        #expect(text.contains("この写しは、登録されている印影と相違ないことを証明する。"))
    }

    @Test func incomeCertificateShowsTheYearAndAmounts() throws {
        let card = Fixture.everyRecord
        let income = try #require(Fixture.seed.incomes.first { $0.resident == card.resident && $0.fiscalYear == 2026 })
        let text = try #require(try bodies(try desk.issue(Self.order(card, .incomeTax(fiscalYear: 2026)), at: now)).first)
        #expect(text.contains("令和8年度（令和7年分）"))
        #expect(text.contains(Yen.format(income.totalIncome)))
        #expect(text.contains(Yen.format(income.municipalTax)))
        #expect(text.contains("市民税") && text.contains("県民税"))
        #expect(text.contains("　扶養親族　　　　　　\(income.dependants.count)人"))
    }

    /// Orders the record does not support, with the error each must raise.
    static func invalidOrder(_ name: String) -> (IssuanceOrder, IssuanceError) {
        let main = Fixture.everyRecord
        let household = Fixture.resident(main.resident).household
        switch name {
        case "seal without registration":
            let card = Fixture.credential(noteEn: "no seal registered (business income)")
            return (order(card, .sealRegistration), .noSealRegistration(residentID: card.resident))
        case "member of another household":
            let other = Fixture.seed.residents.first { $0.household != household }!
            return (order(main, .residentRecord(ResidentRecordOptions(scope: .members([other.id])))),
                    .memberNotInHousehold(other.id))
        case "deceased member":
            let deceased = Fixture.resident(Fixture.credential(noteEn: "deceased (card revoked)").resident)
            let card = Fixture.seed.credentials.first {
                $0.state == .active && $0.resident != deceased.id && Fixture.resident($0.resident).household == deceased.household
            }!
            return (order(card, .residentRecord(ResidentRecordOptions(scope: .members([card.resident, deceased.id])))),
                    .memberNotActive(deceased.id))
        case "no members chosen":
            return (order(main, .residentRecord(ResidentRecordOptions(scope: .members([])))), .noMembersChosen)
        case "no income record":
            let card = Fixture.credential(noteEn: "no income record")
            return (order(card, .incomeTax(fiscalYear: 2026)), .noIncomeRecord(residentID: card.resident, fiscalYear: 2026))
        case "too many copies":
            return (order(main, .residentRecord(ResidentRecordOptions()), copies: 11), .copiesOutOfRange(11))
        case "someone else's card":
            var o = order(main, .residentRecord(ResidentRecordOptions()))
            o.residentID = Fixture.credential(noteEn: "pension income (elderly couple)").resident
            return (o, .credentialOfAnotherResident(credentialID: main.id, residentID: o.residentID))
        case "revoked card":
            let card = Fixture.credential(noteEn: "revoked (reported lost)")
            return (order(card, .residentRecord(ResidentRecordOptions())), .credentialRefused(credentialID: card.id, .revoked))
        case "holder under 15":
            let card = Fixture.credential(noteEn: "under 15")
            return (order(card, .residentRecord(ResidentRecordOptions())),
                    .credentialRefused(credentialID: card.id, .underFifteen))
        default:
            fatalError("no invalid order named \(name)")
        }
    }

    @Test(arguments: ["seal without registration", "member of another household", "deceased member", "no members chosen",
                      "no income record", "too many copies", "someone else's card", "revoked card", "holder under 15"])
    func invalidOrderWritesNothing(name: String) throws {
        let (order, expected) = Self.invalidOrder(name)
        #expect(throws: expected) { try desk.issue(order, at: now) }
        for table in ["issuance", "document", "ledger"] {
            #expect(try database.count(table) == 0, "\(table) must stay empty")
        }
    }

    @Test func fiscalYearIsNotIssuedBeforeJune() throws {
        let card = Fixture.everyRecord
        let may = clock.date(year: 2026, month: 5, day: 31, hour: 12)
        #expect(throws: IssuanceError.fiscalYearNotReleased(2026)) {
            try desk.issue(Self.order(card, .incomeTax(fiscalYear: 2026)), at: may)
        }
        #expect(try database.count("ledger") == 0)
        let june = clock.date(year: 2026, month: 6, day: 1, hour: 7)
        #expect(try desk.issue(Self.order(card, .incomeTax(fiscalYear: 2026)), at: june).amount == 150)
    }
}

/// The desk enforces kiosk hours itself: a session begun before closing must not be issued after it.
@Suite struct ServiceHoursTests {
    let directory: TemporaryDirectory
    let database: KofuDatabase
    let desk: SQLiteIssuanceDesk

    init() throws {
        (directory, database, desk) = try Fixture.seededDesk()
    }

    static let order = IssuanceTests.order(Fixture.everyRecord, .residentRecord(ResidentRecordOptions()))

    @Test func kioskIssuesUntilTheMinuteBeforeClosing() throws {
        let receipt = try desk.issue(Self.order, at: clock.date(year: 2026, month: 11, day: 25, hour: 22, minute: 59))
        #expect(receipt.amount == 150)
    }

    @Test(arguments: [(11, 25, 23), (12, 29, 12), (11, 25, 6)])
    func kioskRefusesOutsideHoursAndWritesNothing(month: Int, day: Int, hour: Int) throws {
        let date = clock.date(year: 2026, month: month, day: day, hour: hour)
        #expect(throws: IssuanceError.outsideServiceHours) { try desk.issue(Self.order, at: date) }
        for table in ["issuance", "document", "ledger"] {
            #expect(try database.count(table) == 0, "\(table) must stay empty")
        }
    }

    @Test func windowOrdersAreNotBoundByKioskHours() throws {
        var order = Self.order
        order.channel = .window
        order.terminal = "W-01"
        let receipt = try desk.issue(order, at: clock.date(year: 2026, month: 12, day: 29, hour: 23, minute: 30))
        #expect(receipt.serials.allSatisfy { $0.hasPrefix("W-\(try! database.storeID())-20261229-") })
    }
}
