import Foundation
import KofuCore
import Testing
@testable import KofuStore

/// A supervisor never approves their own exemption or refund; wrong passwords never lock out the last active
/// supervisor; and whoever holds the signing key file can recover a supervisor account, on the record.
@Suite struct FourEyesTests {
    let directory: TemporaryDirectory
    let database: KofuDatabase
    let desk: SQLiteWindowDesk
    let staff: SQLiteStaffDirectory
    let seeded = Fixture.staff(.supervisor)
    var supervisor: StaffMember { StaffMember(id: seeded.id, name: seeded.name, role: .supervisor) }
    static let record = WindowCertificate.kiosk(.residentRecord(ResidentRecordOptions()))

    init() throws {
        (directory, database, desk, staff) = try Fixture.window()
    }

    /// The supervisor serving a customer themselves, as a clerk would.
    func order(exemption: ExemptionReason? = nil, approvedBy: String? = nil) -> WindowOrder {
        var order = WindowIssueTests.order("R001", Self.record, exemption: exemption, approvedBy: approvedBy)
        order.staffID = seeded.id
        return order
    }

    func addSecondSupervisor() throws {
        try staff.add(StaffMember(id: "S102", name: "監督 二郎", role: .supervisor), password: "second-super",
                      by: supervisor, at: now)
    }

    @Test func aSupervisorCannotApproveTheirOwnExemption() throws {
        #expect(throws: WindowError.ownApproval) {
            try desk.issue(order(exemption: .publicAssistance, approvedBy: seeded.id), at: now)
        }
        #expect(try database.count("issuance") == 0 && database.count("ledger") == 0)
        try addSecondSupervisor()
        #expect(try desk.issue(order(exemption: .publicAssistance, approvedBy: "S102"), at: now).amount == 0)
    }

    @Test func aSupervisorCannotApproveTheirOwnRefund() throws {
        let receipt = try desk.issue(order(), at: now)
        let request = RefundRequest(issuanceID: receipt.issuanceID, reason: .clericalError, note: "",
                                    copiesCollected: true)
        #expect(throws: WindowError.ownApproval) {
            try desk.refund(request, approvedBy: seeded.id, staffID: seeded.id, terminal: "W-01", at: now)
        }
        #expect(try database.count("ledger") == 1)
        try addSecondSupervisor()
        try desk.refund(request, approvedBy: "S102", staffID: seeded.id, terminal: "W-01", at: now)
        #expect(try database.count("ledger") == 2)
    }

    /// The demo city has one supervisor: five wrong passwords make the account wait five minutes, not lock it,
    /// and each wrong one after that starts the wait again.
    @Test func theLastActiveSupervisorWaitsInsteadOfBeingLocked() throws {
        for _ in 1...4 {
            #expect(try staff.approve(supervisorID: seeded.id, password: "wrong-password", at: now) == .rejected)
        }
        let until = now.addingTimeInterval(StaffRecord.cooldown)
        #expect(try staff.approve(supervisorID: seeded.id, password: "wrong-password", at: now)
            == .coolingDown(until: until))
        #expect(try staff.login(staffID: seeded.id, password: seeded.password, at: now.addingTimeInterval(299))
            == .coolingDown(until: until), "not even the right password while waiting")
        let account = try #require(try staff.accounts().first { $0.member.id == seeded.id })
        #expect(!account.locked && account.retryAfter == until)
        #expect(try staff.login(staffID: seeded.id, password: "wrong-password", at: until) == .coolingDown(
            until: until.addingTimeInterval(StaffRecord.cooldown)))
        let later = until.addingTimeInterval(StaffRecord.cooldown)
        #expect(try staff.login(staffID: seeded.id, password: seeded.password, at: later) == .loggedIn(supervisor))
        #expect(try staff.accounts().first { $0.member.id == seeded.id }?.retryAfter == nil)
        #expect(try database.audit().contains { $0.detail.hasPrefix("wrong password: the last active supervisor waits") })
        #expect(try database.audit().contains { $0.detail.hasPrefix("refused: waiting until") })
    }

    @Test func theSigningKeyFileRecoversALockedSupervisorOnTheRecord() throws {
        let key = try Fixture.signingKey(database)
        try database.write { db in try db.execute(sql: "UPDATE staff SET locked = 1, failed_attempts = 5") }
        let otherCity = try SigningKey.openOrCreate(at: directory.path("other-city.key"))
        #expect(throws: SigningKeyError.notThisDatabase(key: otherCity.path, database: database.path)) {
            try staff.recover(supervisorID: seeded.id, newPassword: "new-password-1", signingKey: otherCity, at: now)
        }
        let clerk = Fixture.staff(.clerk).id
        #expect(throws: StaffError.notSupervisor(clerk)) {
            try staff.recover(supervisorID: clerk, newPassword: "new-password-1", signingKey: key, at: now)
        }
        #expect(throws: StaffError.self) {
            try staff.recover(supervisorID: seeded.id, newPassword: "short", signingKey: key, at: now)
        }
        #expect(try staff.login(staffID: seeded.id, password: seeded.password, at: now) == .locked)
        try staff.recover(supervisorID: seeded.id, newPassword: "new-password-1", signingKey: key, at: now)
        #expect(try staff.login(staffID: seeded.id, password: "new-password-1", at: now) == .loggedIn(supervisor))
        let recovery = try #require(try database.audit().first { $0.action == "recover" })
        #expect(recovery.staff == seeded.id && recovery.detail.contains("signing key file"))
        #expect(!recovery.detail.contains("new-password-1"))
    }
}
