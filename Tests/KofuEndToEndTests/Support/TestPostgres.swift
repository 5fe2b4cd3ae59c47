import Foundation
import Testing

/// The throw-away PostgreSQL cluster `make test` runs the tests beside (`scripts/test-postgres`): its URL, and how
/// to stop and start it again.
enum TestPostgres {
    static let environment = ProcessInfo.processInfo.environment
    /// The cluster's maintenance database, `postgres://kofu@127.0.0.1:PORT/postgres`.
    static let server = environment["KOFU_TEST_POSTGRES"]

    /// The tests on a server run wherever the cluster is, and always under CI, where a missing cluster is a failure
    /// rather than a skipped test.
    static let enabled = ConditionTrait.enabled(if: server != nil || environment["CI"] != nil,
                                                "needs the cluster of scripts/test-postgres (make test starts it)")

    static func url(of database: String) throws -> String {
        guard let server, server.hasSuffix("/postgres") else {
            throw TmuxFailure(description: "KOFU_TEST_POSTGRES is not set: run the tests with make test")
        }
        return String(server.dropLast("postgres".count)) + database
    }

    /// Drops `database`, ending whatever is still connected to it.
    static func drop(_ database: String) {
        guard let server else { return }
        _ = try? psql(server, "DROP DATABASE IF EXISTS \(database) WITH (FORCE)")
    }

    /// Runs `sql` with psql, as an operator (or an intruder) at the server would; returns what it printed.
    @discardableResult
    static func psql(_ url: String, _ sql: String) throws -> String {
        try output("/usr/bin/psql", ["-v", "ON_ERROR_STOP=1", "-qAt", url, "-c", sql])
    }

    /// Stops the server, cutting every connection to it, and starts it again `downFor` later.
    static func restart(downFor pause: Duration) throws {
        guard let control = environment["KOFU_TEST_POSTGRES_CTL"], let data = environment["KOFU_TEST_POSTGRES_DATA"]
        else { throw TmuxFailure(description: "the cluster's pg_ctl is not known: run the tests with make test") }
        let log = URL(fileURLWithPath: data).deletingLastPathComponent().appendingPathComponent("server.log").path
        let words = control.split(separator: " ").map(String.init)
        try output(words[0], Array(words.dropFirst()) + ["-D", data, "-m", "fast", "-w", "stop"])
        Thread.sleep(forTimeInterval: Double(pause.components.seconds))
        try output(words[0], Array(words.dropFirst()) + ["-D", data, "-l", log, "-w", "start"])
    }

    private static func output(_ executable: String, _ arguments: [String]) throws -> String {
        let result = try ChildProcess.run(executable, arguments, environment: environment)
        guard result.status == 0 else {
            throw TmuxFailure(description: "\(executable) \(arguments.joined(separator: " ")): \(result.errors)")
        }
        return result.output
    }
}
