import Foundation
import KofuStore
import Synchronization
@testable import KofuStorePostgres
import Testing

/// What goes wrong with a store on a server, each said in one line that names the database (never its password).
@Suite(.enabled(if: StoreUnderTest.kind == .postgres, "needs the PostgreSQL server")) struct PostgresStoreErrorTests {
    let directory: TemporaryDirectory

    init() throws { directory = try TemporaryDirectory() }

    @Test func aServerThatDoesNotAnswerIsUnavailable() throws {
        var place = StoreUnderTest.server
        place.port = 1
        #expect(throws: StoreError.unavailable(path: place.description, reason: "no answer from 127.0.0.1:1")) {
            try PostgresStore.open(place)
        }
    }

    @Test func aMissingDatabaseIsNamedAndADatabaseWithoutAStoreIsLeftAlone() throws {
        let absent = StoreUnderTest.server.sibling("kofu_absent_\(getpid())")
        #expect(throws: StoreError.missing(path: absent.description)) { try PostgresStore.open(absent) }
        let error = try #require(throws: StoreError.self) { try PostgresStore.open(StoreUnderTest.server) }
        guard case .notKofu(let path, _) = error else { Issue.record("\(error)"); return }
        #expect(path == StoreUnderTest.server.description)
    }

    @Test func oneDatabaseHoldsOneStore() throws {
        let database = try Fixture.emptyDatabase(in: directory)
        let place = try #require(database.backend as? PostgresBackend).place
        #expect(throws: StoreError.alreadyExists(path: place.description)) {
            try PostgresStore.create(place, signingKey: Fixture.cityKey)
        }
    }

    /// Four processes (or centers) making the store in one new database at once: the migrations run once, and
    /// each maker either makes the store or finds it made.
    @Test func migrationsRunOnceWhoeverStartsFirst() throws {
        let name = "kofu_test_bare_\(getpid())_\(UUID().uuidString.prefix(6).lowercased())"
        try PostgresServer.createDatabase(name, on: StoreUnderTest.server)
        directory.onRelease { try? PostgresServer.dropDatabase(name, on: StoreUnderTest.server) }
        let place = StoreUnderTest.server.sibling(name)
        let outcomes = Mutex<[String]>([])
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            do {
                _ = try PostgresStore.createEmpty(place)
                outcomes.withLock { $0.append("made") }
            } catch {
                outcomes.withLock { $0.append("\(error)") }
            }
        }
        let found = outcomes.withLock { $0 }
        #expect(found.allSatisfy { $0 == "made" || $0.contains("already exists") } && found.contains("made"), "\(found)")
        let applied = try PostgresStore.open(place).backend.read { db in
            try String.fetchAll(db, sql: "SELECT identifier FROM kofu_migrations")
        }
        #expect(applied == ["p1"])
    }

    /// A COMMIT whose answer was lost is asked about afresh: a committed transaction stands, an aborted one is the
    /// failure it was.
    @Test func aCommitWhoseAnswerWasLostIsAskedAbout() throws {
        let database = try Fixture.emptyDatabase(in: directory)
        let backend = try #require(database.backend as? PostgresBackend)
        struct Lost: Error {}
        let committed = try backend.write { db in
            try db.execute(sql: "INSERT INTO settings (key, value) VALUES ('probe', 'kept')")
            return try #require(try Int64.fetchOne(db, sql: "SELECT pg_current_xact_id()::text::bigint"))
        }
        try backend.settle(committed, after: Lost())
        var aborted: Int64 = 0
        #expect(throws: Lost.self) {
            try backend.write { db in
                try db.execute(sql: "INSERT INTO settings (key, value) VALUES ('probe2', 'dropped')")
                aborted = try #require(try Int64.fetchOne(db, sql: "SELECT pg_current_xact_id()::text::bigint"))
                throw Lost()
            }
        }
        #expect(throws: Lost.self) { try backend.settle(aborted, after: Lost()) }
    }

    @Test func theURLIsCheckedAndItsPasswordNeverShown() throws {
        let place = try PostgresLocation(url: "postgres://clerk:s3cret@db.example:6543/komaki", environment: [:])
        #expect(place.password == "s3cret" && place.port == 6543 && place.database == "komaki")
        #expect(place.description == "postgres://clerk@db.example:6543/komaki")
        let noDatabase = try #require(throws: StoreError.self) {
            try PostgresLocation(url: "postgres://clerk:s3cret@db.example/", environment: [:])
        }
        #expect(!noDatabase.description.contains("s3cret") && noDatabase.description.contains("names no database"))
        for unparsable in ["postgres://clerk:s3cret@/komaki", "postgres://clerk:s3c#ret@db.example/komaki",
                           "postgres://clerk:s3cret@db.example/komaki?sslmode=require"] {
            let error = try #require(throws: StoreError.self) { try PostgresLocation(url: unparsable, environment: [:]) }
            #expect(!error.description.contains("s3c") && error.description.contains("***"), "\(error)")
        }
        let encoded = try PostgresLocation(url: "postgres://clerk:50%25off%40x@db.example/komaki", environment: [:])
        #expect(encoded.password == "50%off@x", "a password is decoded once")
        #expect(throws: StoreError.self) { try PostgresLocation(url: "postgres://db.example/komaki", environment: [:]) }
        let fromEnvironment = try PostgresLocation(url: "postgres://db.example/komaki",
                                                   environment: ["PGUSER": "kofu", "PGPASSWORD": "pw"])
        #expect(fromEnvironment.user == "kofu" && fromEnvironment.password == "pw")
    }
}

/// The statements the store writes with `?` reach the server with `$n`, quoted texts and comments left alone.
@Suite struct PostgresStatementTextTests {
    @Test func placeholdersAreNumbered() {
        #expect(Placeholders.numbered("SELECT ? , 'a?b', \"c?\" FROM t WHERE x = ? -- why?\nAND y = ?")
            == "SELECT $1 , 'a?b', \"c?\" FROM t WHERE x = $2 -- why?\nAND y = $3")
        #expect(Placeholders.numbered("WHERE d = ?1 AND (CAST(?2 AS TEXT) IS NULL OR t = ?2)")
            == "WHERE d = $1 AND (CAST($2 AS TEXT) IS NULL OR t = $2)")
        #expect(Placeholders.numbered("SELECT 'it''s ?', ?") == "SELECT 'it''s ?', $1")
    }

    @Test func scriptsAreCutBetweenStatementsOnly() {
        let script = """
            CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'a;b'; END $$;
            -- a comment; with a semicolon
            INSERT INTO t VALUES ('x;y');
            """
        #expect(Statements.split(script).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) } == [
            "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'a;b'; END $$",
            "-- a comment; with a semicolon\nINSERT INTO t VALUES ('x;y')",
        ])
    }
}
