import Foundation
import KofuStore
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

    /// Two processes (or centers) starting at once on a new database: the second finds the schema made.
    @Test func migrationsRunOnceWhoeverStartsFirst() throws {
        let database = try Fixture.emptyDatabase(in: directory)
        let place = try #require(database.backend as? PostgresBackend).place
        DispatchQueue.concurrentPerform(iterations: 4) { _ in _ = try? PostgresStore.open(place) }
        let applied = try database.backend.read { db in
            try String.fetchAll(db, sql: "SELECT identifier FROM kofu_migrations")
        }
        #expect(applied == ["p1"])
    }

    @Test func theURLIsCheckedAndItsPasswordNeverShown() throws {
        let place = try PostgresLocation(url: "postgres://clerk:s3cret@db.example:6543/komaki", environment: [:])
        #expect(place.password == "s3cret" && place.port == 6543 && place.database == "komaki")
        #expect(place.description == "postgres://clerk@db.example:6543/komaki")
        let noDatabase = try #require(throws: StoreError.self) {
            try PostgresLocation(url: "postgres://clerk:s3cret@db.example/", environment: [:])
        }
        #expect(!noDatabase.description.contains("s3cret") && noDatabase.description.contains("names no database"))
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
