import Foundation
import GRDB
import KofuCore
import Testing
@testable import KofuStore

/// Each failure on a real file, and the one line the operator will read.
@Suite(onlySQLiteFiles) struct StoreErrorTests {
    @Test func missingFileTellsHowToCreateIt() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("absent.sqlite")
        let error = try #require(throws: StoreError.self) { try KofuDatabase.open(at: path) }
        #expect(error == .missing(path: path))
        #expect(error.description == "no database at \(path) — run `kofu store init --db \(path)`")
        #expect(!FileManager.default.fileExists(atPath: path), "opening must not create the file")
    }

    @Test func anEmptyPathOrADirectoryIsSaidPlainly() throws {
        let directory = try TemporaryDirectory()
        #expect(throws: StoreError.noPath) { try KofuDatabase.open(at: "") }
        #expect(throws: StoreError.noPath) { try KofuDatabase.create(at: "", signingKey: Fixture.cityKey) }
        #expect(throws: StoreError.isADirectory(path: directory.url.path)) { try KofuDatabase.open(at: directory.url.path) }
        #expect(throws: StoreError.isADirectory(path: directory.url.path)) {
            try KofuDatabase.create(at: directory.url.path, signingKey: Fixture.cityKey)
        }
    }

    /// Neither an empty file nor another program's SQLite database is migrated: both are left as they were.
    @Test(arguments: [false, true])
    func aFileKofuDidNotMakeIsLeftAlone(readOnly: Bool) throws {
        let directory = try TemporaryDirectory()
        let empty = directory.path("empty.sqlite")
        FileManager.default.createFile(atPath: empty, contents: Data())
        #expect(throws: StoreError.notKofu(path: empty, reason: "the file is empty")) {
            try KofuDatabase.open(at: empty, readOnly: readOnly)
        }
        let foreign = directory.path("foreign.sqlite")
        try DatabaseQueue(path: foreign).write { db in try db.execute(sql: "CREATE TABLE notes (text TEXT)") }
        let before = try Data(contentsOf: URL(fileURLWithPath: foreign))
        #expect(throws: StoreError.notKofu(path: foreign, reason: "it holds no Kofu tables")) {
            try KofuDatabase.open(at: foreign, readOnly: readOnly)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: empty)).isEmpty)
        #expect(try Data(contentsOf: URL(fileURLWithPath: foreign)) == before)
    }

    @Test func anImmutableURIEscapesWhatSQLiteWouldReadAsItsOwn() {
        #expect(DatabaseFileCheck.immutableURI("/srv/kofu?#%/db.sqlite") == "file:/srv/kofu%3F%23%25/db.sqlite?immutable=1")
    }

    @Test func createRefusesAnExistingFile() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("kofu.sqlite")
        _ = try KofuDatabase.create(at: path, signingKey: Fixture.cityKey)
        #expect(throws: StoreError.alreadyExists(path: path)) {
            try KofuDatabase.create(at: path, signingKey: Fixture.cityKey)
        }
    }

    @Test(arguments: [Data("this is not a database, just some text that is long enough".utf8),
                      Data((0..<8192).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })])
    func garbageFileIsReportedAsCorrupt(bytes: Data) throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("garbage.sqlite")
        try bytes.write(to: URL(fileURLWithPath: path))
        let error = try #require(throws: StoreError.self) { try KofuDatabase.open(at: path) }
        #expect(error == .notADatabase(path: path))
        #expect(error.description.contains(path) && error.description.contains("corrupt"))
    }

    /// A valid header with damaged pages: SQLite reports SQLITE_CORRUPT when it reads them.
    @Test func damagedPagesAreReportedAsCorrupt() throws {
        let directory = try TemporaryDirectory()
        let database = try Fixture.seededDatabase(in: directory)
        let path = database.path
        try database.sqlitePool.close()
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        let size = try handle.seekToEnd()
        for offset in stride(from: UInt64(4096), to: size, by: 4096) {
            try handle.seek(toOffset: offset)
            try handle.write(contentsOf: Data(repeating: 0xA5, count: 64))
        }
        try handle.close()
        let error = try #require(throws: StoreError.self) {
            let reopened = try KofuDatabase.open(at: path)
            _ = try reopened.listCredentials()
        }
        #expect(error == .notADatabase(path: path))
    }

    @Test func missingOrNonDirectoryParentIsExplained() throws {
        let directory = try TemporaryDirectory()
        let inMissing = directory.path("nowhere/kofu.sqlite")
        let error = try #require(throws: StoreError.self) {
            try KofuDatabase.create(at: inMissing, signingKey: Fixture.cityKey)
        }
        #expect(error.description.contains("does not exist"))
        let file = directory.path("plain-file")
        try Data("x".utf8).write(to: URL(fileURLWithPath: file))
        let underFile = file + "/kofu.sqlite"
        let second = try #require(throws: StoreError.self) {
            try KofuDatabase.create(at: underFile, signingKey: Fixture.cityKey)
        }
        #expect(second == .cannotOpen(path: underFile, reason: "\(file) is not a directory"))
    }

    /// Tests run as root, for whom file modes do not stop writes, so the database is opened read-only instead:
    /// SQLite then answers SQLITE_READONLY exactly as for a file without write permission.
    @Test func writingToAReadOnlyDatabaseIsReported() throws {
        let directory = try TemporaryDirectory()
        let path = try Fixture.seededDatabase(in: directory).path
        let readOnly = try KofuDatabase.open(at: path, readOnly: true)
        #expect(try readOnly.listCredentials().count == Fixture.seed.credentials.count)
        let card = Fixture.everyRecord
        let error = try #require(throws: StoreError.self) {
            _ = try SQLiteCertificateAuthority(database: readOnly, clock: clock)
                .authenticate(credentialID: card.id, pin: PIN("0000"), at: now)
        }
        #expect(error == .readOnly(path: path))
        #expect(error.description.contains("read-only"))
    }

    /// /proc accepts no new files, even from root: a real directory where nothing can be created. SQLite answers
    /// SQLITE_CANTOPEN there (not SQLITE_READONLY), and the message says to check the directory.
    @Test func directoryWhereNothingCanBeCreated() throws {
        let path = "/proc/kofu-\(getpid()).sqlite"
        let error = try #require(throws: StoreError.self) {
            try KofuDatabase.create(at: path, signingKey: Fixture.cityKey)
        }
        #expect(error == .cannotOpen(path: path, reason: "its directory is missing or not writable"))
    }

    @Test func anotherWriterHoldingTheLockIsReportedAsBusy() throws {
        let directory = try TemporaryDirectory()
        let path = try Fixture.seededDatabase(in: directory).path
        let holder = try KofuDatabase.open(at: path)
        let waiter = try KofuDatabase.open(at: path, readOnly: false, busyTimeout: 0.2)
        let started = Date()
        let error = try holder.write { _ in
            try #require(throws: StoreError.self) {
                try Fixture.kioskDesk(waiter)
                    .issue(IssuanceTests.order(Fixture.everyRecord, .sealRegistration), at: now)
            }
        }
        #expect(error == .busy(path: path))
        #expect(Date().timeIntervalSince(started) >= 0.2, "the busy timeout must be waited out first")
        #expect(try waiter.count("ledger") == 0)
    }

    /// SQLITE_FULL, produced by capping the file's size rather than filling the machine's disk.
    @Test func fullDiskIsReportedAndNothingIsHalfWritten() throws {
        let directory = try TemporaryDirectory()
        let database = try Fixture.seededDatabase(in: directory)
        let desk = try Fixture.kioskDesk(database)
        try database.sqlitePool.writeWithoutTransaction { db in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count")!
            try db.execute(sql: "PRAGMA max_page_count = \(pages)")
        }
        let options = ResidentRecordOptions(scope: .wholeHousehold, includeHeadAndRelationship: true,
                                            includeDomicile: true, includeMyNumber: true)
        let error = try #require(throws: StoreError.self) {
            try desk.issue(IssuanceTests.order(Fixture.everyRecord, .residentRecord(options), copies: 10), at: now)
        }
        #expect(error == .diskFull(path: database.path))
        #expect(error.description.contains("disk is full"))
        #expect(try database.count("issuance") == 0 && database.count("ledger") == 0)
    }
}
