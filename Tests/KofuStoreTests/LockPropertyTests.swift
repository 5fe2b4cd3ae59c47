import Foundation
import KofuCore
import PropertyBased
import Testing
@testable import KofuStore

/// The real store against a model of its rules, on random sequences of right and wrong secrets: a card locks at the
/// third wrong PIN in a row and never authenticates again; a clerk's account locks at the fifth wrong password; the
/// last active supervisor is never locked but waits. The secrets are rehashed with few rounds so that a sequence
/// takes milliseconds; the rules do not depend on the round count.
@Suite struct LockPropertyTests {
    func database() throws -> (TemporaryDirectory, KofuDatabase) {
        let directory = try TemporaryDirectory()
        return (directory, try Fixture.seededDatabase(in: directory))
    }

    func quickHash(_ database: KofuDatabase, table: String, column: String, id: String, secret: String) throws {
        let hash = try PINHash.make(secret, rounds: 1_000)
        try database.write { db in
            try db.execute(sql: "UPDATE \(table) SET \(column) = ? WHERE id = ?", arguments: [hash, id])
        }
    }

    @Test func aLockedCredentialNeverAuthenticates() async {
        await propertyCheck(count: 40, input: Gen.bool.array(of: 1...12)) { rightPINs in
            let (directory, database) = try database()
            let card = Fixture.everyRecord
            try quickHash(database, table: "credential", column: "pin_hash", id: card.id, secret: card.pin)
            let authority = SQLiteCertificateAuthority(database: database, clock: clock)
            var failures = 0
            for right in rightPINs {
                let outcome = try authority.authenticate(credentialID: card.id, pin: PIN(right ? card.pin : "0000"), at: now)
                if failures < Authentication.maxAttempts, right {
                    failures = 0
                    guard case .authenticated = outcome else { Issue.record("the right PIN: \(outcome)"); return }
                } else {
                    failures = min(failures + 1, Authentication.maxAttempts)
                    let locked = failures == Authentication.maxAttempts
                    #expect(outcome == (locked ? .refused(.locked) : .wrongPIN(triesLeft: Authentication.maxAttempts - failures)))
                }
                let reading = try authority.read(credentialID: card.id, kind: .card, at: now)
                #expect(reading == (failures == Authentication.maxAttempts ? .refused(.locked)
                                    : .ready(triesLeft: Authentication.maxAttempts - failures)))
            }
            _ = directory
        }
    }

    @Test func aClerkLocksAtTheFifthWrongPasswordAndTheLastSupervisorNeverDoes() async {
        await propertyCheck(count: 30, input: Gen.bool.array(of: 1...14), Gen.int(in: 0...400).array(of: 14)) {
            rightPasswords, waits in
            let (directory, database) = try database()
            let staff = SQLiteStaffDirectory(database: database)
            for role in [StaffRole.clerk, .supervisor] {
                let account = Fixture.staff(role)
                try quickHash(database, table: "staff", column: "password_hash", id: account.id, secret: account.password)
                let member = StaffMember(id: account.id, name: account.name, role: role)
                var failures = 0
                var retryAfter: Date?
                var at = now
                for (right, wait) in zip(rightPasswords, waits) {
                    at = at.addingTimeInterval(TimeInterval(wait))
                    let outcome = try staff.login(staffID: account.id, password: right ? account.password : "wrong-pass", at: at)
                    let expected: LoginOutcome
                    if role == .clerk, failures == StaffRecord.maxAttempts {
                        expected = .locked
                    } else if let until = retryAfter, at < until {
                        expected = .coolingDown(until: until)
                    } else if right {
                        (failures, retryAfter) = (0, nil)
                        expected = .loggedIn(member)
                    } else {
                        failures = min(failures + 1, StaffRecord.maxAttempts)
                        if failures < StaffRecord.maxAttempts {
                            expected = .rejected
                        } else if role == .clerk {
                            expected = .locked
                        } else {
                            retryAfter = at.addingTimeInterval(StaffRecord.cooldown)
                            expected = .coolingDown(until: retryAfter!)
                        }
                    }
                    #expect(outcome == expected, "\(role) after \(failures) wrong")
                    if role == .supervisor { #expect(outcome != .locked, "the last active supervisor is never locked") }
                }
            }
            _ = directory
        }
    }
}
