import Foundation
import KofuCore
@testable import KofuStore

/// Paths inside the repository, found from this file so tests run from any working directory.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let seedURL = root.appendingPathComponent("Assets/demo/seed.json")
    static let templates = root.appendingPathComponent("Assets/templates")
}

/// A private directory removed when the test lets go of it.
final class TemporaryDirectory: Sendable {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("kofu-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    deinit { try? FileManager.default.removeItem(at: url) }
}

/// The demo seed loaded once, and a seeded database file that tests copy: hashing every PIN for each test would
/// cost seconds apiece.
enum Fixture {
    static let seed: SeedFile = try! SeedFile.load(from: Repository.seedURL)

    private static let template: (directory: TemporaryDirectory, path: String) = {
        let directory = try! TemporaryDirectory()
        let path = directory.path("template.sqlite")
        do {
            let database = try KofuDatabase.create(at: path)
            try database.load(seed)
        } catch {
            fatalError("cannot seed the fixture database: \(error)")
        }
        // Statics are never deinitialized: remove the shared copy when the test process ends.
        atexit { try? FileManager.default.removeItem(at: Fixture.template.directory.url) }
        return (directory, path)
    }()

    /// A fresh copy of the seeded database in `directory`.
    static func seededDatabase(in directory: TemporaryDirectory) throws -> KofuDatabase {
        let path = directory.path("kofu.sqlite")
        try FileManager.default.copyItem(atPath: template.path, toPath: path)
        return try KofuDatabase.open(at: path)
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

    /// The first active, eligible credential of a resident with everything on record ("every record").
    static var everyRecord: SeedFile.Credential { seed.credentials.first { $0.noteEn.hasPrefix("every record") }! }
}

/// A Wednesday in late November 2026, inside kiosk hours, after fiscal year 2026 was released.
let clock = CityClock()
let now = clock.date(year: 2026, month: 11, day: 25, hour: 10, minute: 2)

extension KofuDatabase {
    func count(_ table: String) throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)")! }
    }
}
