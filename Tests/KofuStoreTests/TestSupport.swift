import Foundation
import KofuCore
import GRDB
import KofuStorePostgres
import Synchronization
import Testing
@testable import KofuStore

/// Paths inside the repository, found from this file so tests run from any working directory.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let seedURL = root.appendingPathComponent("Assets/demo/seed.json")
    static let templates = root.appendingPathComponent("Assets/templates")
    /// The city's window hours (weekdays and the Sunday window 9:00–16:00) and its holiday calendar.
    static let windowHours = try! WindowHours(
        settings: Array(try! Data(contentsOf: root.appendingPathComponent("Assets/municipality.json"))),
        calendar: Array(try! Data(contentsOf: root.appendingPathComponent("Assets/calendar/holidays.json"))))
}

/// The one directory under which the store tests of this process make all of theirs: `kofu-store-tests-<pid>`.
/// It is removed at exit. A killed or crashed run never gets there, so each run first removes the roots of
/// processes that no longer exist; nothing is left behind for long whichever way a run ends.
enum ScratchRoot {
    static let prefix = "kofu-store-tests-"

    static let url: URL = {
        let base = FileManager.default.temporaryDirectory
        removeAbandoned(in: base)
        let url = base.appendingPathComponent("\(prefix)\(getpid())")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: ScratchRoot.url) }
        return url
    }()

    /// Removes the roots in `base` whose process is gone. Only "no such process" counts: a process of another
    /// user answers EPERM and is alive.
    static func removeAbandoned(in base: URL) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: base.path)) ?? []
        for name in names where name.hasPrefix(prefix) {
            guard let pid = pid_t(name.dropFirst(prefix.count)), kill(pid, 0) == -1, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(at: base.appendingPathComponent(name))
        }
    }
}

/// A private directory removed when the test lets go of it, with whatever else the test made beside it (a
/// database on a server).
final class TemporaryDirectory: Sendable {
    let url: URL
    private let releases = Mutex<[@Sendable () -> Void]>([])

    init() throws {
        url = ScratchRoot.url.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    func onRelease(_ release: @escaping @Sendable () -> Void) {
        releases.withLock { $0.append(release) }
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
        for release in releases.withLock({ $0 }) { release() }
    }
}

/// The demo seed loaded once, and a seeded database file that tests copy: seeding hashes every PIN (about 2 s for
/// the demo's 18 credentials on the build machine), a copy takes milliseconds.
enum Fixture {
    static let seed: SeedFile = try! SeedFile.load(from: Repository.seedURL)

    /// The city's signing key for every database the tests make; in the scratch root, so it goes with the root.
    static let cityKey: SigningKey = try! SigningKey.openOrCreate(
        at: ScratchRoot.url.appendingPathComponent("city.key").path)

    /// In the scratch root itself, so it goes with the root: statics are never deinitialized.
    static let templatePath: String = {
        let path = ScratchRoot.url.appendingPathComponent("template.sqlite").path
        do {
            try seed(try KofuDatabase.create(at: path, signingKey: cityKey))
        } catch {
            fatalError("cannot seed the fixture database: \(error)")
        }
        return path
    }()

    /// The terminals the store tests issue at, registered in the template.
    static let terminals: [(String, Channel)] = [("T-0042", .kiosk), ("T-0043", .kiosk), ("T-0044", .kiosk),
                                                 ("T-01", .kiosk), ("W-01", .window), ("W-02", .window)]
        + (0..<6).map { $0 % 2 == 0 ? ("T-\($0)", .kiosk) : ("W-\($0)", .window) }

    /// The demo seed and the test terminals, loaded into a new database.
    static func seed(_ database: KofuDatabase) throws {
        try database.load(seed)
        let terminals = TerminalRegistry(database: database)
        for (id, kind) in Self.terminals { _ = try terminals.add(id, kind: kind, site: "test", at: now) }
    }

    /// A fresh copy of the seeded database: a file in `directory` with its key file beside it, or a database on
    /// the PostgreSQL server dropped with `directory` (`StoreUnderTest`).
    static func seededDatabase(in directory: TemporaryDirectory) throws -> KofuDatabase {
        if StoreUnderTest.kind == .postgres { return try StoreUnderTest.seededPostgres(releasedWith: directory) }
        let path = directory.path("kofu.sqlite")
        try FileManager.default.copyItem(atPath: templatePath, toPath: path)
        try FileManager.default.copyItem(atPath: cityKey.path, toPath: SigningKey.defaultPath(besideDatabase: path))
        return try KofuDatabase.open(at: path)
    }

