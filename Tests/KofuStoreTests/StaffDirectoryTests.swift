import Foundation
import GRDB
import KofuCore
import Testing
@testable import KofuStore

@Suite struct StaffDirectoryTests {
    let directory: TemporaryDirectory
    let database: KofuDatabase
    let staff: SQLiteStaffDirectory
    let clerk = Fixture.staff(.clerk)
    let supervisor = Fixture.staff(.supervisor)

    init() throws {
        (directory, database, _, staff) = try Fixture.window()
    }

    func member(_ seeded: SeedFile.Staff) -> StaffMember {
        StaffMember(id: seeded.id, name: seeded.name, role: seeded.role)
    }

    @Test func fiveWrongPasswordsLockAndTheLockSurvivesReopening() throws {
        for left in (1...4).reversed() {
            #expect(try staff.login(staffID: clerk.id, password: "wrong-password", at: now) == .rejected)
        }
        #expect(try staff.login(staffID: clerk.id, password: "wrong-password", at: now) == .locked)
        let reopened = SQLiteStaffDirectory(database: try Fixture.reopen(database))
        #expect(try reopened.login(staffID: clerk.id, password: clerk.password, at: now) == .locked,
                "the right password does not open a locked account")
        #expect(try reopened.accounts().first { $0.member.id == clerk.id }?.locked == true)
    }

    @Test func theRightPasswordResetsTheCounter() throws {
        for _ in 1...4 { _ = try staff.login(staffID: clerk.id, password: "wrong-password", at: now) }
        #expect(try staff.login(staffID: clerk.id, password: clerk.password, at: now) == .loggedIn(member(clerk)))
        #expect(try staff.login(staffID: clerk.id, password: "wrong-password", at: now) == .rejected)
    }

    @Test func onlyASupervisorUnlocks() throws {
        for _ in 1...5 { _ = try staff.login(staffID: clerk.id, password: "wrong-password", at: now) }
        let otherClerk = try #require(Fixture.seed.staff.first { $0.role == .clerk && $0.id != clerk.id })
        #expect(throws: StaffError.notSupervisor(otherClerk.id)) {
            try staff.unlock(staffID: clerk.id, by: member(otherClerk), at: now)
        }
        // The role is read from the database, not taken from the caller's StaffMember.
        var pretender = member(otherClerk)
        pretender.role = .supervisor
        #expect(throws: StaffError.notSupervisor(otherClerk.id)) {
            try staff.unlock(staffID: clerk.id, by: pretender, at: now)
        }
        #expect(try staff.login(staffID: clerk.id, password: clerk.password, at: now) == .locked)
        try staff.unlock(staffID: clerk.id, by: member(supervisor), at: now)
        #expect(try staff.login(staffID: clerk.id, password: clerk.password, at: now) == .loggedIn(member(clerk)))
        #expect(try database.audit().contains { $0.staff == supervisor.id && $0.action == "unlock" })
    }

    @Test func approvalRefusesAClerkAndCountsFailuresLikeALogin() throws {
        #expect(try staff.approve(supervisorID: clerk.id, password: clerk.password, at: now) == .rejected)
        #expect(try database.audit().last?.detail == "refused: not a supervisor")
        #expect(try staff.approve(supervisorID: supervisor.id, password: supervisor.password, at: now)
            == .loggedIn(member(supervisor)))
        // With a second supervisor about, the first can be locked: someone is left to unlock them.
        try staff.add(StaffMember(id: "S102", name: "監督 二郎", role: .supervisor), password: "second-super",
                      by: member(supervisor), at: now)
        for left in (1...4).reversed() {
            #expect(try staff.approve(supervisorID: supervisor.id, password: "nope-nope", at: now)
                == .rejected)
        }
        #expect(try staff.approve(supervisorID: supervisor.id, password: "nope-nope", at: now) == .locked)
        #expect(try staff.login(staffID: supervisor.id, password: supervisor.password, at: now) == .locked)
    }

    @Test func everyCheckIsAuditedWithoutPasswordsOrTypedUnknownIDs() throws {
        _ = try staff.login(staffID: clerk.id, password: clerk.password, at: now)
        _ = try staff.login(staffID: clerk.id, password: "wrong-password", at: now)
        _ = try staff.login(staffID: "komaki-super1", password: "x", at: now)
        let audit = try database.audit()
        #expect(audit.map(\.action) == ["login", "login", "login"])
        #expect(audit[0].staff == clerk.id && audit[0].detail == "ok")
        #expect(audit[1].detail.hasPrefix("wrong password"))
        #expect(audit[2].staff == nil && audit[2].detail == "unknown staff id")
        let everything = try database.read { db in try String.fetchAll(db, sql: "SELECT COALESCE(staff_id, '') || action || detail FROM audit") }
        #expect(!everything.joined().contains("komaki-"), "no password, nor an id that may have been one")
    }

    /// Nothing in the answer tells whether an id exists: the same outcome, after the same slow hash.
    @Test func anUnknownIDAndAWrongPasswordGetTheSameAnswer() throws {
        let unknown = try staff.login(staffID: "S999", password: "wrong-password", at: now)
        let wrong = try staff.login(staffID: clerk.id, password: "wrong-password", at: now)
        #expect(unknown == .rejected && wrong == .rejected)
        #expect(StaffRecord.decoyHash.hasPrefix("pbkdf2-sha256$\(PINHash.rounds)$"))
        #expect(!PINHash.verify("", against: StaffRecord.decoyHash))
        #expect(try staff.login(staffID: "S999", password: "", at: now) == .rejected)
    }

    @Test func addedAccountsStoreOnlyAHashAndRefuseShortPasswordsAndDuplicates() throws {
        let new = StaffMember(id: "S900", name: "試験 太郎", role: .clerk)
        let boss = Fixture.staff(.supervisor)
        let supervisor = StaffMember(id: boss.id, name: boss.name, role: .supervisor)
        #expect(throws: StaffError.self) { try staff.add(new, password: "short", by: supervisor, at: now) }
        try staff.add(new, password: "long-enough-1", by: supervisor, at: now)
        #expect(throws: StaffError.alreadyExists("S900")) {
            try staff.add(new, password: "long-enough-1", by: supervisor, at: now)
        }
        let hash = try database.read { db in
            try String.fetchOne(db, sql: "SELECT password_hash FROM staff WHERE id = 'S900'")!
        }
        #expect(hash.hasPrefix("pbkdf2-sha256$\(PINHash.rounds)$") && !hash.contains("long-enough-1"))
        #expect(try staff.login(staffID: "S900", password: "long-enough-1", at: now) == .loggedIn(new))
    }

    /// A name is printed on screens and in `kofu staff list`: plain text of 1 to 40 characters.
    @Test func aNameMustBePlainText() throws {
        for name in ["試験\u{1b}]0;x\u{7}", "", String(repeating: "名", count: 41)] {
            #expect(throws: StaffError.invalid("the name must be 1 to 40 characters, with no control characters")) {
                try staff.add(StaffMember(id: "S901", name: name, role: .clerk), password: "long-enough-1",
                              by: member(supervisor), at: now)
            }
        }
        #expect(try staff.accounts().contains { $0.member.id == "S901" } == false)
    }

    /// Holding the database file is not enough to make oneself a supervisor: once one exists, one must approve.
    @Test func onceASupervisorExistsNewAccountsNeedOne() throws {
        let intruder = StaffMember(id: "S666", name: "侵入 者", role: .supervisor)
        #expect(try staff.hasSupervisor())
        #expect(throws: StaffError.self) { try staff.add(intruder, password: "long-enough-1", by: nil, at: now) }
        let clerk = Fixture.staff(.clerk)
        #expect(throws: StaffError.self) {
            try staff.add(intruder, password: "long-enough-1", by: StaffMember(id: clerk.id, name: clerk.name, role: .supervisor),
                          at: now)
        }
        #expect(try staff.accounts().contains { $0.member.id == "S666" } == false)
    }

    @Test func auditRowsCannotBeEditedOrDeleted() throws {
        _ = try staff.login(staffID: clerk.id, password: clerk.password, at: now)
        #expect(throws: StoreError.self) {
            try database.write { db in try db.execute(sql: "UPDATE audit SET detail = 'nothing'") }
        }
        #expect(throws: StoreError.self) { try database.write { db in try db.execute(sql: "DELETE FROM audit") } }
        #expect(try database.count("audit") == 1)
    }
}
