import Foundation
import KofuCore
import Testing
@testable import KofuStore

/// Finding a resident at the window, and the PIN reset that follows an identity check.
@Suite struct WindowRegistryTests {
    let directory: TemporaryDirectory
    let database: KofuDatabase
    let desk: SQLiteWindowDesk
    let registry: SQLiteResidentRegistry

    init() throws {
        (directory, database, desk, _) = try Fixture.window()
        registry = SQLiteResidentRegistry(database: database, clock: clock)
    }

    @Test func findsByCardNumberAndSaysWhereTheResidentStands() throws {
        let match = try #require(try registry.find(cardNumber: Fixture.everyRecord.id))
        #expect(match.residentID == "R001" && match.name == "小牧 太郎" && match.kana == "コマキ タロウ")
        #expect(match.birthDate == "1980-04-12" && match.address == "愛知県小牧市堀の内三丁目1番地")
        #expect(try registry.find(cardNumber: "900001") == nil, "a smartphone is not a card")
        #expect(match.registration == .current)
        #expect(try registry.find(cardNumber: Fixture.credential(noteEn: "moved out").id)?.registration
            == .movedOut(on: "2026-10-15"), "a 除票 is kept and found")
        #expect(try registry.find(cardNumber: "100015")?.registration == .otherTown("みどり野町"))
        #expect(try registry.find(cardNumber: "123456") == nil)
    }

    @Test func searchesByPartOfTheKanaAndTheExactBirthDate() throws {
        #expect(try registry.search(kana: "カトウ ケン", birthDate: "1975-10-08").map(\.residentID) == ["R007"])
        #expect(try registry.search(kana: "ケンイチ", birthDate: "1975-10-08").map(\.residentID) == ["R007"])
        #expect(try registry.search(kana: "ケンイチ", birthDate: "1975-10-09").isEmpty)
        #expect(try registry.search(kana: "  ", birthDate: "1975-10-08").isEmpty)
        #expect(try registry.search(kana: "ハヤシタクヤ", birthDate: "1998-06-30").map(\.registration)
            == [.movedOut(on: "2026-10-15")])
        #expect(try registry.search(kana: "ヤマダ", birthDate: "1935-04-03").map(\.registration)
            == [.deceased(on: "2026-08-03")])
    }

    @Test func theSealCardIsCheckedAgainstTheResidentsOwnRegistration() throws {
        let seal = try #require(Fixture.seed.seals.first { $0.resident == "R001" })
        let other = try #require(Fixture.seed.seals.first { $0.resident == "R002" })
        #expect(try registry.sealCardMatches(residentID: "R001", number: seal.number))
        #expect(try !registry.sealCardMatches(residentID: "R001", number: other.number))
        #expect(try !registry.sealCardMatches(residentID: "R007", number: seal.number), "R007 has no seal")
    }

    @Test func aProtectionMeasureIsPartOfTheProfile() throws {
        let protected = try #require(Fixture.seed.residents.first { $0.protectionMeasure && $0.status == .active })
        #expect(try registry.windowProfile(residentID: protected.id, at: now).protectionMeasure)
        #expect(try !registry.windowProfile(residentID: "R001", at: now).protectionMeasure)
    }

    @Test func windowProfileHasTheHouseholdRecordsAndCredentials() throws {
        let profile = try registry.windowProfile(residentID: "R007", at: now)
        #expect(profile.resident.name == "加藤 健一" && profile.householdMembers.isEmpty && !profile.hasSealRegistration)
        #expect(profile.incomeFiscalYears == [2025, 2026])
        #expect(profile.businesses.map(\.registrationID) == ["B0001", "B0002"])
        let inhabitant = try #require(profile.taxPayments.first { $0.fiscalYear == 2026 && $0.item == .inhabitantTax })
        // On 11/25 the October installment is past due, the January one not due yet.
        #expect(inhabitant.assessed == 283_600 && inhabitant.paid == 141_800)
        #expect(inhabitant.unpaid == 70_900 && inhabitant.notYetDue == 70_900)
        #expect(profile.credentialIDs == ["100007"])

        let family = try registry.windowProfile(residentID: "R001", at: clock.date(year: 2026, month: 5, day: 1))
        #expect(family.householdMembers.map(\.residentID) == ["R002", "R003", "R004"] && family.hasSealRegistration)
        #expect(family.incomeFiscalYears == [2024, 2025], "2026 opens on June 1")
        #expect(try registry.windowProfile(residentID: "R002", at: now).credentialIDs == ["100002", "900001"])
        let deceased = try registry.windowProfile(residentID: "R021", at: now)
        #expect(deceased.resident.registration == .deceased(on: "2026-08-03") && deceased.credentialIDs.isEmpty)
        #expect(deceased.householdMembers.map(\.residentID) == ["R020"])
        #expect(try registry.windowProfile(residentID: "R022", at: now).credentialIDs.isEmpty,
                "another town's card gets its PIN reset there")
    }

    @Test func pinResetClearsTheLockAndTheKioskAcceptsTheNewPIN() throws {
        let locked = Fixture.credential(noteEn: "locked")
        let authority = SQLiteCertificateAuthority(database: database, clock: clock)
        #expect(try authority.authenticate(credentialID: locked.id, pin: PIN(locked.pin), at: now) == .refused(.locked))
        #expect(throws: WindowError.pinIncomplete) {
            try desk.resetPIN(credentialID: locked.id, newPIN: PIN("12"), identity: .passport, staffID: Fixture.staff(.clerk).id, at: now)
        }
        try desk.resetPIN(credentialID: locked.id, newPIN: PIN("4071"), identity: .passport, staffID: Fixture.staff(.clerk).id, at: now)
        #expect(try database.listCredentials().first { $0.id == locked.id }.map { ($0.state, $0.triesLeft) }! == (.active, 3))
        #expect(try authority.authenticate(credentialID: locked.id, pin: PIN(locked.pin), at: now) == .wrongPIN(triesLeft: 2))
        guard case .authenticated(let profile) = try authority.authenticate(credentialID: locked.id, pin: PIN("4071"),
                                                                            at: now) else {
            Issue.record("the new PIN must be accepted at the kiosk")
            return
        }
        #expect(profile.residentID == locked.resident)
        let audit = try #require(try database.audit().last)
        // Staff can trace which card was reset against which document; the PIN itself is never written.
        #expect(audit.action == "pin-reset" && audit.detail.contains(locked.id) && audit.detail.contains("passport"))
        #expect(!audit.detail.contains("4071"))
    }

    @Test func revokedCredentialGetsNoNewPIN() throws {
        let revoked = Fixture.credential(noteEn: "revoked (reported lost)")
        #expect(throws: IssuanceError.credentialRefused(credentialID: revoked.id, .revoked)) {
            try desk.resetPIN(credentialID: revoked.id, newPIN: PIN("4071"), identity: .passport, staffID: Fixture.staff(.clerk).id, at: now)
        }
        #expect(try database.count("audit") == 0)
    }
}