    /// Another connection to `database`'s store, as another process or a restart would open it.
    static func reopen(_ database: KofuDatabase) throws -> KofuDatabase {
        if let server = database.backend as? PostgresBackend { return try PostgresStore.open(server.place) }
        return try KofuDatabase.open(at: database.path)
    }

    /// A new store with nothing in it but the city's public key, gone with `directory`.
    static func emptyDatabase(in directory: TemporaryDirectory) throws -> KofuDatabase {
        if StoreUnderTest.kind == .postgres { return try StoreUnderTest.emptyPostgres(releasedWith: directory) }
        return try KofuDatabase.create(at: directory.path("kofu.sqlite"), signingKey: cityKey)
    }

    /// The key file beside `database`, as the desks are given it; a database on a server has none beside it and
    /// is given the city's key file.
    static func signingKey(_ database: KofuDatabase) throws -> SigningKey {
        guard database.backend is SQLiteBackend else { return try SigningKey.load(from: cityKey.path) }
        return try SigningKey.load(from: SigningKey.defaultPath(besideDatabase: database.path))
    }

    /// A kiosk desk on `database`, signing with the key beside it.
    static func kioskDesk(_ database: KofuDatabase, templates: URL = Repository.templates) throws -> SQLiteIssuanceDesk {
        try SQLiteIssuanceDesk(database: database, templates: templates, signingKey: try signingKey(database), clock: clock)
    }

    /// A window desk on `database`, signing with the key beside it.
    static func windowDesk(_ database: KofuDatabase) throws -> SQLiteWindowDesk {
        try SQLiteWindowDesk(database: database, templates: Repository.templates, signingKey: try signingKey(database),
                             hours: Repository.windowHours, clock: clock)
    }

    /// A seeded database in `directory` with a kiosk desk on it: the usual start of a store test.
    static func seededDesk() throws -> (TemporaryDirectory, KofuDatabase, SQLiteIssuanceDesk) {
        let directory = try TemporaryDirectory()
        let database = try seededDatabase(in: directory)
        return (directory, database, try Fixture.kioskDesk(database))
    }

    /// A seeded database with the window's desk and staff directory on it.
    static func window() throws -> (TemporaryDirectory, KofuDatabase, SQLiteWindowDesk, SQLiteStaffDirectory) {
        let directory = try TemporaryDirectory()
        let database = try seededDatabase(in: directory)
        return (directory, database, try windowDesk(database), SQLiteStaffDirectory(database: database))
    }

    /// The first demo account with `role`.
    static func staff(_ role: StaffRole) -> SeedFile.Staff {
        seed.staff.first { $0.role == role }!
    }

    static func credential(noteEn: String) -> SeedFile.Credential {
        guard let credential = seed.credentials.first(where: { $0.noteEn == noteEn }) else {
            fatalError("the demo seed has no credential noted \"\(noteEn)\"")
        }
        return credential
    }

    static func resident(_ id: String) -> SeedFile.Resident {
        seed.residents.first { $0.id == id }!
    }

    static func name(_ id: String) -> String {
        let r = resident(id)
        return "\(r.familyName) \(r.givenName)"
    }

    /// What validation says against the demo seed once `change` is made to it.
    static func seedRefusal(_ change: (inout SeedFile) -> Void) throws -> SeedError {
        var changed = seed
        change(&changed)
        return try #require(throws: SeedError.self) { try changed.validate() }
    }

    /// The first active, eligible credential of a resident with everything on record ("every record").
    static var everyRecord: SeedFile.Credential { seed.credentials.first { $0.noteEn.hasPrefix("every record") }! }
}

/// A Wednesday in late November 2026, inside kiosk and window hours, after fiscal year 2026 was released.
let clock = CityClock()
let now = clock.date(year: 2026, month: 11, day: 25, hour: 10, minute: 2)

extension KofuDatabase {
    func count(_ table: String) throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)")! }
    }

    /// The first copy of an issuance's document, line by line.
    func documentLines(_ receipt: IssuanceReceipt) throws -> [String] {
        let body = try read { db in
            try String.fetchOne(db, sql: "SELECT body FROM document WHERE issuance_id = ? ORDER BY copy_number",
                                arguments: [receipt.issuanceID])!
        }
        return body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The audit trail as (staff, action, detail), oldest first.
    func audit() throws -> [(staff: String?, action: String, detail: String)] {
        try read { db in
            try SQLRow.fetchAll(db, sql: "SELECT staff_id, action, detail FROM audit ORDER BY id").map {
                ($0["staff_id"], $0["action"], $0["detail"])
            }
        }
    }
}

extension KofuDatabase {
    /// The GRDB connections of a database in an SQLite file, for tests of what only such a file does.
    var sqlitePool: any DatabaseWriter { (backend as! SQLiteBackend).pool }
}
