import Foundation
import KofuCore
import Testing
@testable import KofuStore

/// 住民票の写し: the household's wording, and a 備考 for every person listed.
@Suite struct ResidentRecordCertificateTests {
    let directory: TemporaryDirectory
    let database: KofuDatabase
    let desk: SQLiteIssuanceDesk

    init() throws {
        (directory, database, desk) = try Fixture.seededDesk()
    }

    func certificate(_ card: SeedFile.Credential, _ options: ResidentRecordOptions) throws -> [String] {
        try database.documentLines(try desk.issue(IssuanceTests.order(card, .residentRecord(options)), at: now))
    }

    @Test func aOnePersonHouseholdGetsTheWholeHouseholdWording() throws {
        // 加藤 健一 lives alone: his 世帯全員 lists him, under the household's title and certifying sentence.
        let card = Fixture.credential(noteEn: "no seal registered (business income)")
        let text = try certificate(card, ResidentRecordOptions(scope: .wholeHousehold, includeHeadAndRelationship: true))
        #expect(text[0] == String(repeating: " ", count: 18) + "世 帯 全 員 の 住 民 票 の 写 し")
        #expect(text.contains("世帯主　加藤 健一"))
        #expect(text.contains("（1）氏名　加藤 健一"))
        #expect(text.filter { $0.hasPrefix("（") && $0.contains("）氏名") }.count == 1)
        #expect(text.contains { $0.hasPrefix("記載人数　1人") })
        #expect(text.contains("この写しは、世帯全員の住民票の原本と相違ないことを証明する。"))
    }

    @Test func aCopyOfSomeoneAloneKeepsThePlainWording() throws {
        let text = try certificate(Fixture.everyRecord, ResidentRecordOptions())
        #expect(text[0] == String(repeating: " ", count: 25) + "住 民 票 の 写 し")
        #expect(text.contains("この写しは、住民票の原本と相違ないことを証明する。"))
        #expect(!text.contains { $0.contains("世帯全員") })
    }

    @Test func everyPersonHasARemarksLine() throws {
        let text = try certificate(Fixture.everyRecord, ResidentRecordOptions(scope: .wholeHousehold))
        let persons = text.filter { $0.hasPrefix("（") && $0.contains("）氏名") }
        #expect(persons.count == 4)
        // Current residents have nothing to remark: the line is there, empty.
        #expect(text.filter { $0.hasPrefix("　　　　備考") } == Array(repeating: "　　　　備考　　　", count: 4))
    }

    @Test func theRemarksOfARemovedPersonSayWhenAndWhy() throws {
        let remarks = try database.read { db in
            try ["R021", "R019", "R001"].map { try ResidentFacts.fetch(db, id: $0)?.remarks }
        }
        #expect(remarks == ["令和8年8月3日死亡", "令和8年10月15日転出", ""])
    }
}
