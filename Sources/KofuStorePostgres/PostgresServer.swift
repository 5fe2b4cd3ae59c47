import KofuStore
import Logging
import NIOPosix
import PostgresNIO

/// What is done to a server rather than to one store in it: making and dropping databases, which PostgreSQL does
/// outside any transaction, from a connection to another database of the same server.
public enum PostgresServer {
    /// Makes database `name` on `place`'s server, a copy of `template` when given (which nobody may be connected
    /// to while it is copied).
    public static func createDatabase(_ name: String, on place: PostgresLocation, template: String? = nil) throws {
        try run("CREATE DATABASE \(quoted(name))" + (template.map { " TEMPLATE \(quoted($0))" } ?? ""), on: place)
    }

    /// Drops database `name`, ending the connections to it first.
    public static func dropDatabase(_ name: String, on place: PostgresLocation) throws {
        try run("DROP DATABASE IF EXISTS \(quoted(name)) WITH (FORCE)", on: place)
    }

    private static func run(_ sql: String, on place: PostgresLocation) throws {
        var logger = Logger(label: "kofu.postgres")
        logger.logLevel = .critical
        do {
            let connection = try PostgresConnection.connect(on: MultiThreadedEventLoopGroup.singleton.next(),
                                                            configuration: place.configuration, id: 0,
                                                            logger: logger).wait()
            defer { try? connection.close().wait() }
            _ = try connection.simpleQuery(sql).wait()
        } catch {
            throw PostgresErrors.mapping(error, location: place.description)
        }
    }

    static func quoted(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
