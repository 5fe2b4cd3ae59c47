import Foundation
import GRDB
import KofuCore
import Testing
@testable import KofuStore

/// Terminals are registered before they take money; serials carry the store; a spool folder belongs to one store.
@Suite struct TerminalRegistryTests {
    let directory: TemporaryDirectory
    let database: KofuDatabase
    let terminals: TerminalRegistry

    init() throws {
        directory = try TemporaryDirectory()
        database = try Fixture.seededDatabase(in: directory)
        terminals = TerminalRegistry(database: database)
    }

    @Test func aTerminalIsRegisteredOnceRevokedNeverDeletedAndChecked() throws {
        let kiosk = try terminals.add("KIOSK-0007", kind: .kiosk, site: "ファミリーマート 小牧駅前店", at: now)
        #expect(kiosk.kind == .kiosk && kiosk.revokedAt == nil)
        #expect(throws: TerminalError.alreadyRegistered("KIOSK-0007")) {
            try terminals.add("KIOSK-0007", kind: .window, site: "", at: now)
        }
        #expect(throws: TerminalError.invalidID("KIOSK\u{1b}[2J")) { try terminals.add("KIOSK\u{1b}[2J", kind: .kiosk, site: "", at: now) }
        #expect(throws: TerminalError.invalidSite("店\u{1b}[2J")) { try terminals.add("K-9", kind: .kiosk, site: "店\u{1b}[2J", at: now) }
        try terminals.require("KIOSK-0007", kind: .kiosk)
        #expect(throws: TerminalError.wrongKind("KIOSK-0007", registeredAs: .kiosk)) {
            try terminals.require("KIOSK-0007", kind: .window)
        }
        #expect(throws: TerminalError.notRegistered("KIOSK-9999")) { try terminals.require("KIOSK-9999", kind: .kiosk) }
        try terminals.revoke("KIOSK-0007", at: now)
        #expect(throws: TerminalError.revoked("KIOSK-0007")) { try terminals.require("KIOSK-0007", kind: .kiosk) }
        #expect(try terminals.list().first { $0.id == "KIOSK-0007" }?.revokedAt != nil)
        #expect(throws: StoreError.self) {
            try database.write { db in try db.execute(sql: "DELETE FROM terminal WHERE id = 'KIOSK-0007'") }
        }
    }

    /// Inventing an id, or using a revoked one, takes no money at the desk, whatever the caller.
    @Test func noMoneyMovesUnderAnUnregisteredOrRevokedTerminal() throws {
        let kioskDesk = try Fixture.kioskDesk(database)
        var order = IssuanceTests.order(Fixture.everyRecord, .residentRecord(ResidentRecordOptions()))
        order.terminal = "INVENTED-1"
        #expect(throws: TerminalError.notRegistered("INVENTED-1")) { try kioskDesk.issue(order, at: now) }
        let windowDesk = try Fixture.windowDesk(database)
        try terminals.revoke("W-02", at: now)
        let record = WindowCertificate.kiosk(.residentRecord(ResidentRecordOptions()))
        #expect(throws: TerminalError.revoked("W-02")) {
            try windowDesk.issue(WindowIssueTests.order("R001", record, terminal: "W-02"), at: now)
        }
        #expect(throws: TerminalError.revoked("W-02")) {
            try windowDesk.close(businessDate: "2026-11-25", terminal: "W-02", countedCash: 0, changeFloat: 0,
                                 staffID: Fixture.staff(.clerk).id, at: now)
        }
        #expect(throws: TerminalError.wrongKind("T-01", registeredAs: .kiosk)) {
            try windowDesk.issue(WindowIssueTests.order("R001", record, terminal: "T-01"), at: now)
        }
        #expect(try database.count("issuance") == 0 && database.count("window_close") == 0)
    }

    /// Two databases never print the same serial, and never share a spool folder.
    @Test func serialsCarryTheStoreAndASpoolFolderBelongsToOneStore() throws {
        let other = try TemporaryDirectory()
        let second = try Fixture.emptyDatabase(in: other)
        #expect(try database.storeID() != second.storeID())
        #expect(try database.storeID().wholeMatch(of: /[0-9A-F]{6}/) != nil)
        let spool = directory.url.appendingPathComponent("spool")
        try SpoolPrinter(database: database, directory: spool).claim()
        try SpoolPrinter(database: database, directory: spool).claim()
        #expect(throws: SpoolError.otherStore(spool.path, owner: try database.storeID())) {
            try SpoolPrinter(database: second, directory: spool).claim()
        }
        let unmarked = other.url.appendingPathComponent("old-spool")
        try FileManager.default.createDirectory(at: unmarked, withIntermediateDirectories: true)
        try Data("old".utf8).write(to: unmarked.appendingPathComponent("K-20261125-000001-1.txt"))
        #expect(throws: SpoolError.foreignDocuments(unmarked.path, example: "K-20261125-000001-1.txt")) {
            try SpoolPrinter(database: second, directory: unmarked).claim()
        }
    }
}
