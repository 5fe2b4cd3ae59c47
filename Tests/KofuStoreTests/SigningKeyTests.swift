import Foundation
import KofuCore
import Testing
@testable import KofuStore

/// The private key lives in its own owner-only file: a database without it verifies but issues nothing, and no
/// database ever holds it.
@Suite(onlySQLiteFiles) struct SigningKeyTests {
    let directory: TemporaryDirectory
    let database: KofuDatabase

    init() throws {
        directory = try TemporaryDirectory()
        database = try Fixture.seededDatabase(in: directory)
    }

    func mode(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    @Test func aNewKeyIsAnOwnerOnlyPEMFileAndAnExistingOneIsKept() throws {
        let path = directory.path("city.key")
        let made = try SigningKey.openOrCreate(at: path)
        #expect(made.created)
        #expect(try mode(path) == 0o600)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasPrefix("-----BEGIN PRIVATE KEY-----\n"))
        let kept = try SigningKey.openOrCreate(at: path)
        #expect(!kept.created && kept.publicKey == made.publicKey)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text, "an existing key is never rewritten")
        #expect(made.publicKey.pem.hasPrefix("-----BEGIN PUBLIC KEY-----\n"))
        #expect(try CityPublicKey(pem: made.publicKey.pem, source: "city.pem") == made.publicKey)
        #expect(throws: SigningKeyError.notAPublicKey(path: "key.pem")) {
            try CityPublicKey(pem: text, source: "key.pem")
        }
    }

    @Test func aDatabaseWithoutItsKeyFileVerifiesButIssuesNothing() throws {
        let desk = try Fixture.kioskDesk(database)
        let receipt = try desk.issue(IssuanceTests.order(Fixture.everyRecord, .sealRegistration), at: now)
        let text = try #require(try database.printedDocuments(issuanceID: receipt.issuanceID).first?.whole)
        // The file as someone would carry it off: one consistent copy, without the key beside it.
        let elsewhere = try TemporaryDirectory()
        let copyPath = elsewhere.path("kofu.sqlite")
        try database.sqlitePool.writeWithoutTransaction { db in try db.execute(sql: "VACUUM INTO ?", arguments: [copyPath]) }
        let copy = try KofuDatabase.open(at: copyPath)

        #expect(try copy.verify(printed: text) == .genuine(kind: .sealRegistration, businessDate: "2026-11-25"))
        let keyPath = SigningKey.defaultPath(besideDatabase: copyPath)
        let error = try #require(throws: SigningKeyError.self) { try copy.signingKey(at: keyPath) }
        #expect(error == .missing(path: keyPath))
        #expect(error.description.contains("can verify documents but issue none"))
        #expect(error.description.contains("--key FILE"))
        // With the key given from where it is, the copy issues again: the path is the operator's to choose.
        let key = try copy.signingKey(at: SigningKey.defaultPath(besideDatabase: database.path))
        let copyDesk = try SQLiteIssuanceDesk(database: copy, templates: Repository.templates, signingKey: key,
                                              clock: clock)
        #expect(try copyDesk.issue(IssuanceTests.order(Fixture.everyRecord, .sealRegistration), at: now).amount == 150)
    }

    @Test func aKeyOfAnotherDatabaseIsRefused() throws {
        let other = try SigningKey.openOrCreate(at: directory.path("other.key"))
        let error = try #require(throws: SigningKeyError.self) {
            try SQLiteWindowDesk(database: database, templates: Repository.templates, signingKey: other,
                                 hours: Repository.windowHours, clock: clock)
        }
        #expect(error == .notThisDatabase(key: other.path, database: database.path))
        #expect(throws: error) { try database.signingKey(at: other.path) }
    }

    @Test func aKeyOthersCanReadIsRefused() throws {
        let path = SigningKey.defaultPath(besideDatabase: database.path)
        #expect(chmod(path, 0o640) == 0)
        let error = try #require(throws: SigningKeyError.self) { try SigningKey.load(from: path) }
        #expect(error == .readableByOthers(path: path, mode: 0o640))
        #expect(error.description.contains("chmod 600"))
        try Data("not a key".utf8).write(to: URL(fileURLWithPath: directory.path("junk.key")))
        #expect(chmod(directory.path("junk.key"), 0o600) == 0)
        #expect(throws: SigningKeyError.unreadable(path: directory.path("junk.key"))) {
            try SigningKey.load(from: directory.path("junk.key"))
        }
    }

    /// A database made before documents were signed holds no public key (only the old HMAC secret): it issues
    /// nothing and says to make it again.
    @Test func aDatabaseWithoutAPublicKeyIsRefused() throws {
        try database.write { db in
            try db.execute(sql: "DELETE FROM settings WHERE key = 'signing_public_key'")
            try db.execute(sql: "INSERT INTO settings (key, value) VALUES ('hmac_secret', 'c2VjcmV0')")
        }
        let error = try #require(throws: StoreError.self) {
            try Fixture.kioskDesk(database)
        }
        #expect(error == .notInitialized(path: database.path))
        #expect(error.description.contains("kofu store init"))
        // Said first, though the key file is gone too: making the database again is what brings both back.
        try FileManager.default.removeItem(atPath: SigningKey.defaultPath(besideDatabase: database.path))
        #expect(throws: error) { try database.signingKey(at: SigningKey.defaultPath(besideDatabase: database.path)) }
        #expect(throws: StoreError.notInitialized(path: database.path)) { try database.verify(printed: "") }
    }

    /// The key in every form it could be written in - raw, base64, hex, its PEM lines - is in none of the database's
    /// files, the WAL included, after documents were signed with it.
    @Test func theSigningKeyIsInNoDatabaseFile() throws {
        let key = try Fixture.signingKey(database)
        let desk = try SQLiteWindowDesk(database: database, templates: Repository.templates, signingKey: key,
                                        hours: Repository.windowHours, clock: clock)
        for copies in 1...3 {
            let request = WindowCertificate.kiosk(.residentRecord(ResidentRecordOptions()))
            _ = try desk.issue(WindowIssueTests.order("R001", request, copies: copies), at: now)
        }
        let raw = key.privateKey.rawRepresentation
        let pem = try String(contentsOfFile: key.path, encoding: .utf8)
        let pemLines = pem.split(separator: "\n").filter { !$0.hasPrefix("-----") }.map { Data($0.utf8) }
        let hex = raw.map { String(format: "%02x", $0) }.joined()
        let needles = [raw, Data(raw.base64EncodedString().utf8), Data(hex.utf8), Data(hex.uppercased().utf8)] + pemLines
        #expect(try Data(contentsOf: URL(fileURLWithPath: key.path)).range(of: pemLines[0]) != nil,
                "the needles are the key as its file holds it")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.url.path)
            .filter { $0.hasPrefix("kofu.sqlite") && !$0.hasSuffix(".key") }
        #expect(files.contains("kofu.sqlite-wal"), "the write-ahead log is searched too: \(files)")
        for file in files {
            let bytes = try Data(contentsOf: directory.url.appendingPathComponent(file))
            for needle in needles { #expect(bytes.range(of: needle) == nil, "the key is in \(file)") }
        }
    }
}
