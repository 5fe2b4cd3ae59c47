import Foundation
import KofuCore
import Testing
@testable import KofuStore

@Suite struct AuthorityTests {
    static func wrongPIN(for credential: SeedFile.Credential) -> PIN {
        PIN(credential.pin == "0000" ? "9999" : "0000")
    }

    @Test func twoWrongPINsThenTheRightOneResetsTheCounter() throws {
        let directory = try TemporaryDirectory()
        let database = try Fixture.seededDatabase(in: directory)
        let authority = SQLiteCertificateAuthority(database: database, clock: clock)
        let card = Fixture.everyRecord
        #expect(try authority.authenticate(credentialID: card.id, pin: Self.wrongPIN(for: card), at: now)
            == .wrongPIN(triesLeft: 2))
        #expect(try authority.authenticate(credentialID: card.id, pin: Self.wrongPIN(for: card), at: now)
            == .wrongPIN(triesLeft: 1))
        guard case .authenticated(let profile) = try authority.authenticate(credentialID: card.id, pin: PIN(card.pin),
                                                                            at: now) else {
            Issue.record("the right PIN after two wrong ones must authenticate")
            return
        }
        #expect(profile.residentID == card.resident)
        #expect(try database.listCredentials().first { $0.id == card.id }?.triesLeft == 3)
        // The counter starts again from zero: one more wrong PIN leaves two tries, not none.
        #expect(try authority.authenticate(credentialID: card.id, pin: Self.wrongPIN(for: card), at: now)
            == .wrongPIN(triesLeft: 2))
    }

    @Test func readingACardTellsItsStateAndTriesLeftBeforeAnyPIN() throws {
        let directory = try TemporaryDirectory()
        let database = try Fixture.seededDatabase(in: directory)
        let authority = SQLiteCertificateAuthority(database: database, clock: clock)
        let card = Fixture.everyRecord
        func read(_ id: String, _ kind: CredentialKind = .card) throws -> CredentialReading {
            try authority.read(credentialID: id, kind: kind, at: now)
        }
        #expect(try read(card.id) == .ready(triesLeft: 3))
        _ = try authority.authenticate(credentialID: card.id, pin: Self.wrongPIN(for: card), at: now)
        #expect(try read(card.id) == .ready(triesLeft: 2))
        #expect(try read("999999") == .refused(.unknownCredential))
        #expect(try read(Fixture.credential(noteEn: "locked").id) == .refused(.locked))
        #expect(try read(Fixture.credential(noteEn: "revoked (reported lost)").id) == .refused(.revoked))
        #expect(try read(Fixture.credential(noteEn: "expired").id) == .refused(.expired))
        // Reading never counts as an attempt.
        #expect(try read(card.id) == .ready(triesLeft: 2))
        // A card number is no smartphone credential, and the reverse.
        #expect(try read(card.id, .smartphone) == .refused(.unknownCredential))
        let phone = Fixture.credential(noteEn: "smartphone only")
        #expect(try read(phone.id, .card) == .refused(.unknownCredential))
        #expect(try read(phone.id, .smartphone) == .ready(triesLeft: 3))
    }

    @Test func threeWrongPINsLockAndTheLockSurvivesReopening() throws {
        let directory = try TemporaryDirectory()
        let card = Fixture.everyRecord
        let first = try Fixture.seededDatabase(in: directory)
        do {
            let database = try Fixture.reopen(first)
            let authority = SQLiteCertificateAuthority(database: database, clock: clock)
            _ = try authority.authenticate(credentialID: card.id, pin: Self.wrongPIN(for: card), at: now)
            _ = try authority.authenticate(credentialID: card.id, pin: Self.wrongPIN(for: card), at: now)
            #expect(try authority.authenticate(credentialID: card.id, pin: Self.wrongPIN(for: card), at: now)
                == .refused(.locked))
        }
        let reopened = try Fixture.reopen(first)
        let authority = SQLiteCertificateAuthority(database: reopened, clock: clock)
        #expect(try authority.authenticate(credentialID: card.id, pin: PIN(card.pin), at: now) == .refused(.locked))
        let summary = try #require(try reopened.listCredentials().first { $0.id == card.id })
        #expect(summary.state == .locked && summary.triesLeft == 0)
    }

    @Test func profileListsOtherCurrentMembersSealAndIncomeYears() throws {
        let directory = try TemporaryDirectory()
        let database = try Fixture.seededDatabase(in: directory)
        let authority = SQLiteCertificateAuthority(database: database, clock: clock)
        let card = Fixture.everyRecord
        guard case .authenticated(let profile) = try authority.authenticate(credentialID: card.id, pin: PIN(card.pin),
                                                                            at: now) else {
            Issue.record("the demo's main card must authenticate")
            return
        }
        let holder = Fixture.resident(card.resident)
        let others = Fixture.seed.residents.filter {
            $0.household == holder.household && $0.id != holder.id && $0.status == .active
        }
        #expect(profile.name == Fixture.name(card.resident))
        #expect(profile.householdMembers == others.map {
            HouseholdMember(residentID: $0.id, name: "\($0.familyName) \($0.givenName)", relationship: $0.relationship)
        })
        #expect(!profile.householdMembers.isEmpty)
        #expect(profile.hasSealRegistration == Fixture.seed.seals.contains { $0.resident == holder.id })
        #expect(profile.incomeFiscalYears == Fixture.seed.incomes.filter { $0.resident == holder.id }
            .map(\.fiscalYear).sorted())
    }

    @Test func householdMembersLeaveOutTheDeceased() throws {
        let directory = try TemporaryDirectory()
        let database = try Fixture.seededDatabase(in: directory)
        let authority = SQLiteCertificateAuthority(database: database, clock: clock)
        let deceased = Fixture.resident(Fixture.credential(noteEn: "deceased (card revoked)").resident)
        let survivor = try #require(Fixture.seed.residents.first {
            $0.household == deceased.household && $0.status == .active
        })
        let card = try #require(Fixture.seed.credentials.first { $0.resident == survivor.id && $0.state == .active })
        guard case .authenticated(let profile) = try authority.authenticate(credentialID: card.id, pin: PIN(card.pin),
                                                                            at: now) else {
            Issue.record("the survivor's credential must authenticate")
            return
        }
        #expect(!profile.householdMembers.contains { $0.residentID == deceased.id })
    }

    static let refusals: [(String, Refusal)] = [
        ("revoked (reported lost)", .revoked),
        ("expired", .expired),
        ("locked", .locked),
        ("under 15", .underFifteen),
        ("moved out", .movedOut),
        // 死亡届 revokes the card's certificates, so the card is refused before the register is read.
        ("deceased (card revoked)", .revoked),
        ("protection measure", .protectionMeasure),
        ("city not participating", .cityNotParticipating),
    ]

    /// Each with the right PIN, so the refusal cannot come from the PIN check.
    @Test(arguments: refusals)
    func demoCredentialIsRefused(noteEn: String, refusal: Refusal) throws {
        let directory = try TemporaryDirectory()
        let database = try Fixture.seededDatabase(in: directory)
        let authority = SQLiteCertificateAuthority(database: database, clock: clock)
        let card = Fixture.credential(noteEn: noteEn)
        #expect(try authority.authenticate(credentialID: card.id, pin: PIN(card.pin), at: now) == .refused(refusal))
    }

    /// Should a card outlive its holder's revocation, the register still refuses the deceased.
    @Test func theRegisterRefusesADeceasedHoldersCardNotYetRevoked() throws {
        let directory = try TemporaryDirectory()
        let database = try Fixture.seededDatabase(in: directory)
        let card = Fixture.credential(noteEn: "deceased (card revoked)")
        try database.write { db in
            try db.execute(sql: "UPDATE credential SET state = 'active' WHERE id = ?", arguments: [card.id])
        }
        let authority = SQLiteCertificateAuthority(database: database, clock: clock)
        #expect(try authority.authenticate(credentialID: card.id, pin: PIN(card.pin), at: now) == .refused(.deceased))
    }

    /// The boundary cases that must still be served: a 16-year-old, a smartphone, a second credential.
    @Test(arguments: ["aged 16 (allowed)", "smartphone only", "smartphone (card also active)"])
    func demoCredentialIsAccepted(noteEn: String) throws {
        let directory = try TemporaryDirectory()
        let database = try Fixture.seededDatabase(in: directory)
        let authority = SQLiteCertificateAuthority(database: database, clock: clock)
        let card = Fixture.credential(noteEn: noteEn)
        guard case .authenticated(let profile) = try authority.authenticate(credentialID: card.id, pin: PIN(card.pin),
                                                                            at: now) else {
            Issue.record("\(noteEn) must authenticate")
            return
        }
        #expect(profile.residentID == card.resident)
    }

    @Test func unknownCredentialIsRefused() throws {
        let directory = try TemporaryDirectory()
        let database = try Fixture.seededDatabase(in: directory)
        let authority = SQLiteCertificateAuthority(database: database, clock: clock)
        #expect(!Fixture.seed.credentials.contains { $0.id == "555555" })
        #expect(try authority.authenticate(credentialID: "555555", pin: PIN("1234"), at: now)
            == .refused(.unknownCredential))
    }

    /// The same card the day before it expires still works: expiry compares whole days in Tokyo.
    @Test func expiryIsDecidedByTheCityDate() throws {
        let directory = try TemporaryDirectory()
        let database = try Fixture.seededDatabase(in: directory)
        let authority = SQLiteCertificateAuthority(database: database, clock: clock)
        let card = Fixture.credential(noteEn: "expired")
        let (y, m, d) = try #require(JapaneseDate.parse(card.expiresOn))
        let lastDay = clock.date(year: y, month: m, day: d, hour: 22)
        let nextMorning = clock.date(year: y, month: m, day: d + 1, hour: 7)
        guard case .authenticated = try authority.authenticate(credentialID: card.id, pin: PIN(card.pin),
                                                               at: lastDay) else {
            Issue.record("a card is valid through its expiry date")
            return
        }
        #expect(try authority.authenticate(credentialID: card.id, pin: PIN(card.pin), at: nextMorning)
            == .refused(.expired))
    }

    @Test func listingNeverShowsPINsOrHashes() throws {
        let directory = try TemporaryDirectory()
        let database = try Fixture.seededDatabase(in: directory)
        let list = try database.listCredentials()
        #expect(list.count == Fixture.seed.credentials.count)
        let dump = String(decoding: try JSONEncoder().encode(list), as: UTF8.self)
        #expect(!dump.contains("pbkdf2"))
        let revoked = Fixture.credential(noteEn: "revoked (reported lost)")
        #expect(list.first { $0.id == revoked.id }?.state == .revoked)
        #expect(list.first { $0.id == Fixture.everyRecord.id }?.holder == Fixture.name(Fixture.everyRecord.resident))
        let expired = Fixture.credential(noteEn: "expired")
        #expect(list.first { $0.id == expired.id }?.expiresOn == expired.expiresOn)
    }
}
