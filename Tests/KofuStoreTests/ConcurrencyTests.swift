import Foundation
import KofuCore
import Testing
@testable import KofuStore

/// The 2023 incident: under concurrent requests a vendor printed other people's certificates. Two kiosks issue at
/// once, for two residents of different households; every document must name only its own resident.
@Suite struct ConcurrencyTests {
    @Test func concurrentIssuanceNeverMixesResidents() throws {
        let directory = try TemporaryDirectory()
        let database = try Fixture.seededDatabase(in: directory)
        let desk = try Fixture.kioskDesk(database)
        let authority = SQLiteCertificateAuthority(database: database, clock: clock)
        let cards = [Fixture.everyRecord, Fixture.credential(noteEn: "pension income (elderly couple)")]
        #expect(Fixture.resident(cards[0].resident).household != Fixture.resident(cards[1].resident).household)
        let rounds = 15
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: cards.count) { index in
            let card = cards[index]
            do {
                guard case .authenticated = try authority.authenticate(credentialID: card.id, pin: PIN(card.pin),
                                                                       at: now) else {
                    return failures.add("\(card.id) did not authenticate")
                }
                for _ in 0..<rounds {
                    let options = ResidentRecordOptions(scope: .wholeHousehold, includeHeadAndRelationship: true)
                    _ = try desk.issue(IssuanceTests.order(card, .residentRecord(options)), at: now)
                }
            } catch {
                failures.add("\(card.id): \(error)")
            }
        }
        #expect(failures.messages.isEmpty, "\(failures.messages)")

        let documents = try database.read { db in
            try SQLRow.fetchAll(db, sql: """
                SELECT i.resident_id, d.body FROM document d JOIN issuance i ON i.id = d.issuance_id
                """)
        }
        #expect(documents.count == rounds * cards.count)
        for document in documents {
            let owner = Fixture.resident(document["resident_id"])
            let body: String = document["body"]
            for resident in Fixture.seed.residents {
                let named = body.contains("\(resident.familyName) \(resident.givenName)")
                let belongs = resident.household == owner.household && resident.status == .active
                #expect(named == belongs, "\(owner.id)'s document and \(resident.id)")
            }
        }
        #expect(try database.ledgerEntries(businessDate: nil).reduce(0) { $0 + $1.amount } == rounds * 2 * 150)
    }
}

final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String] = []

    func add(_ message: String) { lock.withLock { list.append(message) } }
    var messages: [String] { lock.withLock { list } }
}

@Suite struct ConcurrentPINTests {
    /// Three wrong PINs typed at the same moment (say, a cloned card at three stores) still lock the credential:
    /// each failure is counted on the value read inside its own write transaction.
    @Test func simultaneousWrongPINsAllCount() throws {
        let directory = try TemporaryDirectory()
        let database = try Fixture.seededDatabase(in: directory)
        let authority = SQLiteCertificateAuthority(database: database, clock: clock)
        let card = Fixture.everyRecord
        let outcomes = Outcomes()
        DispatchQueue.concurrentPerform(iterations: 3) { _ in
            outcomes.add(Result { try authority.authenticate(credentialID: card.id, pin: PIN("0000"), at: now) })
        }
        let results = try outcomes.list.map { try $0.get() }
        #expect(results.filter { $0 == .refused(.locked) }.count == 1)
        #expect(Set(results.filter { $0 != .refused(.locked) }.map { "\($0)" })
            == ["wrongPIN(triesLeft: 2)", "wrongPIN(triesLeft: 1)"])
        #expect(try database.listCredentials().first { $0.id == card.id }?.state == .locked)
    }
}

private final class Outcomes: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [Result<AuthenticationOutcome, any Error>] = []

    func add(_ result: Result<AuthenticationOutcome, any Error>) { lock.withLock { results.append(result) } }
    var list: [Result<AuthenticationOutcome, any Error>] { lock.withLock { results } }
}
