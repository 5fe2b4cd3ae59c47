import Foundation
import KofuStore
import KofuStorePostgres
import Testing

/// The backend this run of the store suite is on: SQLite files by default, or the PostgreSQL server named by
/// `KOFU_TEST_POSTGRES` when `KOFU_TEST_STORE=postgres` (`make test` runs the suite both ways, the second time
/// beside a throw-away cluster of `scripts/test-postgres`). One suite, its every test run on each backend.
enum StoreUnderTest {
    enum Kind: String { case sqlite, postgres }

    static let kind: Kind = {
        guard let name = ProcessInfo.processInfo.environment["KOFU_TEST_STORE"] else { return .sqlite }
        guard let kind = Kind(rawValue: name) else { fatalError("KOFU_TEST_STORE is sqlite or postgres, not \(name)") }
        return kind
    }()

    /// The server's maintenance database, where test databases are made and dropped.
    static let server: PostgresLocation = {
        guard let url = ProcessInfo.processInfo.environment["KOFU_TEST_POSTGRES"] else {
            fatalError("KOFU_TEST_STORE=postgres needs KOFU_TEST_POSTGRES: run scripts/test-postgres swift test …")
        }
        return try! PostgresLocation(url: url)
    }()

    /// The seeded database every test database is copied from; made once per process.
    static let template: String = {
        let name = "kofu_fixture_\(getpid())"
        do {
            try PostgresServer.dropDatabase(name, on: server)
            try PostgresServer.createDatabase(name, on: server)
            let database = try PostgresStore.create(server.sibling(name), signingKey: Fixture.cityKey)
            try Fixture.seed(database)
            try database.backend.close()
        } catch {
            fatalError("cannot seed the fixture database on PostgreSQL: \(error)")
        }
        return name
    }()

    /// A fresh copy of the seeded database on the server, dropped when `directory` goes.
    static func seededPostgres(releasedWith directory: TemporaryDirectory) throws -> KofuDatabase {
        try PostgresStore.open(server.sibling(newDatabase(template: template, releasedWith: directory)))
    }

    /// A new, empty store on the server, dropped when `directory` goes.
    static func emptyPostgres(releasedWith directory: TemporaryDirectory) throws -> KofuDatabase {
        try PostgresStore.create(server.sibling(newDatabase(template: nil, releasedWith: directory)),
                                 signingKey: Fixture.cityKey)
    }

    private static func newDatabase(template: String?, releasedWith directory: TemporaryDirectory) throws -> String {
        let name = "kofu_test_\(UUID().uuidString.prefix(12).lowercased())"
        try PostgresServer.createDatabase(name, on: server, template: template)
        directory.onRelease { try? PostgresServer.dropDatabase(name, on: server) }
        return name
    }
}

/// Tests of what only an SQLite file has (its header, WAL, pragmas, the sqlite3 shell), run on that backend only.
let onlySQLiteFiles = Testing.ConditionTrait.enabled(if: StoreUnderTest.kind == .sqlite,
                                                     "what only an SQLite file does")
